import { z } from '../zod';
import type { RegionAnswer } from '../answers.schema';
import { serviceSchema, serviceIds, type Service, type ServiceId } from './service.schema';
import { servicesData } from './services.data';

/**
 * The service directory, parsed once when the module loads: bad data fails the build and every test,
 * never a person's summary. The browser gets the same data, already parsed when the page was built, and does not
 * parse it again: that took tens of milliseconds of a slow phone's main thread at every page load (issue 7).
 */
export const services: readonly Service[] =
  typeof window === 'undefined' ? z.array(serviceSchema).parse(servicesData) : servicesData;

const byId = new Map<ServiceId, Service>(services.map((service) => [service.id, service]));

/** The directory entry for a service id; every id in `serviceIds` has one (checked by the directory tests). */
export function getService(id: ServiceId): Service {
  const service = byId.get(id);
  if (!service) throw new Error(`No directory entry for service "${id}".`);
  return service;
}

/** The latest `checked` date in the directory, for the summary footer. */
export const directoryCheckedOn: string = services.reduce((latest, s) => (s.checked > latest ? s.checked : latest), '');

export { serviceIds };
export type { Service, ServiceId };
import type { Contact } from './service.schema';
export type { Contact };

/**
 * The contacts of a service that apply to a person's area: contacts tied to one area show only for that area,
 * or all of them (each labelled with its area) when the area was not given, so nothing that could apply is lost.
 */
export function contactsFor(service: Service, region: RegionAnswer): Contact[] {
  return service.contacts.filter(
    (contact) => !('region' in contact) || contact.region === undefined || contact.region === region || region === 'unknown',
  );
}
