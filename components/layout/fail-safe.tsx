'use client';

import { Component, type ReactNode } from 'react';
import { getService, mainPhone } from '../../rules';
import { formatPhone, telHref } from '../content';
import { useMessages } from '../content/locale-provider';

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
