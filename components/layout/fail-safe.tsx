'use client';

import { Component, type ReactNode } from 'react';
import { useMessages } from '../content/locale-provider';
import { EmergencyNumbers } from './emergency-numbers';

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

function FailSafeScreen({ onRestart }: { onRestart: () => void }) {
  const { t, locale } = useMessages();
  return (
    <div data-step="fail-safe">
      <h1 tabIndex={-1} data-step-heading className="text-3xl font-bold">
        {t.failSafe.heading}
      </h1>
      <p className="mt-4 text-lg">{t.failSafe.body}</p>
      <EmergencyNumbers t={t} locale={locale} large />
      <button type="button" className="btn-primary mt-8" onClick={onRestart}>
        {t.failSafe.restart}
      </button>
    </div>
  );
}
