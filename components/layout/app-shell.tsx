'use client';

import { Component, useEffect, useMemo, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import { hooks } from '../ui/inline-script-hooks';
import type { Locale } from '../../rules';
import { messages } from '../content';
import { LocaleProvider } from '../content/locale-provider';
import { pageHref, paths, type PageId } from '../content/paths';
import { HelpBar } from './help-bar';
import { exitDestination } from '../site-config';
import { ExitThisPage } from '../ui/exit-this-page';
import { useDocumentTitle } from './use-document-title';

/**
 * True once React has taken over the page (false while hydrating, and on the server): a link the page handles
 * itself says so only then, so that before, the page guard follows it with `location.replace`.
 */
function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}
const noSubscription = () => () => {};

type Props = {
  locale: Locale;
  page: PageId;
  /** Called by the quick exit before it leaves, to clear every answer from memory. */
  onExit?: () => void;
  /**
   * On the wizard the language switch changes the language in place, keeping the person's place and answers; on
   * other pages (and before the script runs) it is a plain link to the same page in the other language.
   */
  switchInPlace?: boolean;
  /** A wider page, for the trainer's wizard beside its decision graph. */
  wide?: boolean;
  children: ReactNode;
};

/**
 * What every screen shares: skip link, the language switch, quick exit, and 911 and the hotline on every screen.
 * If anything in it fails (the header, the safety page, trainer mode's panels; the wizard has its own fail-safe
 * inside), the page still shows the exit, 911 and the hotline (product spec section 6).
 */
export function AppShell(props: Props) {
  return (
    <PageFailSafe locale={props.locale} page={props.page}>
      <Shell {...props} />
    </PageFailSafe>
  );
}

class PageFailSafe extends Component<{ locale: Locale; page: PageId; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return <PageFailSafeScreen locale={this.props.locale} page={this.props.page} />;
  }
}

/**
 * The page-wide fail-safe screen: the exit, 911 and the hotline in the help bar, the hotline's duty to report, and
 * a way to start the page again. Also what `app/global-error.tsx` shows when the page cannot render at all.
 */
export function PageFailSafeScreen({ locale, page }: { locale: Locale; page: PageId }) {
  const t = messages[locale];
  return (
    <>
      <header className="site-header border-b-4 border-brand bg-alert-light">
        <div className="mx-auto flex max-w-3xl items-center justify-between gap-3 px-4 py-2">
          <HelpBar t={t} locale={locale} />
          <ExitThisPage strings={t.exit} href={exitDestination[locale]} />
        </div>
      </header>
      <main id="main" className="mx-auto max-w-3xl px-4 pt-6 pb-16" data-step="fail-safe">
        <h1 className="text-3xl font-bold">{t.failSafe.heading}</h1>
        <p className="mt-4 text-lg">{t.failSafe.body}</p>
        <p className="mt-4">{t.common.hotlineDutyToReport}</p>
        <p className="mt-6">
          <a href={paths[page][locale]} className="link">
            {t.failSafe.restart}
          </a>
        </p>
      </main>
    </>
  );
}

function Shell({ locale: initialLocale, page, onExit, switchInPlace = false, wide = false, children }: Props) {
  const width = wide ? 'max-w-[110rem]' : 'max-w-3xl';
  const [locale, setLocale] = useState<Locale>(initialLocale);
  const [plainTitle, setPlainTitle] = useState(false);
  const hydrated = useHydrated();
  const t = messages[locale];
  const other = t.language.lang as Locale;
  const value = useMemo(() => ({ locale, t, setLocale, plainTitle, setPlainTitle }), [locale, t, plainTitle]);

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  // The plain title chosen on the page that linked here (see `pageHref`), read after hydration: the static page is
  // built without the address's query.
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- reads the address once, after hydration
    if (new URLSearchParams(window.location.search).get('title') === 'plain') setPlainTitle(true);
  }, []);
  // The wizard (on its own page and in the trainer's) writes its own title, step by step; the other pages show only
  // the plain title while it is on.
  useDocumentTitle(plainTitle && page !== 'wizard' && page !== 'trainer' ? t.meta.plainTitle : undefined);

  // Keep a focused control clear of the sticky header (WCAG 2.4.11): scroll padding follows the header's height,
  // which changes with the width, the zoom and the language.
  const headerRef = useRef<HTMLElement>(null);
  useEffect(() => {
    const header = headerRef.current;
    // A browser without ResizeObserver keeps the default scroll padding rather than failing.
    if (!header || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => {
      document.documentElement.style.scrollPaddingTop = `${header.offsetHeight + 16}px`;
    });
    observer.observe(header);
    return () => observer.disconnect();
  }, []);

  return (
    <LocaleProvider value={value}>
      <a href="#main" className="skip-link">
        {t.skipLink}
      </a>
      {/* The sticky header holds only what must never be more than a glance away: 911, the hotline and the exit
          (issue 20: at most 15% of a phone's height). The language switch sits just below it and scrolls away. */}
      <header ref={headerRef} className="site-header sticky top-0 z-10 border-b-4 border-brand bg-alert-light">
        <div className={`mx-auto flex ${width} items-center justify-between gap-3 px-4 py-1.5`}>
          <HelpBar t={t} locale={locale} />
          <ExitThisPage strings={t.exit} href={exitDestination[locale]} onExit={onExit} />
        </div>
      </header>
      <div className={`no-print mx-auto flex ${width} justify-end px-4 pt-2`}>
        <a
          href={pageHref(paths[page][other], plainTitle)}
          lang={other}
          hrefLang={other}
          className="link min-h-6 py-1"
          {...(switchInPlace && hydrated && { [hooks.inPlace]: '' })}
          onClick={(event) => {
            if (!switchInPlace || !hydrated) return;
            event.preventDefault();
            setLocale(other);
          }}
        >
          {t.language.label}
          <span className="sr-only"> ({t.language.hint})</span>
        </a>
      </div>
      <main id="main" tabIndex={-1} className={`mx-auto ${width} px-4 pt-2 pb-16 focus:outline-none`}>
        {children}
      </main>
      {/* The help bar offers the hotline on every screen, so every screen also says the hotline's own duty to report
          (product spec section 4), in the same place each time; screens inside the shell do not repeat it. */}
      <footer className={`no-print mx-auto ${width} border-t-2 border-line px-4 pt-4 pb-10`}>
        <p>
          <span className="font-bold">{t.helpBar.hotlineNote}</span> {t.common.hotlineDutyToReport}
        </p>
      </footer>
    </LocaleProvider>
  );
}
