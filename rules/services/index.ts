import type { RegionAnswer } from '../answers.schema';
import type { Service } from './service.schema';
import { serviceIds, youthServiceIds, type ServiceId } from './service-ids';
import { servicesData } from './services.data';

/**
 * The service directory. Its schema (service.schema.ts) checks it where bad data is caught before anyone sees it:
 * in the directory tests and in every build (`rules/check-directory.ts`, run by the root layouts). The browser
 * gets the data as it is, without the schema: parsing took tens of milliseconds of a slow phone's main thread, and
 * the schema's checks (URLs, dates, phone patterns) would add their code to every page (issue 7).
 */
export const services: readonly Service[] = servicesData;

const byId = new Map<ServiceId, Service>(services.map((service) => [service.id, service]));

/** The directory entry for a service id; every id in `serviceIds` has one (checked by the directory tests). */
export function getService(id: ServiceId): Service {
  const service = byId.get(id);
  if (!service) throw new Error(`No directory entry for service "${id}".`);
  return service;
}

/** The first contact of one kind in a directory entry, if it has one. */
function firstContact<K extends Contact['kind']>(id: ServiceId, kind: K): (Contact & { kind: K }) | undefined {
  return getService(id).contacts.find((c): c is Contact & { kind: K } => c.kind === kind);
}

/**
 * The first phone number of a directory entry: the number to call for that service (911, the hotline). The help
 * bar, the emergency screen, the fail-safe screen and the not-found page all take 911 and the hotline from here.
 */
export function mainPhone(id: ServiceId): string {
  const contact = firstContact(id, 'phone');
  if (!contact) throw new Error(`${id} has no phone number in the directory.`);
  return contact.number;
}

/** The web address of a directory entry's live chat, if it has one: the emergency screen offers the hotline's. */
export function chatUrl(id: ServiceId): string | undefined {
  return firstContact(id, 'chat')?.url;
}

/** The latest `checked` date in the directory, for the summary footer. */
export const directoryCheckedOn: string = services.reduce((latest, s) => (s.checked > latest ? s.checked : latest), '');

export { serviceIds, youthServiceIds };
export type { Service, ServiceId };
import type { Contact } from './service.schema';
export type { Contact };

/**
 * The contacts of a service that apply to a person's area: contacts tied to one area show only for that area,
 * or all of them (each labelled with its area) when the area was not given, so nothing that could apply is lost.
 */
export function contactsFor(service: Service, region: RegionAnswer): Contact[] {
  return service.contacts.filter(
    (contact) =>
      !('region' in contact) || contact.region === undefined || contact.region === region || region === 'unknown',
  );
}
