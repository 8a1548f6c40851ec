import type { ContactLine, HousingView } from '../content/plan-view';

/**
 * How a contact line looks on screen: the summary's cards (components/steps/summary-step.tsx) and the services page's
 * (components/services/services-page.tsx) both render the lines of components/content/plan-view.ts with these, so a
 * number, a link and the words after it look the same on both.
 */

/** An area's housing service manager and its lines. */
export function HousingManager({ housing }: { housing: HousingView }) {
  if (!housing.known) return <p className="mt-2">{housing.text}</p>;
  return (
    <div className="mt-2" data-service-manager={housing.regionId}>
      <p className="font-bold">{housing.manager}</p>
      {housing.unverified && <p className="text-sm text-muted">{housing.unverified}</p>}
      {housing.noContact ? <p className="mt-1">{housing.noContact}</p> : <ContactLines lines={housing.lines} />}
    </div>
  );
}

export function ContactLines({ lines }: { lines: ContactLine[] }) {
  return (
    <ul className="mt-1 space-y-1">
      {lines.map((line, i) => (
        <li key={i} data-contact-region={line.region}>
          {line.label}
          <ContactValue line={line} />
        </li>
      ))}
    </ul>
  );
}

/** A contact's number or address as a link (a phone number never broken across lines), and the words after it. */
export function ContactValue({ line }: { line: ContactLine | undefined }) {
  if (!line) return null;
  return (
    <>
      {line.value && (
        <a
          href={line.value.href}
          className={line.value.kind === 'phone' ? 'link font-bold whitespace-nowrap' : 'link break-all'}
          {...(line.value.kind === 'url' ? { rel: 'noreferrer' } : {})}
        >
          {line.value.short ?? line.value.text}
        </a>
      )}
      {line.after && <> {line.after}</>}
    </>
  );
}

/** A card's details ("Hours: …", "Who it serves: …"), each term with its colon, in the page's language. */
export function DetailList({
  details,
  labelled,
  className = 'mt-3 space-y-1',
}: {
  details: readonly { key: string; term: string; value: string }[];
  labelled: (term: string) => string;
  className?: string;
}) {
  return (
    <dl className={className}>
      {details.map((detail) => (
        <div key={detail.key}>
          <dt className="inline font-bold">{labelled(detail.term)}</dt>
          <dd className="inline">{detail.value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The pages a card's facts come from, each written out as a link. */
export function SourceLinks({ urls, className = 'mt-1 space-y-1' }: { urls: readonly string[]; className?: string }) {
  return (
    <ul className={className}>
      {urls.map((url) => (
        <li key={url}>
          <a href={url} className="link break-all" rel="noreferrer">
            {url}
          </a>
        </li>
      ))}
    </ul>
  );
}
