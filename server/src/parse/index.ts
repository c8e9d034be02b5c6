/**
 * parseDocument: plain-text news article → ParsedDocument. Pure and
 * deterministic (the only clock read is the default reference date).
 *
 * Offsets: every `start`/`end` is an index into the exact string passed in. A
 * leading BOM is skipped, not removed, so offsets stay valid for that string
 * (readSourceFile strips the BOM before parsing, so its text has none).
 */
import { Attributor, type Attribution } from './attribution';
import { hasLetters, isShortFragment, isTitleLike, quoteKind } from './classify';
import { findPublishedDate, normalisePublished, toReferenceDate } from './dates';
import { ParseError } from './errors';
import { readFrontMatter, scalarString } from './front-matter';
import { MentionResolver } from './mentions';
import { DocumentTokens, type ParagraphModel } from './model';
import { findOutlet } from './outlet';
import { layoutBody } from './paragraphs';
import { CandidatePool, findNameCandidates, PeopleRegistry, type NameCandidate } from './people';
import { detectQuoteStyle, scanQuotes, type QuoteParagraph, type QuoteSpan } from './quotes';
import { deriveTitle } from './title';
import type { ParseOptions, ParsedDocument, ParsedQuote, ParsedSection, ParseWarning, TitleSource, QuoteKind } from './types';

export { ParseError } from './errors';
export { toContractJson, type ContractJson } from './contract';
export type * from './types';

const KNOWN_KEYS = new Set(['title', 'outlet', 'published', 'url']);
const OUTLET_SCAN_PARAGRAPHS = 30;

interface QuoteState {
  index: number;
  span: QuoteSpan;
  text: string;
  keep: boolean;
  kind: QuoteKind;
  attribution: Attribution;
  person: number | null;
  verb: string | null;
  sent: number;
  /** Token range of the quote in its paragraph. */
  qa: number;
  qb: number;
}

