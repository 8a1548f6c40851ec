import type { Metadata } from 'next';
import { messages } from '../../../components/content';
import { servicesEn } from '../../../components/services/content';
import { ServicesPage } from '../../../components/services/services-page';

export const metadata: Metadata = { title: `${servicesEn.services.title} – ${messages.en.meta.siteName}` };

/** Every service of the directory, without the questions, narrowed by area and kind of help. */
export default function Page() {
  return <ServicesPage locale="en" />;
}
