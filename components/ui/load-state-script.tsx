import { loadFailedAttribute, stillLoadingAttribute } from './inline-script-hooks';

/**
 * Until React has taken over, the first question is only HTML: its Continue does nothing (a native submit is
 * blocked by the CSP's `form-action 'none'`), with nothing to say why. This small inline script (hashed into the
 * page's CSP like the others) says why, through two marks on `<html>` that the stylesheet turns into notices on the
 * start screen (app/globals.css):
 *
 * - `data-still-loading` when Continue is pressed before React has taken over (on a slow phone, seconds after the
 *   question shows): "still loading, press Continue again in a moment". Once hydrated, React's own handler cancels
 *   the submit first, so the script, listening on the window, leaves it alone.
 * - `data-load-failed` when one of the page's scripts fails to load (a bad connection): React will never take
 *   over, so the question is hidden and a notice says to reload, and what still works.
 *
 * It marks the root rather than a notice so that it works whenever the event comes, even before the notice is
 * parsed. When React does take over, the start screen removes both marks. A server component: only its HTML
 * reaches the browser.
 */
const root = 'document.documentElement';
const script =
  "addEventListener('error',function(e){var t=e.target;" +
  `if(t&&t.tagName==='SCRIPT')${root}.setAttribute('${loadFailedAttribute}','')},true);` +
  "addEventListener('submit',function(e){if(e.defaultPrevented)return;" +
  `e.preventDefault();${root}.setAttribute('${stillLoadingAttribute}','')})`;

export function LoadStateScript() {
  return <script dangerouslySetInnerHTML={{ __html: script }} />;
}
