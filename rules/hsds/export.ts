import { createHash } from 'node:crypto';
import type { RegionId } from '../answers.schema';
import { categoryServesArea } from '../browse';
import type { Locale } from '../locale';
import { regionIds } from '../region-ids';
import { regions as allRegions, type Region } from '../regions';
import { services as allServices } from '../services';
import { inLocale } from '../services/local';
import { namedServicesFull } from '../services/named/full';
import type { NamedServiceInput } from '../services/named.schema';
import type { NamedContact, Service } from '../services/service.schema';
import { hsdsPublisher, type Hsds } from './schema';

/**
 * The service directory as Open Referral HSDS 3.0 JSON (issue 21, part 3), in one language: the 23 category services
 * of Ontario's page and the named entries, each a `service`; each named entry also an `organization` (a category is
 * not one organization, so its service has none). Built only from the directory (rules/services, with the named
 * entries' provenance put back, and rules/regions), so it holds nothing about any person. Pure but for the ids,
 * which are name-based UUIDs (version 5) of the directory ids: the same from build to build and in both languages.
 * Node only (node:crypto): the build (scripts/write-hsds.ts) and the tests run it, never a page.
 */

/** The namespace of every id in the export (a random UUID, fixed once). */
export const hsdsNamespace = '3eefd31c-77a3-4675-b7cd-464a7e0b9073';

