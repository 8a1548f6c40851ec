import type { Metadata } from 'next';
import { messages } from '../../../../components/content';
import { servicesFr } from '../../../../components/services/content';
import { DataPage } from '../../../../components/services/data-page';
import { namedServices, services } from '../../../../rules';
import { hsdsCounts } from '../../../../rules/hsds/files';

export const metadata: Metadata = { title: `${servicesFr.data.title} – ${messages.fr.meta.siteName}` };

/** Le répertoire des services en données ouvertes : ce que sont les fichiers HSDS, comment les réutiliser, et les liens. */
export default function Page() {
  return <DataPage locale="fr" counts={hsdsCounts({ services, named: namedServices })} />;
}
