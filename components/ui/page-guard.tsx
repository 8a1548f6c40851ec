import { hooks, exitLinkData, type GuardHooks } from './inline-script-hooks';

/**
 * The page guard: a small inline script, first in every page's `<head>` (hashed into the page's CSP like the
 * others), that keeps the safety promises without waiting for React. React takes over a page in pieces, and on a
 * slow or broken connection some pieces may arrive late, damaged or never; while a piece is missing, React stops
 * the clicks aimed at it before any listener of the page sees them. So the guard listens on `window` in the
 * capture phase, which runs before React and before anything else on the page, and does what must never fail:
 *
 * - **The address.** A path with repeated slashes (`//trainer/`) is one Next's router cannot read; it would
 *   replace the page with an error, without the exit or the help. The guard gives the same page its plain path
 *   (`history.replaceState`) before the router reads it.
 * - **The quick exit.** A click on "Exit this page", or Shift pressed 3 times, blanks the page, puts up a neutral
 *   "Loading." overlay, tells the page to forget its answers (`quick-exit` on `window`) and leaves with
 *   `location.replace`, so Back does not return. The same at every moment of a load, with any script missing.
 * - **One history entry.** A link to another page of the tool takes this page's place (`location.replace`); a
 *   link within the page (the skip link) moves focus without changing the address. Links the page's script
 *   handles in place once it runs say so (`data-in-place`); links elsewhere work as usual.
 * - **A script lost or damaged.** One that fails to load, or arrives as something that is not JavaScript, marks
 *   `<html>` so the start screen says the page did not load completely (app/globals.css). Continue pressed before
 *   the first question works marks it too: "still loading, press again in a moment".
 * - **Back to the page.** When Back brings the page out of the back/forward cache after an exit, it is shown
 *   unblanked (the page forgets its answers on `pagehide`).
 *
 * It is written as a plain function, checked by the compiler, and sent as its source text with the shared names
 * as its argument: it must not refer to anything outside itself.
 */
function pageGuard(h: GuardHooks, leavingData: string) {
  const root = document.documentElement;
  const path = location.pathname;
  if (/\/{2,}/.test(path))
    history.replaceState(history.state, '', path.replace(/\/{2,}/g, '/') + location.search + location.hash);

  let leaving = false;
  const leave = (link: HTMLAnchorElement) => {
    if (leaving) return;
    leaving = true;
    const body = document.body;
    if (body) {
      body.classList.add(h.exiting);
      const overlay = document.createElement('div');
      overlay.className = h.overlay;
      overlay.setAttribute('role', 'alert');
      overlay.textContent = link.getAttribute(leavingData) ?? '';
      body.appendChild(overlay);
    }
    // Listeners that throw cannot stop the exit: dispatchEvent reports their errors and returns.
    dispatchEvent(new Event(h.exitEvent));
    location.replace(link.href);
  };
  const exitLink = () => document.querySelector<HTMLAnchorElement>(`a.${h.exitLink}`);

  addEventListener(
    'click',
    (event) => {
      if (
        event.defaultPrevented ||
        event.button !== 0 ||
        event.metaKey ||
        event.ctrlKey ||
        event.shiftKey ||
        event.altKey
      )
        return;
      const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
      if (!(link instanceof HTMLAnchorElement)) return;
      if (link.classList.contains(h.exitLink)) {
        event.preventDefault();
        leave(link);
        return;
      }
      const elsewhere =
        link.origin !== location.origin ||
        (link.target !== '' && link.target !== '_self') ||
        link.hasAttribute('download');
      if (elsewhere || link.hasAttribute(h.inPlace)) return;
      event.preventDefault();
      if (link.pathname !== location.pathname || link.search !== location.search) {
        location.replace(link.href);
        return;
      }
      // Within the page: move focus to the target, as following the fragment would, without adding to the history.
      const target = link.hash ? document.getElementById(decodeURIComponent(link.hash.slice(1))) : null;
      if (!target) return;
      if (!target.matches('a[href], button, input, select, textarea, [tabindex]'))
        target.setAttribute('tabindex', '-1');
      target.focus();
    },
    true,
  );

  // Shift pressed 3 times within 5 seconds (GOV.UK's timing), counted on key release: there `shiftKey` tells
  // whether Shift was held for another key (a capital letter), and such a release does not count.
  let presses = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let heldForAnotherKey = false;
  const count = (n: number) => dispatchEvent(new CustomEvent(h.shiftEvent, { detail: n }));
  addEventListener(
    'keyup',
    (event) => {
      if (event.key !== 'Shift') {
        heldForAnotherKey = event.shiftKey;
        return;
      }
      if (heldForAnotherKey) {
        heldForAnotherKey = false;
        return;
      }
      const link = exitLink();
      if (!link) return;
      clearTimeout(timer);
      presses += 1;
      if (presses >= 3) {
        presses = 0;
        leave(link);
        return;
      }
      count(presses);
      timer = setTimeout(() => {
        presses = 0;
        count(0);
      }, 5000);
    },
    true,
  );

  addEventListener(
    'error',
    (event) => {
      const lost = event.target instanceof HTMLScriptElement;
      // A script of the page that is not JavaScript (served damaged) fails to compile: a SyntaxError from its file.
      const damaged =
        event instanceof ErrorEvent &&
        event.error instanceof SyntaxError &&
        event.filename.startsWith(`${location.origin}/_next/`);
      if (lost || damaged) root.setAttribute(h.loadFailed, '');
    },
    true,
  );

  // A native submit is never wanted (and `form-action 'none'` blocks it); before the first question works, say so.
  addEventListener(
    'submit',
    (event) => {
      event.preventDefault();
      if (!root.hasAttribute(h.ready)) root.setAttribute(h.stillLoading, '');
    },
    true,
  );

  addEventListener('pageshow', (event) => {
    if (!event.persisted) return;
    leaving = false;
    document.body.classList.remove(h.exiting);
    for (const overlay of document.querySelectorAll(`.${h.overlay}`)) overlay.remove();
  });
}

const script = `(${pageGuard.toString()})(${JSON.stringify(hooks)},${JSON.stringify(exitLinkData.leaving)})`;

/** The page guard's `<script>`, for the `<head>` of every page. A server component: only its HTML is sent. */
export function PageGuard() {
  return <script dangerouslySetInnerHTML={{ __html: script }} />;
}
