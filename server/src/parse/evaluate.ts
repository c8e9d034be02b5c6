/**
 * Pure scoring of parser output against hand-labelled gold files. Used by
 * `npm run eval:parser` and by the unit test that guards the quality targets.
 */
import { normaliseQuotes } from './text';

export interface GoldPerson {
  name: string;
  role: string | null;
}
export interface GoldQuote {
  text: string;
  speaker: string | null;
  kind: 'full' | 'partial';
}
export interface GoldFile {
  style?: string;
  people: GoldPerson[];
  quotes: GoldQuote[];
  relatedLinks: Array<{ title: string; url: string | null }>;
}

export interface PredictedQuote {
  text: string;
  speaker: string | null;
  kind: 'full' | 'partial';
}
export interface Prediction {
  people: Array<{ name: string }>;
  quotes: PredictedQuote[];
  relatedLinks?: Array<{ title: string; url: string | null }>;
}

export interface Counts {
  goldQuotes: number;
  predictedQuotes: number;
  matchedQuotes: number;
  /** Gold quotes with a non-null speaker. */
  attributable: number;
  /** …whose matched prediction names the same speaker. */
  attributedCorrectly: number;
  /** Matched quotes whose kind agrees (reported, no target). */
  kindCorrect: number;
  goldPeople: number;
  predictedPeople: number;
  matchedPeople: number;
  goldLinks: number;
  matchedLinks: number;
}

export interface Scores {
  quotePrecision: number;
  quoteRecall: number;
  quoteF1: number;
  attribution: number;
  peoplePrecision: number;
  peopleRecall: number;
  peopleF1: number;
  kindAccuracy: number;
  linkRecall: number;
}

export interface FileReport {
  counts: Counts;
  scores: Scores;
  missedQuotes: GoldQuote[];
  extraQuotes: PredictedQuote[];
  wrongSpeakers: Array<{ text: string; gold: string | null; predicted: string | null }>;
  missedPeople: string[];
  extraPeople: string[];
}

export const TARGETS = { quoteF1: 0.95, attribution: 0.92, peopleF1: 0.92 } as const;

export const normaliseText = (s: string): string => normaliseQuotes(s).replace(/\s+/g, ' ').trim();

export const normalisePersonName = (s: string): string =>
  normaliseQuotes(s).normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();

const sameSpeaker = (a: string | null, b: string | null): boolean =>
  a === null || b === null ? a === b : normalisePersonName(a) === normalisePersonName(b);

export function scoreFile(gold: GoldFile, predicted: Prediction): FileReport {
  const used = new Array<boolean>(predicted.quotes.length).fill(false);
  const missedQuotes: GoldQuote[] = [];
  const wrongSpeakers: FileReport['wrongSpeakers'] = [];
  let matched = 0;
  let attributable = 0;
  let attributed = 0;
  let kindCorrect = 0;
  for (const g of gold.quotes) {
    let at = predicted.quotes.findIndex((p, i) => !used[i] && p.text === g.text);
    if (at < 0) {
      const ng = normaliseText(g.text);
      at = predicted.quotes.findIndex((p, i) => !used[i] && normaliseText(p.text) === ng);
    }
    if (g.speaker !== null) attributable++;
    if (at < 0) {
      missedQuotes.push(g);
      continue;
    }
    used[at] = true;
    matched++;
    const p = predicted.quotes[at]!;
    if (p.kind === g.kind) kindCorrect++;
    if (g.speaker !== null) {
      if (sameSpeaker(g.speaker, p.speaker)) attributed++;
      else wrongSpeakers.push({ text: g.text, gold: g.speaker, predicted: p.speaker });
    } else if (p.speaker !== null) {
      wrongSpeakers.push({ text: g.text, gold: null, predicted: p.speaker });
    }
  }
  const extraQuotes = predicted.quotes.filter((_, i) => !used[i]);

  const goldNames = new Set(gold.people.map((p) => normalisePersonName(p.name)));
  const predNames = new Set(predicted.people.map((p) => normalisePersonName(p.name)));
  let matchedPeople = 0;
  for (const n of predNames) if (goldNames.has(n)) matchedPeople++;

  const goldLinks = gold.relatedLinks.length;
  let matchedLinks = 0;
  const predLinks = [...(predicted.relatedLinks ?? [])];
  for (const l of gold.relatedLinks) {
    const at = predLinks.findIndex((p) => normaliseText(p.title) === normaliseText(l.title) && p.url === l.url);
    if (at >= 0) {
      predLinks.splice(at, 1);
      matchedLinks++;
    }
  }

  const counts: Counts = {
    goldQuotes: gold.quotes.length,
    predictedQuotes: predicted.quotes.length,
    matchedQuotes: matched,
    attributable,
    attributedCorrectly: attributed,
    kindCorrect,
    goldPeople: goldNames.size,
    predictedPeople: predNames.size,
    matchedPeople,
    goldLinks,
    matchedLinks,
  };
  return {
    counts,
    scores: scoresOf(counts),
    missedQuotes,
    extraQuotes,
    wrongSpeakers,
    missedPeople: [...goldNames].filter((n) => !predNames.has(n)),
    extraPeople: [...predNames].filter((n) => !goldNames.has(n)),
  };
}

