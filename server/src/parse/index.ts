/**
 * parseDocument: plain-text news article → ParsedDocument. Pure and
 * deterministic (the only clock read is the default reference date).
 *
 * Offsets: every `start`/`end` is an index into the exact string passed in. A
 * leading BOM is skipped, not removed, so offsets stay valid for that string
 * (readSourceFile strips the BOM before parsing, so its text has none).
 */
import { Attributor, type Attribution } from './attribution';
import { bylineCandidate } from './byline';
import { confidenceOf, REVIEW_THRESHOLD, type AttributionRule } from './evidence';
import { hasLetters, isShortFragment, isTitleLike, quoteKind } from './classify';
import { findPublishedDate, normalisePublished, toReferenceDate } from './dates';
import { ParseError } from './errors';
import { readFrontMatter, scalarString } from './front-matter';
import { MentionResolver } from './mentions';
import { DocumentTokens, type ParagraphModel } from './model';
import { findOutlet } from './outlet';
import { layoutBody } from './paragraphs';
import { CandidatePool, findNameCandidates, PeopleRegistry, type NameCandidate } from './people';
import { detectQuoteStyle, scanQuotes, type QuoteSpans } from './quotes';
import { ParagraphReports } from './paragraph-speaker';
import { findStatementFrame, type StatementFrame } from './statement';
import { deriveTitle } from './title';
import { wordsWrittenLower } from './vocabulary';
import type { ParseOptions, ParsedDocument, ParsedQuote, ParseWarning, TitleSource, QuoteKind } from './types';

export { ParseError } from './errors';
export { toContractJson, type ContractJson } from './contract';
export type * from './types';

const KNOWN_KEYS = new Set(['title', 'outlet', 'published', 'url']);
const OUTLET_SCAN_PARAGRAPHS = 30;

/**
 * The quotes kept as speech, on their way to the output: one column per
 * field (kept quote k is entry k of each), so no object per quote lives
 * through the parse before the output's own. At most one entry per span.
 */
class KeptQuotes {
  length = 0;
  /** Index of the quote in the document's span list. */
  readonly span: Int32Array;
  readonly kind: QuoteKind[];
  /** 1: a speech verb of its own attributes the quote (even to no one we can name). */
  readonly found: Uint8Array;
  /** Person index, or -1 for none. */
  readonly person: Int32Array;
  readonly verb: Array<string | null>;
  readonly rule: AttributionRule[];
  /** 1: the rule's referent lies sentences back (see Attribution.distant). */
  readonly distant: Uint8Array;
  readonly sent: Int32Array;
  /** Token range of the quote in its paragraph. */
  readonly qa: Int32Array;
  readonly qb: Int32Array;

  constructor(spans: number) {
    this.span = new Int32Array(spans);
    this.kind = new Array<QuoteKind>(spans).fill('full');
    this.verb = new Array<string | null>(spans).fill(null);
    this.rule = new Array<AttributionRule>(spans).fill('none');
    this.distant = new Uint8Array(spans);
    this.found = new Uint8Array(spans);
    this.person = new Int32Array(spans);
    this.sent = new Int32Array(spans);
    this.qa = new Int32Array(spans);
    this.qb = new Int32Array(spans);
  }

  push(span: number, kind: QuoteKind, attribution: Attribution, sent: number, qa: number, qb: number): number {
    const k = this.length++;
    this.span[k] = span;
    this.kind[k] = kind;
    this.found[k] = attribution.found ? 1 : 0;
    this.person[k] = attribution.person ?? -1;
    this.verb[k] = attribution.verb;
    this.rule[k] = attribution.rule;
    this.distant[k] = attribution.distant ? 1 : 0;
    this.sent[k] = sent;
    this.qa[k] = qa;
    this.qb[k] = qb;
    return k;
  }

  /** Quote k takes quote `from`'s speaker by `rule` (and its verb, or none). */
  inherit(k: number, from: number, rule: AttributionRule, keepVerb: boolean): void {
    this.person[k] = this.person[from]!;
    this.verb[k] = keepVerb ? this.verb[from]! : null;
    this.rule[k] = rule;
    this.distant[k] = this.distant[from]!;
  }

  /** Quote k is given `person` by `rule`. */
  assign(k: number, person: number | null, rule: AttributionRule, verb: string | null = null): void {
    this.person[k] = person ?? -1;
    this.verb[k] = verb;
    this.rule[k] = person === null && rule !== 'none' ? 'anonymous' : rule;
    this.distant[k] = 0;
  }
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