export function parseDocument(text: string, options: ParseOptions = {}): ParsedDocument {
  if (typeof text !== 'string') throw new ParseError('input is not text');
  const ref = toReferenceDate(options.referenceDate);
  const warnings: ParseWarning[] = [];
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;

  const fm = readFrontMatter(text, start);
  const data = fm.data;
  const fmTitle = scalarString(data.title);
  for (const key of ['title', 'outlet', 'url'] as const) {
    const value = data[key];
    if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
      warnings.push({ code: 'invalid-front-matter', message: `front matter "${key}" is a list or mapping, not text; ignored`, start: null });
    }
  }
  const layout = layoutBody(text, fm.bodyStart, fmTitle);

  // Sections and the flat paragraph list the rest of the parser works on.
  const sections: ParsedSection[] = [];
  const paras: QuoteParagraph[] = [];
  let current: ParsedSection = { heading: null, paragraphs: [] };
  let prevWasParagraph = false;
  for (const b of layout.blocks) {
    if (b.kind === 'heading') {
      if (current.paragraphs.length > 0 || current.heading !== null) sections.push(current);
      current = { heading: b.text, paragraphs: [] };
      prevWasParagraph = false;
    } else {
      current.paragraphs.push({ text: b.text, start: b.start });
      paras.push({ text: b.text, start: b.start, followsPrevious: prevWasParagraph });
      prevWasParagraph = true;
    }
  }
  if (current.paragraphs.length > 0 || current.heading !== null) sections.push(current);

  const spans = scanQuotes(paras, warnings, detectQuoteStyle(paras));
  const byParagraph: number[][] = paras.map(() => []);
  spans.forEach((q, i) => byParagraph[q.paragraph]!.push(i));
  const quoteText = spans.map((q) => text.slice(q.start, q.end));
  // Computed on first use: most quotes are never asked about.
  const titleCache: Array<boolean | undefined> = [];
  const isTitleQuote = (q: number): boolean => (titleCache[q] ??= isTitleLike(quoteText[q]!));
  // Tokenised once; both passes below read the same flat token arrays.
  const doc = new DocumentTokens(text, paras, spans, byParagraph);
  const model = (i: number, withMentions = true): ParagraphModel => doc.model(i, withMentions);

  const candidates: NameCandidate[][] = [];
  const pool = new CandidatePool();
  for (let i = 0; i < paras.length; i++) candidates.push(findNameCandidates(model(i, false), isTitleQuote, pool));
  const registry = new PeopleRegistry();
  registry.build(candidates.flat());

  // Nicknames inside names (Jo "J.B." Bloggs) are not quotes.
  const excluded = new Set<number>();
  for (const list of candidates) for (const c of list) if (c.nicknameQuote !== null) excluded.add(c.nicknameQuote);

  const resolver = new MentionResolver(registry);
  const attributor = new Attributor(text);
  const states: QuoteState[] = [];
  let previous: ParagraphModel | null = null;
  for (let i = 0; i < paras.length; i++) {
    const par = model(i);
    resolver.process(par, candidates[i]!);
    if (par.quotes.length > 0) attributeParagraph(text, par, previous, spans, quoteText, isTitleQuote, attributor, excluded, states);
    previous = par;
  }
  inheritAcrossParagraphs(states);

  const people = registry.people;
  const quotes: ParsedQuote[] = [];
  for (const s of states) {
    if (!s.keep) continue;
    const speaker = s.person === null ? null : people[s.person]!.name;
    if (speaker === null) {
      warnings.push({
        code: 'unattributed-quote',
        message: `no speaker found for the quote "${preview(s.text)}"`,
        start: s.span.start,
      });
    }
    quotes.push({ text: s.text, speaker, kind: s.kind, start: s.span.start, end: s.span.end, paragraph: s.span.paragraph, verb: s.person === null ? s.verb : s.verb });
  }

  const orderedPeople = [...people]
    .sort((a, b) => a.firstOffset - b.firstOffset)
    .map((p) => {
      const aliases = [p.name, ...p.aliases.filter((a) => a !== p.name)];
      return { name: p.name, role: p.role, aliases };
    });

  const lead = paras[0]?.text ?? '';
  let title: string;
  let titleSource: TitleSource;
  if (fmTitle !== null) {
    title = fmTitle;
    titleSource = 'front-matter';
  } else if (layout.headline) {
    title = layout.headline.text;
    titleSource = 'first-line';
  } else {
    title = deriveTitle(lead);
    titleSource = 'derived';
    if (title === '' && options.fileName) title = options.fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
  }

  let published: string | null = null;
  const fmPublished = data.published ?? data.date;
  if (fmPublished !== undefined && fmPublished !== null) {
    published = normalisePublished(fmPublished, ref);
    if (published === null) warnings.push({ code: 'invalid-published', message: `front matter "published" is not a date: ${String(fmPublished)}`, start: null });
  } else {
    published = findPublishedDate(lead, ref);
  }

  const outlet = scalarString(data.outlet) ?? findOutlet(paras.slice(0, OUTLET_SCAN_PARAGRAPHS).map((p) => p.text.slice(0, 4000)));
  const sourceUrl = scalarString(data.url) ?? layout.sourceUrl;

  const metadata: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(data)) if (!KNOWN_KEYS.has(k)) metadata[k] = v;

  warnings.sort((a, b) => (a.start ?? -1) - (b.start ?? -1));
  return {
    title,
    titleSource,
    lead,
    published,
    outlet,
    sourceUrl,
    sections,
    people: orderedPeople,
    quotes,
    relatedLinks: layout.relatedLinks,
    warnings,
    metadata,
  };
}

