import type { Metadata } from 'next';
import { messages } from '../../../../components/content';
import { SafetyPage } from '../../../../components/pages/safety-page';

export const metadata: Metadata = { title: `${messages.fr.safetyPage.title} – ${messages.fr.meta.siteName}` };

export default function Page() {
  return <SafetyPage locale="fr" />;
}