  const sections = layout.sections;
  const paras = layout.paragraphs;
  const spans = scanQuotes(paras, layout.followsPrevious, warnings, detectQuoteStyle(paras, text));
  // Spans come in paragraph order: paragraph i owns spans [quoteFirst[i], quoteFirst[i + 1]).
  const quoteFirst = new Int32Array(paras.length + 1);
  for (let i = 0, q = 0; i <= paras.length; i++) {
    while (q < spans.length && spans.paragraph[q]! < i) q++;
    quoteFirst[i] = q;
  }
  const quoteText: string[] = [];
  for (let q = 0; q < spans.length; q++) quoteText.push(text.slice(spans.start[q]!, spans.end[q]!));
  // Computed on first use: most quotes are never asked about.
  const titleCache = new Uint8Array(spans.length); // 0: not yet known, 1: title-like, 2: not
  const isTitleQuote = (q: number): boolean => {
    if (titleCache[q] === 0) titleCache[q] = isTitleLike(quoteText[q]!) ? 1 : 2;
    return titleCache[q] === 1;
  };
  // Each pass tokenises a paragraph as it reaches it (see DocumentTokens).
  const doc = new DocumentTokens(text, paras, spans, quoteFirst);
  const model = (i: number, withMentions = true): ParagraphModel => doc.model(i, withMentions);

  // One flat list: paragraph i's candidates are candidates[candFirst[i], candFirst[i + 1]).
  const candidates: NameCandidate[] = [];
  const candFirst = new Int32Array(paras.length + 1);
  const pool = new CandidatePool();
  for (let i = 0; i < paras.length; i++) {
    candFirst[i] = candidates.length;
    findNameCandidates(model(i, false), isTitleQuote, pool, candidates);
  }
  candFirst[paras.length] = candidates.length;
  // Bylines are not paragraphs: their authors join the registry without a mention in the text.
  for (const line of layout.bylines) {
    const author = bylineCandidate(line);
    if (author) candidates.push(author);
  }
  const registry = new PeopleRegistry();
  registry.build(candidates, wordsWrittenLower(doc.vocab));

  // Nicknames inside names (Jo "J.B." Bloggs) are not quotes.
  const excluded = new Set<number>();
  for (const c of candidates) if (c.nicknameQuote !== null) excluded.add(c.nicknameQuote);

  const resolver = new MentionResolver(registry);
  const attributor = new Attributor(text);
  const kept = new KeptQuotes(spans.length);
  let previous: ParagraphModel | null = null;
  // A statement framed in prose covers the quoted paragraphs that follow it, up to the next prose paragraph.
  let statement: StatementFrame | null = null;
  for (let i = 0; i < paras.length; i++) {
    const par = model(i);
    resolver.process(par, candidates, candFirst[i]!, candFirst[i + 1]!);
    const opensWithQuote = OPENS_WITH_QUOTE.test(par.text);
    if (!opensWithQuote) statement = findStatementFrame(par);
    else if (statement !== null) statement = { person: statement.person, at: -1 };
    if (par.quoteTo > par.quoteFrom) attributeParagraph(text, par, previous, spans, quoteText, isTitleQuote, attributor, excluded, kept, statement);
    previous = par;
  }
  inheritAcrossParagraphs(kept, spans);

