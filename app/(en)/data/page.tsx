import type { Metadata } from 'next';
import { messages } from '../../../components/content';
import { servicesEn } from '../../../components/services/content';
import { DataPage } from '../../../components/services/data-page';
import { namedServices, services } from '../../../rules';
import { hsdsCounts } from '../../../rules/hsds/files';

export const metadata: Metadata = { title: `${servicesEn.data.title} – ${messages.en.meta.siteName}` };

/** The service directory as open data: what the HSDS files are, how to reuse them, and links to them. */
export default function Page() {
  return <DataPage locale="en" counts={hsdsCounts({ services, named: namedServices })} />;
}
