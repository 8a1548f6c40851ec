import type { Metadata } from 'next';
import { messages } from '../../../components/content';
import { SafetyPage } from '../../../components/pages/safety-page';

export const metadata: Metadata = { title: `${messages.en.safetyPage.title} – ${messages.en.meta.siteName}` };

export default function Page() {
  return <SafetyPage locale="en" />;
}