/** A name-based UUID (RFC 9562 version 5: SHA-1 of the namespace and the name). */
export function uuidV5(name: string, namespace: string = hsdsNamespace): string {
  const hash = createHash('sha1')
    .update(Buffer.from(namespace.replace(/-/g, ''), 'hex'))
    .update(name, 'utf8')
    .digest();
  const bytes = hash.subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The id of a record, from what it is and the directory's own ids: `hsdsId('service', 'onwa')`. */
export const hsdsId = (type: string, key: string): string => uuidV5(`${type}:${key}`);

/** The words the export puts into text fields, in one language: the pages' own (scripts/write-hsds.ts passes them). */
export type HsdsWords = {
  /** Who a named entry is for, as its card says it ("For youth. Ages 16 to 24."), if the directory says. */
  eligibility: (entry: NamedServiceInput) => string | undefined;
  /** The service area of a province-wide and of a national service. */
  ontario: string;
  canada: string;
  /** The description of an area the research maps to an entry by general knowledge only. */
  areaNotConfirmed: string;
  /** The label of a chat address among a service's additional URLs. */
  chat: string;
  regionalContactFor: (area: string) => string;
  tollFree: string;
  textKeyword: (word: string) => string;
  whatsapp: string;
};

/** The data the export is made from; each part defaults to the project's own. */
export type HsdsData = {
  services: readonly Service[];
  named: readonly NamedServiceInput[];
  regions: readonly Region[];
};

type AnyContact = Service['contacts'][number] | NamedContact;
type Provenance = { source: string; checked: string; confidence: 'high' | 'medium' };

export function hsdsExport(
  locale: Locale,
  words: HsdsWords,
  data: Partial<HsdsData> = {},
): { organizations: Hsds['organization'][]; services: Hsds['service'][] } {
  const { services = allServices, named = namedServicesFull, regions = allRegions } = data;
  const areaName = (id: RegionId) => regions.find((r) => r.id === id)?.name[locale] ?? id;

  /** One metadata record: that `field` of the resource was compared with `source` on the day given. */
  const meta = (
    resourceType: Hsds['metadata']['resource_type'] & string,
    resourceId: string,
    key: string,
    field: string,
    value: string,
    p: Provenance,
  ): Hsds['metadata'] => ({
    id: hsdsId('metadata', `${resourceType}:${key}`),
    resource_id: resourceId,
    resource_type: resourceType,
    last_action_date: p.checked,
    last_action_type: 'verified',
    field_name: field,
    previous_value: '',
    replacement_value: value,
    updated_by: hsdsPublisher,
    source: p.source,
    confidence: p.confidence,
  });

  /** The record-wide metadata: each page behind the whole entry, with the entry's day and confidence. */
  const entryMeta = (
    type: 'service' | 'organization',
    recordId: string,
    entryId: string,
    sources: readonly string[],
    checked: string,
    confidence: Provenance['confidence'],
  ) =>
    sources.map((source, i) =>
      meta(type, recordId, `${entryId}:entry:${i}`, type, '', { source, checked, confidence }),
    );

  /** Phones, web addresses and email of an entry's contacts, with each one's own provenance. */
  function contactParts(entryId: string, serviceId: string, contacts: readonly AnyContact[]) {
    const phones: Hsds['phone'][] = [];
    const urls: { url: string; label?: string; main: boolean; p: Provenance }[] = [];
    let email: { address: string; p: Provenance } | undefined;
    contacts.forEach((contact, i) => {
      const p: Provenance = { source: contact.source, checked: contact.checked, confidence: contact.confidence };
      const area =
        'region' in contact && contact.region ? words.regionalContactFor(areaName(contact.region)) : undefined;
      const label = 'label' in contact && contact.label ? contact.label[locale] : undefined;
      const hours = 'hours' in contact && contact.hours ? contact.hours[locale] : undefined;
      const phone = (
        number: string,
        type: Hsds['phone']['type'],
        extra: (string | undefined)[],
        extension?: number,
      ): void => {
        const id = hsdsId('phone', `${entryId}:${i}`);
        const description = [label, area, ...extra, hours].filter(Boolean).join('; ');
        phones.push({
          id,
          service_id: serviceId,
          number,
          ...(extension !== undefined ? { extension } : {}),
          type,
          ...(description ? { description } : {}),
          metadata: [meta('phone', id, `${entryId}:${i}`, 'number', number, p)],
        });
      };
      switch (contact.kind) {
        case 'phone':
          phone(
            contact.number,
            'voice',
            [contact.tollFree ? words.tollFree : undefined],
            'ext' in contact && contact.ext ? Number(contact.ext) : undefined,
          );
          break;
        case 'tty':
          // A TTY note without a number ("dial 711" in its label) has no phone record to go in.
          if (contact.number) phone(contact.number, 'textphone', []);
          break;
        case 'text':
          phone(contact.number, 'text', [
            contact.keyword ? words.textKeyword(contact.keyword[locale]) : undefined,
            contact.app === 'whatsapp' ? words.whatsapp : undefined,
          ]);
          break;
        case 'email':
          email ??= { address: contact.address, p };
          break;
        case 'web':
        case 'chat':
          urls.push({
            url: contact.url,
            label: [contact.kind === 'chat' ? words.chat : label, area].filter(Boolean).join('; ') || undefined,
            main: contact.kind === 'web' && !area,
            p,
          });
          break;
        default:
          // Walk-in addresses become locations (see `locationsOf`).
          break;
      }
    });
    // The service's own address is its first web page for everyone (not a chat, not one tied to an area); HSDS 3.0 has
    // one `url`, so the others go in `additional_urls`, with their labels.
    const main = urls.find((u) => u.main);
    const additional: Hsds['additionalUrl'][] = urls
      .filter((u) => u !== main)
      .map((u) => ({
        id: hsdsId('url', `${entryId}:${u.url}`),
        service_id: serviceId,
        ...(u.label ? { label: u.label } : {}),
        url: u.url,
      }));
    const metadata: Hsds['metadata'][] = [
      ...(main ? [meta('service', serviceId, `${entryId}:url`, 'url', main.url, main.p)] : []),
      ...urls
        .filter((u) => u !== main)
        .map((u) => meta('service', serviceId, `${entryId}:url:${u.url}`, 'additional_urls', u.url, u.p)),
      ...(email ? [meta('service', serviceId, `${entryId}:email`, 'email', email.address, email.p)] : []),
    ];
    return { phones, url: main?.url, email: email?.address, additional, metadata };
  }

  const serviceArea = (
    entryId: string,
    serviceId: string,
    key: string,
    name: string,
    description?: string,
  ): Hsds['serviceArea'] => ({
    id: hsdsId('service_area', `${entryId}:${key}`),
    service_id: serviceId,
    name,
    ...(description ? { description } : {}),
  });

  function categoryService(service: Service): Hsds['service'] {
    const id = hsdsId('service', service.id);
    const parts = contactParts(service.id, id, service.contacts);
    const areas = regionIds.filter((area) => categoryServesArea(service.id, area));
    return {
      id,
      name: service.name[locale],
      description: service.offers[locale],
      ...(parts.url ? { url: parts.url } : {}),
      ...(parts.email ? { email: parts.email } : {}),
      status: 'active',
      ...(service.expect ? { application_process: service.expect[locale] } : {}),
      eligibility_description: service.serves[locale],
      assured_date: service.checked,
      phones: parts.phones,
      schedules: service.hours
        ? [{ id: hsdsId('schedule', service.id), service_id: id, description: service.hours[locale] }]
        : [],
      service_areas:
        areas.length === regionIds.length
          ? [serviceArea(service.id, id, 'ontario', words.ontario)]
          : areas.map((area) => serviceArea(service.id, id, area, areaName(area))),
      service_at_locations: [],
      additional_urls: parts.additional,
      metadata: [
        ...entryMeta('service', id, service.id, service.sources, service.checked, service.confidence),
        ...parts.metadata,
      ],
    };
  }

  /** An entry's walk-in addresses, where a source gives a public one. */
  function locationsOf(entry: NamedServiceInput, organizationId: string): Hsds['location'][] {
    return entry.contacts.flatMap((contact, i) => {
      if (contact.kind !== 'address') return [];
      const id = hsdsId('location', `${entry.id}:${i}`);
      const description = [contact.label?.[locale], contact.hours?.[locale]].filter(Boolean).join('; ');
      const p = { source: contact.source, checked: contact.checked, confidence: contact.confidence };
      return [
        {
          id,
          location_type: 'physical' as const,
          organization_id: organizationId,
          name: contact.address,
          ...(description ? { description } : {}),
          metadata: [meta('location', id, `${entry.id}:${i}`, 'name', contact.address, p)],
        },
      ];
    });
  }

  const organizations: Hsds['organization'][] = [];
  const namedServices: Hsds['service'][] = [];
  for (const entry of named) {
    const organizationId = hsdsId('organization', entry.id);
    const id = hsdsId('service', entry.id);
    const parts = contactParts(entry.id, id, entry.contacts);
    const locations = locationsOf(entry, organizationId);
    const name = inLocale(entry.name, locale);
    const entrySources = entry.sources ?? [];
    // The pages behind the whole entry; an entry whose facts all come from its contacts' pages has none of its own,
    // and its contacts' pages (each with its own day and confidence) stand for it.
    const recordMeta = (type: 'service' | 'organization', recordId: string): Hsds['metadata'][] =>
      entrySources.length
        ? entryMeta(type, recordId, entry.id, entrySources, entry.checked, entry.confidence)
        : entry.contacts.map((contact, i) =>
            meta(type, recordId, `${entry.id}:contact:${i}`, type, '', {
              source: contact.source,
              checked: contact.checked,
              confidence: contact.confidence,
            }),
          );
    organizations.push({
      id: organizationId,
      name,
      description: entry.desc[locale],
      ...(parts.url ? { website: parts.url } : {}),
      ...(parts.email ? { email: parts.email } : {}),
      locations,
      metadata: recordMeta('organization', organizationId),
    });
    const eligibility = words.eligibility(entry);
    const areas: Hsds['serviceArea'][] =
      entry.areas === 'ontario'
        ? [serviceArea(entry.id, id, 'ontario', words.ontario)]
        : entry.areas === 'canada'
          ? [serviceArea(entry.id, id, 'canada', words.canada)]
          : [
              ...entry.areas.map((area) => serviceArea(entry.id, id, area, areaName(area))),
              ...(entry.areasUnconfirmed ?? []).map((area) =>
                serviceArea(entry.id, id, area, areaName(area), words.areaNotConfirmed),
              ),
            ];
    namedServices.push({
      id,
      organization_id: organizationId,
      name,
      description: entry.desc[locale],
      ...(parts.url ? { url: parts.url } : {}),
      ...(parts.email ? { email: parts.email } : {}),
      status: 'active',
      ...(eligibility ? { eligibility_description: eligibility } : {}),
      ...(entry.minAge !== undefined ? { minimum_age: entry.minAge } : {}),
      ...(entry.maxAge !== undefined ? { maximum_age: entry.maxAge } : {}),
      assured_date: entry.checked,
      phones: parts.phones,
      schedules: [],
      service_areas: areas,
      service_at_locations: locations.map((location) => ({
        id: hsdsId('service_at_location', `${entry.id}:${location.id}`),
        service_id: id,
        location_id: location.id,
        location,
      })),
      additional_urls: parts.additional,
      metadata: [...recordMeta('service', id), ...parts.metadata],
    });
  }

  return { organizations, services: [...services.map(categoryService), ...namedServices] };
}
