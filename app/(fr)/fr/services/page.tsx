import type { Metadata } from 'next';
import { messages } from '../../../../components/content';
import { servicesFr } from '../../../../components/services/content';
import { ServicesPage } from '../../../../components/services/services-page';

export const metadata: Metadata = { title: `${servicesFr.services.title} – ${messages.fr.meta.siteName}` };

/** Tous les services du répertoire, sans les questions, filtrés par région et par type d’aide. */
export default function Page() {
  return <ServicesPage locale="fr" />;
}