  const people = registry.people;
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
    // A date line of its own above the lead ("Tuesday, June 19, 2018") dates the article; a date in the lead may be the event's.
    for (let i = 0; published === null && i < layout.preamble.length; i++) published = findPublishedDate(layout.preamble[i]!, ref);
    published ??= findPublishedDate(lead, ref);
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
  spans: QuoteSpans,
  quoteText: string[],
  isTitleQuote: (q: number) => boolean,
  attributor: Attributor,
  excluded: ReadonlySet<number>,
  out: KeptQuotes,
  statement: StatementFrame | null,
): void {
  const T = par.tokens;
  // This paragraph's kept quotes are out[first, out.length).
  const first = out.length;
  let prevQuote = -1;
  for (let qi = par.quoteFrom; qi < par.quoteTo; qi++) {
    const text = quoteText[qi]!;
    const open = spans.open[qi]!;
    const close = spans.close[qi]!;
    const continued = spans.continued[qi] === 1;
    const qa = par.quoteA[qi]!;
    const qb = par.quoteB[qi]!;
    const sent = qa < qb ? T[qa]!.sent : qa > 0 ? T[qa - 1]!.sent : -1;

    let attribution = attributor.after(par, qb, close < 0 ? null : close, text);
    if (!attribution.found) attribution = attributor.before(par, qa, sent);

    // The reporter's words between the sentence start (or the previous quote
    // of the same sentence) and the opening mark.
    let from: number;
    // `"A," she said, "b …"`: the second part resumes the speaker's sentence.
    const resumes = prevQuote >= 0 && out.sent[prevQuote] === sent && /,\s*$/.test(quoteText[out.span[prevQuote]!]!);
    if (prevQuote >= 0 && out.sent[prevQuote] === sent) {
      const ps = out.span[prevQuote]!;
      const pc = spans.close[ps]!;
      from = (pc < 0 ? spans.end[ps]! : pc) + 1;
    } else {
      let f = qa;
      while (f - 1 >= 0 && T[f - 1]!.sent === sent && qa - f < 200) f--;
      from = f === 0 ? par.start : f < qa ? T[f]!.s : open;
    }
    const beforeText = from <= open ? source.slice(Math.max(from, open - 400), open) : '';
    const kind = quoteKind(beforeText, text, continued || resumes);

    let keep = hasLetters(text) && !excluded.has(qi);
    if (keep && !continued && close >= 0 && isTitleQuote(qi)) keep = false;
    // Scare quotes: a few words no speech verb claims.
    if (keep && !attribution.found && isShortFragment(text) && !continued) keep = false;

    // Quotes not kept take no further part: only kept ones are recorded.
    if (!keep) continue;
    prevQuote = out.push(qi, kind, attribution, sent, qa, qb);
  }

  // A quote with no attribution of its own inherits one from a quote it belongs with.
  const end = out.length;
  let reports: ParagraphReports | null = null;
  for (let s = first; s < end; s++) {
    if (out.found[s] === 1) continue;
    // Later in the same sentence: "A" and "B," he said.
    const next = s + 1;
    if (next < end && out.sent[next] === out.sent[s] && out.found[next] === 1) {
      out.inherit(s, next, 'same-sentence', true);
      continue;
    }
    const prev = s - 1;
    if (prev >= first && out.person[prev]! >= 0) {
      if (!mentionsOtherPerson(par, out, prev, s)) {
        const sameSentence = out.sent[prev] === out.sent[s];
        out.inherit(s, prev, sameSentence ? 'same-sentence' : 'paragraph', sameSentence);
      }
      continue;
    }
    // A paragraph ending "… said:" introduces the quote opening the next one.
    if (prev < first && previousPar && OPENS_WITH_QUOTE.test(par.text)) {
      const intro = attributor.introducedBy(previousPar);
      if (intro.found) {
        out.assign(s, intro.person, 'introduced', intro.verb);
        continue;
      }
    }
    const label = attributor.label(par, out.qa[s]!, spans.open[out.span[s]!]!);
    if (label !== null) {
      out.assign(s, label, 'label');
      continue;
    }
    if (statement !== null && prev < first && out.qa[s]! > statement.at && !mentionsOtherPerson(par, out, -1, s, statement.person)) {
      out.assign(s, statement.person, 'statement');
      continue;
    }
    if (spans.continued[out.span[s]!] === 1) continue; // its chain gives it a speaker, if any
    // Reported earlier in this paragraph: "X also said … . "…"".
    // Only a quote standing as a sentence of its own: a fragment inside the reporter's sentence is theirs.
    const qa = out.qa[s]!;
    const opensSentence = qa === 0 || par.tokens[qa - 1]!.sent !== out.sent[s];
    reports ??= new ParagraphReports(par, attributor);
    const reported = opensSentence && out.kind[s] === 'full' ? reports.speakerBefore(qa) : null;
    if (reported !== null && !mentionsOtherPerson(par, out, -1, s, reported)) {
      out.assign(s, reported, 'paragraph-speaker');
      continue;
    }
    // A paragraph that only quotes, right after one that quotes or reports one person.
    if (prev < first && previousPar && previousPar.index === par.index - 1 && OPENS_WITH_QUOTE.test(par.text) && reports.onlyQuotes) {
      const last = first - 1;
      const lastSpeaker = last >= 0 && spans.paragraph[out.span[last]!] === previousPar.index ? out.person[last]! : -1;
      const speaker = lastSpeaker >= 0 ? lastSpeaker : new ParagraphReports(previousPar, attributor).speakerBefore(previousPar.tokens.length);
      if (speaker !== null && speaker >= 0) out.assign(s, speaker, 'paragraph-speaker');
    }
  }
}

const OPENS_WITH_QUOTE = /^\s*["\u201C\u201E\u00AB\u2018]/;

/** Pieces of a multi-paragraph quote share the speaker found for any of them. */
function inheritAcrossParagraphs(kept: KeptQuotes, spans: QuoteSpans): void {
  let chains = 0;
  for (let q = 0; q < spans.length; q++) chains = Math.max(chains, spans.chain[q]! + 1);
  const chainSpeaker = new Int32Array(chains).fill(-1);
  for (let k = 0; k < kept.length; k++) {
    const chain = spans.chain[kept.span[k]!]!;
    if (kept.person[k]! >= 0 && chainSpeaker[chain] === -1) chainSpeaker[chain] = k;
  }
  for (let k = 0; k < kept.length; k++) {
    if (kept.person[k]! >= 0) continue;
    const owner = chainSpeaker[spans.chain[kept.span[k]!]!]!;
    if (owner >= 0 && owner !== k && kept.found[k] === 0) kept.inherit(k, owner, 'continuation', false);
  }
}

/**
 * True when the reporter names someone else between two quotes (a < 0: from
 * the paragraph's start) than quote a's speaker (or `person`).
 */
function mentionsOtherPerson(par: ParagraphModel, kept: KeptQuotes, a: number, b: number, person = kept.person[a]): boolean {
  for (let k = a < 0 ? 0 : kept.qb[a]!; k < kept.qa[b]!; k++) {
    const m = par.mentionsByStart[k];
    if (m && m.person !== null && m.person !== person && m.kind === 'name') return true;
  }
  return false;
}
