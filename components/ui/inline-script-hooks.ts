/**
 * The names that the inline scripts (which run before hydration) share with the components and the stylesheet:
 * the quick exit's class names, read by the hydrated exit (exit-this-page.tsx) and by exit-before-script.tsx, which
 * finds the link by its class and blanks the page with the same body class; and the two marks load-state-script.tsx
 * puts on `<html>`, which the start screen removes once hydrated. A plain module, not a client one, so the server
 * components get the values themselves. The styles behind them are in app/globals.css.
 */
export const exitLinkClass = 'btn-exit';
/** On `<body>` while leaving: everything but the "Loading." overlay is hidden (app/globals.css). */
export const exitingClass = 'exiting';
/** On `<html>` when one of the page's scripts failed to load (load-state-script.tsx; app/globals.css). */
export const loadFailedAttribute = 'data-load-failed';
/** On `<html>` when Continue was pressed before React had taken over the page (load-state-script.tsx). */
export const stillLoadingAttribute = 'data-still-loading';