const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);
const f1 = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

export function scoresOf(c: Counts): Scores {
  const quotePrecision = ratio(c.matchedQuotes, c.predictedQuotes);
  const quoteRecall = ratio(c.matchedQuotes, c.goldQuotes);
  const peoplePrecision = ratio(c.matchedPeople, c.predictedPeople);
  const peopleRecall = ratio(c.matchedPeople, c.goldPeople);
  return {
    quotePrecision,
    quoteRecall,
    quoteF1: f1(quotePrecision, quoteRecall),
    attribution: ratio(c.attributedCorrectly, c.attributable),
    peoplePrecision,
    peopleRecall,
    peopleF1: f1(peoplePrecision, peopleRecall),
    kindAccuracy: ratio(c.kindCorrect, c.matchedQuotes),
    linkRecall: ratio(c.matchedLinks, c.goldLinks),
  };
}

/** Micro-averaged totals: counts are summed over files before dividing. */
export function sumCounts(all: Counts[]): Counts {
  const total: Counts = {
    goldQuotes: 0,
    predictedQuotes: 0,
    matchedQuotes: 0,
    attributable: 0,
    attributedCorrectly: 0,
    kindCorrect: 0,
    goldPeople: 0,
    predictedPeople: 0,
    matchedPeople: 0,
    goldLinks: 0,
    matchedLinks: 0,
  };
  for (const c of all) for (const k of Object.keys(total) as Array<keyof Counts>) total[k] += c[k];
  return total;
}

export function missedTargets(s: Scores): string[] {
  const out: string[] = [];
  if (s.quoteF1 < TARGETS.quoteF1) out.push(`quote F1 ${s.quoteF1.toFixed(3)} < ${TARGETS.quoteF1}`);
  if (s.attribution < TARGETS.attribution) out.push(`attribution ${s.attribution.toFixed(3)} < ${TARGETS.attribution}`);
  if (s.peopleF1 < TARGETS.peopleF1) out.push(`people F1 ${s.peopleF1.toFixed(3)} < ${TARGETS.peopleF1}`);
  return out;
}

/** The sample document must be perfect on all three metrics. */
export function missedPerfect(s: Scores): string[] {
  const out: string[] = [];
  if (s.quoteF1 < 1) out.push(`quote F1 ${s.quoteF1.toFixed(3)} < 1`);
  if (s.attribution < 1) out.push(`attribution ${s.attribution.toFixed(3)} < 1`);
  if (s.peopleF1 < 1) out.push(`people F1 ${s.peopleF1.toFixed(3)} < 1`);
  return out;
}
