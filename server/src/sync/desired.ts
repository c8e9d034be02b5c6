import type { ParsedDocument } from '../parse/types';
import { sectionsToBlocks, type Block } from './body-blocks';
import { quoteContext } from './quote-context';
import { linkKind, type LinkKind } from './link-kind';
import { articleKey, hashValue, linkKey, personKey, quoteKey } from './keys';

/**
 * What the source says each record should look like, keyed and ready to be
 * compared with the database. Pure: derived from the parsed document only.
 */
export interface DesiredArticle {
  key: string;
  fields: {
    title: string;
    lead: string;
    body: Block[];
    publishedDate: string | null;
    outlet: string | null;
    sourceUrl: string | null;
    source: string;
    /** Person keys, sorted: compared as a set. */
    people: string[];
  };
}

export interface DesiredPerson {
  key: string;
  name: string;
  role: string | null;
  aliases: string[];
}

export interface DesiredQuote {
  key: string;
  fields: {
    text: string;
    kind: 'full' | 'partial';
    /** Person key or null. */
    speaker: string | null;
    position: number;
    context: string | null;
    verb: string | null;
    startOffset: number;
    endOffset: number;
  };
}

export interface DesiredLink {
  key: string;
  fields: { title: string; url: string | null; kind: LinkKind; position: number };
}

export interface DesiredDocument {
  article: DesiredArticle;
  people: DesiredPerson[];
  quotes: DesiredQuote[];
  links: DesiredLink[];
}

const uniqueSorted = (values: string[]) => [...new Set(values)].sort();

export const desiredFromParsed = (parsed: ParsedDocument, source: string, fileName: string): DesiredDocument => {
  const key = articleKey({
    id: parsed.metadata?.id,
    url: parsed.sourceUrl,
    fileName,
    title: parsed.title,
  });

  const people: DesiredPerson[] = [];
  const byName = new Map<string, DesiredPerson>();
  for (const person of parsed.people) {
    const pKey = personKey(person.name);
    const existing = people.find((p) => p.key === pKey);
    // Two spellings folding to one key are one person: merge rather than duplicate.
    if (existing) {
      existing.aliases = uniqueSorted([...existing.aliases, person.name, ...person.aliases]);
      existing.role = existing.role ?? person.role;
    } else {
      const entry = { key: pKey, name: person.name, role: person.role, aliases: uniqueSorted([person.name, ...person.aliases]) };
      people.push(entry);
    }
    byName.set(person.name, people.find((p) => p.key === pKey) as DesiredPerson);
  }

  // Two identical quotes in one article are one record (same key): keep the first.
  const quotes: DesiredQuote[] = [];
  const seenQuotes = new Set<string>();
  parsed.quotes.forEach((quote) => {
    const qKey = quoteKey(key, quote.text);
    if (seenQuotes.has(qKey)) return;
    seenQuotes.add(qKey);
    quotes.push({
      key: qKey,
      fields: {
        text: quote.text,
        kind: quote.kind,
        speaker: quote.speaker ? (byName.get(quote.speaker)?.key ?? personKey(quote.speaker)) : null,
        position: quotes.length,
        context: quoteContext(parsed.sections, quote.start, quote.end),
        verb: quote.verb,
        startOffset: quote.start,
        endOffset: quote.end,
      },
    });
  });

  const links: DesiredLink[] = [];
  const seenLinks = new Set<string>();
  parsed.relatedLinks.forEach((link) => {
    const lKey = linkKey(key, link.title, link.url);
    if (seenLinks.has(lKey)) return;
    seenLinks.add(lKey);
    links.push({
      key: lKey,
      fields: { title: link.title, url: link.url, kind: linkKind(source, link.title), position: links.length },
    });
  });

  return {
    article: {
      key,
      fields: {
        title: parsed.title,
        lead: parsed.lead,
        body: sectionsToBlocks(parsed.sections, parsed.lead),
        publishedDate: parsed.published,
        outlet: parsed.outlet,
        sourceUrl: parsed.sourceUrl,
        source,
        people: uniqueSorted(people.map((p) => p.key)),
      },
    },
    people,
    quotes,
    links,
  };
};

/** Per-field hashes: what a record was imported as. */
export const fieldHashes = (fields: Record<string, unknown>): Record<string, string> =>
  Object.fromEntries(Object.entries(fields).map(([name, value]) => [name, hashValue(value)]));
