/**
 * The names that the page guard (page-guard.tsx, an inline script that runs before and beside React) shares with
 * the components and the stylesheet. A plain module, not a client one, so that server components get the values
 * themselves. The styles behind them are in app/globals.css.
 */
export const hooks = {
  /** The quick exit's link; the guard finds it by this class (exit-this-page.tsx renders it). */
  exitLink: 'btn-exit',
  /** On `<body>` while leaving: everything but the overlay is hidden. */
  exiting: 'exiting',
  /** The plain "Loading." screen the guard puts up while the neutral site loads. */
  overlay: 'exit-overlay',
  /** On `<html>` when one of the page's scripts failed to load or arrived damaged. */
  loadFailed: 'data-load-failed',
  /** On `<html>` when Continue was pressed before React had taken over the page. */
  stillLoading: 'data-still-loading',
  /** On `<html>` once the wizard's first question works (the start screen has hydrated). */
  ready: 'data-ready',
  /**
   * On a link of the tool that the page's script handles in place once it has taken over (the wizard's language
   * switch): the guard leaves such a link alone. Rendered only after hydration, so that before, the guard replaces.
   */
  inPlace: 'data-in-place',
  /** Dispatched on `window` as the exit leaves, so the page forgets its answers at once. */
  exitEvent: 'quick-exit',
  /**
   * Dispatched on `window` at each Shift press towards the exit, with the presses counted so far as `detail`
   * (1 or 2), and 0 when the count timed out: the exit control announces it.
   */
  shiftEvent: 'quick-exit-shift',
} as const;

export type GuardHooks = typeof hooks;

/** The data attributes on the exit link that hold the words the guard needs (the overlay's text). */
export const exitLinkData = { leaving: 'data-leaving' } as const;
