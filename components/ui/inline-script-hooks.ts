/**
 * The class names (and one attribute) that inline scripts share with the components and the stylesheet. The class
 * names the quick exit relies on, shared by the hydrated exit (exit-this-page.tsx) and the inline script
 * that works before hydration (exit-before-script.tsx): the script finds the link by its class and blanks the page
 * with the same body class. A plain module, not a client one, so the server component gets the values themselves.
 * The styles behind them are in app/globals.css.
 */
export const exitLinkClass = 'btn-exit';
/** On `<body>` while leaving: everything but the "Loading." overlay is hidden (app/globals.css). */
export const exitingClass = 'exiting';
/** On `<html>` when one of the page's scripts failed to load (load-state-script.tsx; app/globals.css). */
export const loadFailedAttribute = 'data-load-failed';
/** On `<html>` when Continue was pressed before React had taken over the page (load-state-script.tsx). */
export const stillLoadingAttribute = 'data-still-loading';
