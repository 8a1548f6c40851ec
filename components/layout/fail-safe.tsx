'use client';

import { Component, type ReactNode } from 'react';
import { getService, mainPhone, type Locale } from '../../rules';
import { formatPhone, messages, telHref } from '../content';
import { useMessages } from '../content/locale-provider';
import { paths, type PageId } from '../content/paths';
import { exitDestination } from '../site-config';
import { ExitThisPage } from '../ui/exit-this-page';
import { HelpBar } from './help-bar';

type Props = { onRestart: () => void; children: ReactNode };

/**
 * If anything in the wizard throws, show a screen that still gives 911 and the hotline and a way to start again:
 * never a blank page.
 */
export class FailSafe extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  // Errors outside rendering (an event handler, a promise) do not reach an error boundary: catch them here too.
  private readonly onWindowError = () => this.setState({ failed: true });

  override componentDidMount() {
    window.addEventListener('error', this.onWindowError);
    window.addEventListener('unhandledrejection', this.onWindowError);
  }

  override componentWillUnmount() {
    window.removeEventListener('error', this.onWindowError);
    window.removeEventListener('unhandledrejection', this.onWindowError);
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <FailSafeScreen
        onRestart={() => {
          this.props.onRestart();
          this.setState({ failed: false });
        }}
      />
    );
  }
}

export function FailSafeScreen({ onRestart }: { onRestart: () => void }) {
  const { t, locale } = useMessages();
  const phones = (['emergency-911', 'human-trafficking-hotline'] as const).map((id) => ({
    id,
    name: getService(id).name[locale],
    number: mainPhone(id),
  }));
  return (
    <div data-step="fail-safe">
      <h1 tabIndex={-1} data-step-heading className="text-3xl font-bold">
        {t.failSafe.heading}
      </h1>
      <p className="mt-4 text-lg">{t.failSafe.body}</p>
      <ul className="mt-4 space-y-3">
        {phones.map((p) => (
          <li key={p.id}>
            <span className="font-bold">{p.name}: </span>
            <a href={telHref(p.number)} className="link text-xl font-bold">
              {formatPhone(p.number, locale)}
            </a>
          </li>
        ))}
      </ul>
      <button type="button" className="btn-primary mt-8" onClick={onRestart}>
        {t.failSafe.restart}
      </button>
    </div>
  );
}

/**
 * Around a whole page (AppShell): if anything in it fails (the header, the safety page, trainer mode's panels; the
 * wizard has its own fail-safe inside), the page still shows the exit, 911 and the hotline (product spec section 6).
 */
export class PageFailSafe extends Component<
  { locale: Locale; page: PageId; children: ReactNode },
  { failed: boolean }
> {
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
