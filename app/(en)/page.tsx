import type { Metadata } from 'next';
import { messages } from '../../components/content';
import { TriageApp } from '../../components/wizard/wizard';

/** The same title the wizard gives its first step, so the first load names the step too. */
export const metadata: Metadata = { title: `${messages.en.role.title} – ${messages.en.meta.siteName}` };

export default function WizardPage() {
  return <TriageApp locale="en" />;
}
