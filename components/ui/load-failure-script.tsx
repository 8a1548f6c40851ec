import { loadFailedAttribute } from './inline-script-hooks';

/**
 * On a bad connection one of the page's scripts may never arrive. React then never takes over: the first question
 * shows, but Continue does nothing, with nothing to say why. This small inline script (hashed into the page's CSP
 * like the others) watches for a script that fails to load and marks `<html>` with `data-load-failed`; the
 * stylesheet then shows the start screen's "did not load completely" notice and hides the question (app/globals.css).
 * It marks the root rather than the notice so that it works whenever the failure comes, even before the notice is
 * parsed. If React does take over after all, the start screen removes the mark. A server component: only its HTML
 * reaches the browser.
 */
const script =
  "addEventListener('error',function(e){var t=e.target;" +
  `if(t&&t.tagName==='SCRIPT')document.documentElement.setAttribute('${loadFailedAttribute}','')},true)`;

export function LoadFailureScript() {
  return <script dangerouslySetInnerHTML={{ __html: script }} />;
}