function preview(s: string): string {
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

/**
 * Decides, for every quoted span of a paragraph, whether it is speech, its
 * kind and who said it. Each look-up is bounded to the quote's sentence, so
 * the whole pass is linear in the size of the text.
 */
function attributeParagraph(
  source: string,
  par: ParagraphModel,
  previousPar: ParagraphModel | null,
  spans: QuoteSpan[],
  quoteText: string[],
  isTitleQuote: (q: number) => boolean,
  attributor: Attributor,
  excluded: ReadonlySet<number>,
  out: QuoteState[],
): void {
  const T = par.tokens;
  const mine: QuoteState[] = [];
  let prevQuote: QuoteState | null = null;
  for (const qi of par.quotes) {
    const span = spans[qi]!;
    const text = quoteText[qi]!;
    const qa = par.quoteA[qi]!;
    const qb = par.quoteB[qi]!;
    const sent = qa < qb ? T[qa]!.sent : qa > 0 ? T[qa - 1]!.sent : -1;

    let attribution = attributor.after(par, qb, span.close, text);
    if (!attribution.found) attribution = attributor.before(par, qa, sent);

    // The reporter's words between the sentence start (or the previous quote
    // of the same sentence) and the opening mark.
    let from: number;
    if (prevQuote && prevQuote.sent === sent) {
      from = (prevQuote.span.close ?? prevQuote.span.end) + 1;
    } else {
      let f = qa;
      while (f - 1 >= 0 && T[f - 1]!.sent === sent && qa - f < 200) f--;
      from = f === 0 ? par.start : f < qa ? T[f]!.s : span.open;
    }
    const beforeText = from <= span.open ? source.slice(Math.max(from, span.open - 400), span.open) : '';
    const kind = quoteKind(beforeText, text, span.continued);

    let keep = hasLetters(text) && !excluded.has(qi);
    if (keep && !span.continued && span.close !== null && isTitleQuote(qi)) keep = false;
    // Scare quotes: a few words no speech verb claims.
    if (keep && !attribution.found && isShortFragment(text) && !span.continued) keep = false;

    const state: QuoteState = { index: qi, span, text, keep, kind, attribution, person: attribution.person, verb: attribution.verb, sent, qa, qb };
    out.push(state);
    if (keep) {
      mine.push(state);
      prevQuote = state;
    }
  }

  // A quote with no attribution of its own inherits one from a quote it belongs with.
  for (let i = 0; i < mine.length; i++) {
    const s = mine[i]!;
    if (s.attribution.found) continue;
    // Later in the same sentence: "A" and "B," he said.
    const next = mine[i + 1];
    if (next && next.sent === s.sent && next.attribution.found) {
      s.person = next.person;
      s.verb = next.verb;
      continue;
    }
    const prev = mine[i - 1];
    if (prev && prev.person !== null) {
      if (!mentionsOtherPerson(par, prev, s)) {
        s.person = prev.person;
        s.verb = prev.sent === s.sent ? prev.verb : null;
      }
      continue;
    }
    // A paragraph ending "… said:" introduces the quote opening the next one.
    if (prev === undefined && previousPar && /^\s*["\u201C\u201E\u00AB\u2018]/.test(par.text)) {
      const intro = attributor.introducedBy(previousPar);
      if (intro.found) {
        s.person = intro.person;
        s.verb = intro.verb;
      }
    }
  }
}

/** Pieces of a multi-paragraph quote share the speaker found for any of them. */
function inheritAcrossParagraphs(states: QuoteState[]): void {
  const chainSpeaker = new Map<number, QuoteState>();
  for (const s of states) if (s.keep && s.person !== null && !chainSpeaker.has(s.span.chain)) chainSpeaker.set(s.span.chain, s);
  for (const s of states) {
    if (!s.keep || s.person !== null) continue;
    const owner = chainSpeaker.get(s.span.chain);
    if (owner && owner !== s && !s.attribution.found) {
      s.person = owner.person;
      s.verb = null;
    }
  }
}

/** True when the reporter names someone else between two quotes. */
function mentionsOtherPerson(par: ParagraphModel, a: QuoteState, b: QuoteState): boolean {
  for (let k = a.qb; k < b.qa; k++) {
    const m = par.mentionsByStart.get(k);
    if (m && m.person !== null && m.person !== a.person && m.kind === 'name') return true;
  }
  return false;
}
