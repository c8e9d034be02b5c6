/**
 * parseDocument: plain-text news article → ParsedDocument. Pure and
 * deterministic (the only clock read is the default reference date).
 *
 * Offsets: every `start`/`end` is an index into the exact string passed in. A
 * leading BOM is skipped, not removed, so offsets stay valid for that string
 * (readSourceFile strips the BOM before parsing, so its text has none).
 */
import { checkFrontMatterText, chooseTitle, extraMetadata, outletOf, publishedDate } from './article-header';
import { attributeParagraph, opensWithQuote, type AttributionContext } from './attribute-paragraph';
import { Attributor } from './attribution';
import { bylineCandidate } from './byline';
import { isTitleLike } from './classify';
import { toReferenceDate } from './dates';
import { ParseError } from './errors';
import { confidenceOf, REVIEW_THRESHOLD } from './evidence';
import { readFrontMatter, scalarString } from './front-matter';
import { inheritAcrossParagraphs, KeptQuotes } from './kept-quotes';
import { MentionResolver } from './mentions';
import { DocumentTokens } from './model';
import type { ParagraphModel } from './paragraph-model';
import { layoutBody, type BodyLayout } from './paragraphs';
import { CandidatePool, findNameCandidates, officesFromDelayedLeads, PeopleRegistry, type NameCandidate, type Person } from './people';
import { detectQuoteStyle, scanQuotes, type QuoteSpans } from './quotes';
import { findStatementFrame, type StatementFrame } from './statement';
import { codeUnits } from './text';
import { wordsWrittenLower } from './vocabulary';
import type { ParseOptions, ParsedDocument, ParsedQuote, ParseWarning } from './types';

export { ParseError } from './errors';
export { toContractJson, type ContractJson } from './contract';
export type * from './types';

export function parseDocument(text: string, options: ParseOptions = {}): ParsedDocument {
  if (typeof text !== 'string') throw new ParseError('input is not text');
  const ref = toReferenceDate(options.referenceDate);
  const warnings: ParseWarning[] = [];
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;

  const fm = readFrontMatter(text, start);
  const data = fm.data;
  const fmTitle = scalarString(data.title);
  checkFrontMatterText(data, warnings);
  const layout = layoutBody(text, fm.bodyStart, fmTitle);

  const paras = layout.paragraphs;
  const spans = scanQuotes(paras, layout.followsPrevious, warnings, detectQuoteStyle(paras, text));
  const quotes = new QuoteIndex(text, spans, paras.length);
  // Each pass tokenises a paragraph as it reaches it (see DocumentTokens).
  const doc = new DocumentTokens(text, codeUnits(text), paras, spans, quotes.first);
  const found = findPeople(doc, layout, quotes);
  const kept = attributeQuotes(text, doc, found, spans, quotes);
  const people = found.registry.people;
  const parsedQuotes = quotesOut(kept, people, spans, quotes.text, warnings);

  const lead = paras[0]?.text ?? '';
  const { title, titleSource } = chooseTitle(fmTitle, layout, lead, options);
  const published = publishedDate(data, layout, lead, ref, warnings);
  const outlet = outletOf(data, layout);
  const sourceUrl = scalarString(data.url) ?? layout.sourceUrl;
  const metadata = extraMetadata(data);

  warnings.sort((a, b) => (a.start ?? -1) - (b.start ?? -1));
  return {
    title,
    titleSource,
    lead,
    published,
    outlet,
    sourceUrl,
    sections: layout.sections,
    people: peopleOut(people),
    quotes: parsedQuotes,
    relatedLinks: layout.relatedLinks,
    warnings,
    metadata,
  };
}

/** The quoted spans by paragraph, their text, and whether each reads as a title (asked lazily). */
class QuoteIndex {
  /** Spans come in paragraph order: paragraph i owns spans [first[i], first[i + 1]). */
  readonly first: Int32Array;
  readonly text: string[];
  /** 0: not yet known, 1: title-like, 2: not. Most quotes are never asked about. */
  private readonly titleCache: Uint8Array;

  constructor(source: string, spans: QuoteSpans, paragraphs: number) {
    this.first = firstQuotes(spans, paragraphs);
    this.text = quoteTexts(source, spans);
    this.titleCache = new Uint8Array(spans.length);
  }

  readonly isTitleQuote = (q: number): boolean => {
    if (this.titleCache[q] === 0) this.titleCache[q] = isTitleLike(this.text[q]!) ? 1 : 2;
    return this.titleCache[q] === 1;
  };
}

/*
 * Each loop below is a function of its own: a loop that runs once per parse
 * is optimised while it runs, and code optimised inside one loop knows
 * nothing of a loop after it, so it would fall back to the interpreter there.
 */

function firstQuotes(spans: QuoteSpans, paragraphs: number): Int32Array {
  const first = new Int32Array(paragraphs + 1);
  for (let i = 0, q = 0; i <= paragraphs; i++) {
    while (q < spans.length && spans.paragraph[q]! < i) q++;
    first[i] = q;
  }
  return first;
}

