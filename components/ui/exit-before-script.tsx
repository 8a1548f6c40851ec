import { exitingClass, exitLinkClass } from './inline-script-hooks';

/**
 * The quick exit before the page's script has taken over. Until React hydrates, "Exit this page" is a plain link,
 * and following it would add a history entry, so Back would return here. On a slow phone that can last seconds
 * after the page is shown. This small inline script (hashed into the page's CSP like the others) makes such a click
 * leave the same way the hydrated exit does: blank the page, then `location.replace`. It listens on the window, so
 * it runs after React's own handler, which cancels the click once the page is hydrated; then it does nothing.
 * A server component: only its HTML reaches the browser.
 */
const script =
  `addEventListener('click',function(e){var a=e.target instanceof Element&&e.target.closest('a.${exitLinkClass}');` +
  'if(!a||e.defaultPrevented||e.button!==0||e.metaKey||e.ctrlKey||e.shiftKey||e.altKey)return;' +
  `e.preventDefault();document.body.classList.add('${exitingClass}');location.replace(a.href)})`;

export function ExitBeforeScript() {
  return <script dangerouslySetInnerHTML={{ __html: script }} />;
}
