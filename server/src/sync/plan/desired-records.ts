import type { AttributionRule, ParsedDocument, RelatedLinkKind } from '../../parse/types';
import { sectionsToBlocks, type Block } from './body-blocks';
import { quoteContext } from './quote-context';
import { articleKey as rawArticleKey, hashValue, linkKey, personKey as rawPersonKey, quoteKey } from './import-keys';
import { fitKey, fitOptional, fitString, fitUrl, type ImportWarning } from './fit-columns';

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
    /** The normalised text quote offsets index, when the source is not plain text (else null: they index `source`). */
    sourceText: string | null;
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
    /** The parser's rule for the speaker ('none': left for review) and its confidence. */
    attribution: AttributionRule;
    confidence: number;
    startOffset: number;
    endOffset: number;
  };
}

export interface DesiredLink {
  key: string;
  fields: { title: string; url: string | null; kind: RelatedLinkKind; position: number };
}

export interface DesiredDocument {
  article: DesiredArticle;
  people: DesiredPerson[];
  quotes: DesiredQuote[];
  links: DesiredLink[];
  /** Fields the database could not hold as written (see fit-columns). */
  warnings: ImportWarning[];
  /** The source's fingerprint (sync/plan/fingerprint.ts), when the importer knows it. */
  fingerprint?: string;
}

const personKey = (name: string) => fitKey(rawPersonKey(name));
const articleKey = (input: Parameters<typeof rawArticleKey>[0]) => fitKey(rawArticleKey(input));

const uniqueSorted = (values: string[]) => [...new Set(values)].sort();

/**
 * `source` is the text parsed; `original`, for a format other than plain
 * text, the document as received, which the Article keeps as its source.
 */
export const desiredFromParsed = (parsed: ParsedDocument, source: string, fileName: string, original?: string): DesiredDocument => {
  // Metadata or a headline alone is not an article: refuse rather than create an empty one.
  if (parsed.sections.every((section) => section.paragraphs.length === 0)) {
    throw new Error('no article text (only front matter or a title): nothing to import');
  }
  // Warnings in this order: people, quotes, links, then the article's own fields.
  const warnings: ImportWarning[] = [];
  const key = articleKey({ id: parsed.metadata?.id, url: parsed.sourceUrl, fileName, title: parsed.title });
  const { people, keyOfName } = desiredPeople(parsed, warnings);
  const quotes = desiredQuotes(parsed, key, keyOfName, warnings);
  const links = desiredLinks(parsed, key, warnings);
  const article: DesiredArticle = {
    key,
    fields: {
      title: fitString(parsed.title, 'title', warnings),
      lead: parsed.lead,
      body: sectionsToBlocks(parsed.sections, parsed.lead),
      publishedDate: parsed.published,
      outlet: fitOptional(parsed.outlet, 'outlet', warnings),
      sourceUrl: fitUrl(parsed.sourceUrl, 'source URL', warnings),
      source: original ?? source,
      sourceText: original === undefined ? null : source,
      people: uniqueSorted(people.map((p) => p.key)),
    },
  };
  return { article, people, quotes, links, warnings };
};

/** One record per person key; the parser's name of each mention maps to its key. */
function desiredPeople(parsed: ParsedDocument, warnings: ImportWarning[]) {
  const people: DesiredPerson[] = [];
  const byName = new Map<string, DesiredPerson>();
  for (const person of parsed.people) {
    const pKey = personKey(person.name);
    const existing = people.find((p) => p.key === pKey);
    // Two spellings folding to one key are one person: merge rather than duplicate.
    if (existing) {
      existing.aliases = uniqueSorted([...existing.aliases, person.name, ...person.aliases]);
      existing.role = existing.role ?? fitOptional(person.role, `role of ${person.name.slice(0, 40)}`, warnings);
    } else {
      people.push({
        key: pKey,
        name: fitString(person.name, `person name "${person.name.slice(0, 40)}…"`, warnings),
        role: fitOptional(person.role, `role of ${person.name.slice(0, 40)}`, warnings),
        aliases: uniqueSorted([person.name, ...person.aliases]),
      });
    }
    byName.set(person.name, people.find((p) => p.key === pKey) as DesiredPerson);
  }
  const keyOfName = (name: string) => byName.get(name)?.key ?? personKey(name);
  return { people, keyOfName };
}

/** Two identical quotes in one article are one record (same key): the first is kept. */
function desiredQuotes(parsed: ParsedDocument, article: string, keyOfName: (name: string) => string, warnings: ImportWarning[]): DesiredQuote[] {
  const quotes: DesiredQuote[] = [];
  const seen = new Set<string>();
  for (const quote of parsed.quotes) {
    const key = quoteKey(article, quote.text);
    if (seen.has(key)) continue;
    seen.add(key);
    quotes.push({
      key,
      fields: {
        text: quote.text,
        kind: quote.kind,
        speaker: quote.speaker ? keyOfName(quote.speaker) : null,
        position: quotes.length,
        context: quoteContext(parsed.sections, quote.start, quote.end),
        verb: fitOptional(quote.verb, 'quote verb', warnings),
        attribution: quote.attribution,
        confidence: quote.confidence,
        startOffset: quote.start,
        endOffset: quote.end,
      },
    });
  }
  return quotes;
}

/** Related links, one per title and URL, with the kind of cue the parser read them after. */
function desiredLinks(parsed: ParsedDocument, article: string, warnings: ImportWarning[]): DesiredLink[] {
  const links: DesiredLink[] = [];
  const seen = new Set<string>();
  for (const link of parsed.relatedLinks) {
    const key = linkKey(article, link.title, link.url);
    if (seen.has(key)) continue;
    seen.add(key);
    links.push({
      key,
      fields: {
        title: fitString(link.title, 'related link title', warnings),
        url: fitUrl(link.url, 'related link URL', warnings),
        kind: link.kind,
        position: links.length,
      },
    });
  }
  return links;
}