function quoteTexts(source: string, spans: QuoteSpans): string[] {
  const text: string[] = [];
  for (let q = 0; q < spans.length; q++) text.push(source.slice(spans.start[q]!, spans.end[q]!));
  return text;
}

interface FoundPeople {
  /** One flat list: paragraph i's candidates are candidates[candFirst[i], candFirst[i + 1]). */
  candidates: NameCandidate[];
  candFirst: Int32Array;
  registry: PeopleRegistry;
}

/** Every name candidate of the body and the bylines, and the registry of people built from them. */
function findPeople(doc: DocumentTokens, layout: BodyLayout, quotes: QuoteIndex): FoundPeople {
  const count = layout.paragraphs.length;
  const candidates: NameCandidate[] = [];
  const candFirst = new Int32Array(count + 1);
  const pool = new CandidatePool();
  for (let i = 0; i < count; i++) {
    candFirst[i] = candidates.length;
    findNameCandidates(doc.model(i, false), quotes.isTitleQuote, pool, candidates);
  }
  candFirst[count] = candidates.length;
  // Bylines are not paragraphs: their authors join the registry without a mention in the text.
  for (const line of layout.bylines) {
    const author = bylineCandidate(line);
    if (author) candidates.push(author);
  }
  const registry = new PeopleRegistry();
  registry.build(candidates, wordsWrittenLower(doc.vocab));
  officesFromDelayedLeads((i) => doc.model(i, false), count, candidates, candFirst, registry);
  return { candidates, candFirst, registry };
}

/** Resolves each paragraph's mentions, then keeps its speech and finds who said it. */
function attributeQuotes(text: string, doc: DocumentTokens, found: FoundPeople, spans: QuoteSpans, quotes: QuoteIndex): KeptQuotes {
  const { candidates, candFirst } = found;
  // Nicknames inside names (Jo "J.B." Bloggs) are not quotes.
  const excluded = new Set<number>();
  // Indexed: a loop run once per document runs unoptimised, where for-of allocates per element.
  for (let i = 0; i < candidates.length; i++) {
    const q = candidates[i]!.nicknameQuote;
    if (q !== null) excluded.add(q);
  }

  const resolver = new MentionResolver(found.registry);
  const kept = new KeptQuotes(spans.length);
  const ctx: AttributionContext = { source: text, spans, quoteText: quotes.text, isTitleQuote: quotes.isTitleQuote, attributor: new Attributor(text), excluded, out: kept };
  const count = candFirst.length - 1;
  let previous: ParagraphModel | null = null;
  // A statement framed in prose covers the quoted paragraphs that follow it, up to the next prose paragraph.
  let statement: StatementFrame | null = null;
  for (let i = 0; i < count; i++) {
    const par = doc.model(i, true);
    resolver.process(par, candidates, candFirst[i]!, candFirst[i + 1]!);
    // A paragraph without words ("…", "* * *") separates the statement's quotes; it does not end it.
    if (par.tokens.length === 0 && par.quoteTo === par.quoteFrom) continue;
    if (!opensWithQuote(par.text)) statement = findStatementFrame(par);
    else if (statement !== null) statement = { person: statement.person, at: -1 };
    if (par.quoteTo > par.quoteFrom) attributeParagraph(ctx, par, previous, statement);
    previous = par;
  }
  inheritAcrossParagraphs(kept, spans);
  return kept;
}

function quotesOut(kept: KeptQuotes, people: readonly Person[], spans: QuoteSpans, quoteText: readonly string[], warnings: ParseWarning[]): ParsedQuote[] {
  const quotes: ParsedQuote[] = [];
  for (let k = 0; k < kept.length; k++) {
    const q = kept.span[k]!;
    const rule = kept.rule[k]!;
    const confidence = confidenceOf(rule, kept.distant[k] === 1);
    // A guess we do not trust is not printed: the quote goes to review instead.
    const review = rule === 'none' || confidence < REVIEW_THRESHOLD;
    const person = review ? -1 : kept.person[k]!;
    const speaker = person < 0 ? null : people[person]!.name;
    if (speaker === null) {
      warnings.push({
        code: 'unattributed-quote',
        message: `no speaker found for the quote "${preview(quoteText[q]!)}"`,
        start: spans.start[q]!,
      });
    }
    quotes.push({
      text: quoteText[q]!,
      speaker,
      kind: kept.kind[k]!,
      start: spans.start[q]!,
      end: spans.end[q]!,
      paragraph: spans.paragraph[q]!,
      verb: kept.verb[k]!,
      attribution: review ? 'none' : rule,
      confidence: review ? 0 : confidence,
      review,
    });
  }
  return quotes;
}

/** People in order of first appearance, each name first among its aliases. */
function peopleOut(people: readonly Person[]): ParsedDocument['people'] {
  return [...people]
    .sort((a, b) => a.firstOffset - b.firstOffset)
    .map((p) => {
      const aliases = [p.name, ...p.aliases.filter((a) => a !== p.name)];
      return { name: p.name, role: p.role, aliases };
    });
}

function preview(s: string): string {
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}
