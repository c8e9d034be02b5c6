/**
 * The parser's output contract. Pure data: no Strapi types leak in here, so the
 * parser can be used (and tested) without a Strapi instance.
 */

import type { AttributionRule } from './evidence';

export type { AttributionRule } from './evidence';
export type TitleSource = 'front-matter' | 'first-line' | 'derived';
export type QuoteKind = 'full' | 'partial';

export interface ParsedParagraph {
  text: string;
  /** Offset of the paragraph's first character in the source text. */
  start: number;
}

export interface ParsedSection {
  heading: string | null;
  paragraphs: ParsedParagraph[];
}

export interface ParsedPerson {
  name: string;
  role: string | null;
  /** Every form used for the person in the text (full name, surname, titled form...). */
  aliases: string[];
}

export interface ParsedQuote {
  /** What stands between the quotation marks, without them. `source.slice(start, end) === text`. */
  text: string;
  /** null, or exactly one `people[].name`. */
  speaker: string | null;
  kind: QuoteKind;
  start: number;
  end: number;
  /** Index of the paragraph (counted over all sections, 0-based) the quote opens in. */
  paragraph: number;
  /** The speech verb (or phrase such as "according to") that attributed the quote. */
  verb: string | null;
  /** The rule that found the speaker (see parse/evidence.ts); 'none' when there is none. */
  attribution: AttributionRule;
  /** How far that rule is trusted, 0..1 (0 with 'none'). */
  confidence: number;
  /** No speaker we trust: an editor should name one (or confirm there is none). */
  review: boolean;
}

/** The cue a related link's line opened with ("Read also", "See also"...); `other` for the rest. */
export type RelatedLinkKind = 'read-also' | 'read-more' | 'related' | 'see-also' | 'other';

export interface ParsedRelatedLink {
  title: string;
  url: string | null;
  kind: RelatedLinkKind;
}

export interface ParseWarning {
  code: string;
  message: string;
  start: number | null;
}

export interface ParsedDocument {
  title: string;
  titleSource: TitleSource;
  lead: string;
  published: string | null;
  outlet: string | null;
  sourceUrl: string | null;
  sections: ParsedSection[];
  people: ParsedPerson[];
  quotes: ParsedQuote[];
  relatedLinks: ParsedRelatedLink[];
  warnings: ParseWarning[];
  /**
   * Front matter keys beyond title/outlet/published/url (e.g. `id`, `author`).
   * Not part of the CLI's --json shape, which `toContractJson` keeps exact.
   */
  metadata: Record<string, unknown>;
}

export interface ParseOptions {
  /** Anchor for dates written without a year. Defaults to today. */
  referenceDate?: Date | string;
  /** Used in warnings and by the importer's key; never changes what is parsed. */
  fileName?: string;
}

