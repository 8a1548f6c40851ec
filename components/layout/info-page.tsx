import type { ReactNode } from 'react';
import { pageHref } from '../content/paths';
import { useMessages } from '../content/locale-provider';

/**
 * A page to read (the safety page, the open data page): its heading and introduction, its sections, and a link
 * to another page of the tool at the end (which keeps the plain title, `pageHref`).
 */
export function InfoArticle({
  heading,
  intro,
  link,
  children,
}: {
  heading: string;
  intro: string;
  link: { path: string; text: string };
  children: ReactNode;
}) {
  const { plainTitle } = useMessages();
  return (
    <article>
      <h1 className="text-3xl font-bold">{heading}</h1>
      <p className="mt-4 text-lg">{intro}</p>
      {children}
      <p className="mt-8">
        <a href={pageHref(link.path, plainTitle)} className="link">
          {link.text}
        </a>
      </p>
    </article>
  );
}

/** A section of such a page. With an `id`, its heading names it (`aria-labelledby`). */
export function InfoSection({ heading, id, children }: { heading: string; id?: string; children: ReactNode }) {
  return (
    <section className="mt-8" aria-labelledby={id}>
      <h2 id={id} className="text-2xl font-bold">
        {heading}
      </h2>
      {children}
    </section>
  );
}

/** A section's points, one sentence each. */
export function InfoList({ items }: { items: readonly string[] }) {
  return (
    <ul className="mt-3 list-disc space-y-2 pl-6">
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}
