import type { NamedServiceCard } from '../named.schema';
import { antiTraffickingData } from './anti-trafficking.data';
import { childrensAidData } from './childrens-aid.data';
import { supportData } from './support.data';
import { victimServicesData } from './victim-services.data';

/**
 * Every named entry of the directory as the browser gets it (without provenance: ./provenance.ts, ./full.ts), in the
 * order lists show them within one scope: organizations with an anti-trafficking program, victim services,
 * children's aid societies, then other supports.
 */
export const namedServicesData: NamedServiceCard[] = [
  ...antiTraffickingData,
  ...victimServicesData,
  ...childrensAidData,
  ...supportData,
];
