/**
 * Pure scoring of parser output against hand-labelled gold files. Used by
 * `npm run eval:parser` and by the unit tests that guard the quality targets.
 * No I/O here: corpus.ts reads the files.
 */
import { foldText, normaliseQuotes } from '../../server/src/parse/text';

export interface GoldPerson {
  name: string;
  role: string | null;
  aliases?: string[];
}
export interface GoldQuote {
  text: string;
  speaker: string | null;
  kind: 'full' | 'partial';
}
export interface GoldLink {
  title: string;
  url: string | null;
}
export interface GoldFile {
  people: GoldPerson[];
  quotes: GoldQuote[];
  relatedLinks: GoldLink[];
  /** Subheadings; undefined when the file's labels do not cover them (the synthetic fixtures). */
  sections?: string[];
}

export interface PredictedQuote {
  text: string;
  speaker: string | null;
  kind: 'full' | 'partial';
}
export interface Prediction {
  people: Array<{ name: string; role?: string | null }>;
  quotes: PredictedQuote[];
  relatedLinks?: GoldLink[];
  sections?: Array<{ heading: string | null }>;
}

export interface Counts {
  goldQuotes: number;
  predictedQuotes: number;
  matchedQuotes: number;
  /** Gold quotes with a non-null speaker. */
  attributable: number;
  /** …whose matched prediction names the same speaker. */
  attributedCorrectly: number;
  /** Matched quotes given a speaker by the parser. */
  speakersNamed: number;
  /** …that name the gold speaker. */
  speakersRight: number;
  kindCorrect: number;
  goldPeople: number;
  predictedPeople: number;
  matchedPeople: number;
  /** Matched people whose gold role is known. */
  rolesGold: number;
  /** …whose predicted role matches it (see roleMatches). */
  rolesFound: number;
  goldSections: number;
  predictedSections: number;
  matchedSections: number;
  goldLinks: number;
  predictedLinks: number;
  matchedLinks: number;
}

export interface Scores {
  quotePrecision: number;
  quoteRecall: number;
  quoteF1: number;
  attribution: number;
  attributionPrecision: number;
  peoplePrecision: number;
  peopleRecall: number;
  peopleF1: number;
  roles: number;
  sectionsF1: number;
  linksF1: number;
  kindAccuracy: number;
}

export interface FileReport {
  counts: Counts;
  scores: Scores;
  missedQuotes: GoldQuote[];
  extraQuotes: PredictedQuote[];
  wrongSpeakers: Array<{ text: string; gold: string | null; predicted: string | null }>;
  wrongKinds: Array<{ text: string; gold: 'full' | 'partial' }>;
  missedPeople: string[];
  extraPeople: string[];
  missedRoles: Array<{ name: string; gold: string; predicted: string | null }>;
  missedSections: string[];
  extraSections: string[];
  missedLinks: string[];
  extraLinks: string[];
}

export const normaliseText = (s: string): string => normaliseQuotes(s).replace(/\s+/g, ' ').trim();

export const normalisePersonName = (s: string): string =>
  normaliseQuotes(s).normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();

const foldWords = (s: string): string[] =>
  foldText(s)
    .replace(/\([^)]*\)/g, ' ')
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0);

const ROLE_FILLER = new Set(['a', 'an', 'the', 'of', 'for', 'at', 'in', 'on', 'and', 'to', 's']);

/**
 * A predicted role matches the gold one when, after folding case, accents and
 * punctuation, dropping parenthesised notes (unless the role is nothing else)
 * and filler words, at least half of the predicted role's words appear in the
 * gold role. Gold roles are often
 * longer descriptions ("Spc.; 49th Public Affairs Detachment") of which the
 * parser finds one part (the rank, or the unit): that counts, while a role
 * sharing nothing with the gold one does not.
 */
export function roleMatches(predicted: string | null, gold: string): boolean {
  if (predicted === null) return false;
  let want = new Set(foldWords(gold).filter((w) => !ROLE_FILLER.has(w)));
  // A role that is only a note ("(story author)") is that note.
  if (want.size === 0) want = new Set(foldWords(gold.replace(/[()]/g, ' ')).filter((w) => !ROLE_FILLER.has(w)));
  const got = foldWords(predicted).filter((w) => !ROLE_FILLER.has(w));
  if (got.length === 0) return false;
  const shared = got.filter((w) => want.has(w)).length;
  return shared * 2 >= got.length;
}

/** Keys a person answers to: the gold name and every alias, normalised. */
const personKeys = (p: GoldPerson): string[] => [p.name, ...(p.aliases ?? [])].map(normalisePersonName);

export function scoreFile(gold: GoldFile, predicted: Prediction): FileReport {
  const quotes = scoreQuotes(gold, predicted);
  const people = scorePeople(gold, predicted);
  const sections = scoreSections(gold, predicted);
  const links = scoreLinks(gold, predicted);
  const counts: Counts = { ...quotes.counts, ...people.counts, ...sections.counts, ...links.counts };
  return {
    counts,
    scores: scoresOf(counts),
    missedQuotes: quotes.missed,
    extraQuotes: quotes.extra,
    wrongSpeakers: quotes.wrong,
    wrongKinds: quotes.wrongKinds,
    missedPeople: people.missed,
    extraPeople: people.extra,
    missedRoles: people.missedRoles,
    missedSections: sections.missed,
    extraSections: sections.extra,
    missedLinks: links.missed,
    extraLinks: links.extra,
  };
}

/**
 * A speaker is right when it names the gold speaker by name or by one of the
 * gold aliases of that person.
 */
function sameSpeaker(gold: GoldFile, g: string | null, p: string | null): boolean {
  if (g === null || p === null) return g === p;
  const np = normalisePersonName(p);
  if (normalisePersonName(g) === np) return true;
  const person = gold.people.find((x) => normalisePersonName(x.name) === normalisePersonName(g));
  return person !== undefined && personKeys(person).includes(np);
}

function scoreQuotes(gold: GoldFile, predicted: Prediction) {
  const used = new Array<boolean>(predicted.quotes.length).fill(false);
  const missed: GoldQuote[] = [];
  const wrong: FileReport['wrongSpeakers'] = [];
  const wrongKinds: FileReport['wrongKinds'] = [];
  let matched = 0;
  let attributable = 0;
  let attributed = 0;
  let named = 0;
  let right = 0;
  let kindCorrect = 0;
  for (const g of gold.quotes) {
    let at = predicted.quotes.findIndex((p, i) => !used[i] && p.text === g.text);
    if (at < 0) {
      const ng = normaliseText(g.text);
      at = predicted.quotes.findIndex((p, i) => !used[i] && normaliseText(p.text) === ng);
    }
    if (g.speaker !== null) attributable++;
    if (at < 0) {
      missed.push(g);
      continue;
    }
    used[at] = true;
    matched++;
    const p = predicted.quotes[at]!;
    if (p.kind === g.kind) kindCorrect++;
    else wrongKinds.push({ text: g.text, gold: g.kind });
    const same = sameSpeaker(gold, g.speaker, p.speaker);
    if (p.speaker !== null) {
      named++;
      if (same) right++;
    }
    if (g.speaker !== null && same) attributed++;
    if (!same) wrong.push({ text: g.text, gold: g.speaker, predicted: p.speaker });
  }
  return {
    counts: {
      goldQuotes: gold.quotes.length,
      predictedQuotes: predicted.quotes.length,
      matchedQuotes: matched,
      attributable,
      attributedCorrectly: attributed,
      speakersNamed: named,
      speakersRight: right,
      kindCorrect,
    },
    missed,
    extra: predicted.quotes.filter((_, i) => !used[i]),
    wrong,
    wrongKinds,
  };
}

/**
 * One-to-one: a predicted person matches the gold person whose name or alias
 * it carries, and each gold person is matched at most once (a second
 * prediction for the same person is an extra).
 */
function scorePeople(gold: GoldFile, predicted: Prediction) {
  const taken = new Array<boolean>(gold.people.length).fill(false);
  const extra: string[] = [];
  const missedRoles: FileReport['missedRoles'] = [];
  let matched = 0;
  let rolesGold = 0;
  let rolesFound = 0;
  const seen = new Set<string>();
  const preds = predicted.people.filter((p) => {
    const n = normalisePersonName(p.name);
    if (seen.has(n)) return false;
    seen.add(n);
    return true;
  });
  const byName = (n: string): number => gold.people.findIndex((g, i) => !taken[i] && normalisePersonName(g.name) === n);
  const byAlias = (n: string): number => gold.people.findIndex((g, i) => !taken[i] && personKeys(g).includes(n));
  // Exact names first, so an alias never steals a person another prediction names in full.
  const match = new Array<number>(preds.length).fill(-1);
  preds.forEach((p, i) => {
    const at = byName(normalisePersonName(p.name));
    if (at >= 0) (taken[at] = true), (match[i] = at);
  });
  preds.forEach((p, i) => {
    if (match[i]! >= 0) return;
    const at = byAlias(normalisePersonName(p.name));
    if (at >= 0) (taken[at] = true), (match[i] = at);
  });
  preds.forEach((p, i) => {
    const at = match[i]!;
    if (at < 0) {
      extra.push(p.name);
      return;
    }
    matched++;
    const g = gold.people[at]!;
    if (g.role === null || g.role.trim() === '') return;
    rolesGold++;
    if (roleMatches(p.role ?? null, g.role)) rolesFound++;
    else missedRoles.push({ name: g.name, gold: g.role, predicted: p.role ?? null });
  });
  return {
    counts: { goldPeople: gold.people.length, predictedPeople: preds.length, matchedPeople: matched, rolesGold, rolesFound },
    missed: gold.people.filter((_, i) => !taken[i]).map((g) => g.name),
    extra,
    missedRoles,
  };
}

function scoreSections(gold: GoldFile, predicted: Prediction) {
  if (gold.sections === undefined) {
    return { counts: { goldSections: 0, predictedSections: 0, matchedSections: 0 }, missed: [], extra: [] };
  }
  const pred = (predicted.sections ?? []).flatMap((s) => (s.heading === null ? [] : [s.heading]));
  const { matched, missed, extra } = matchStrings(gold.sections, pred);
  return { counts: { goldSections: gold.sections.length, predictedSections: pred.length, matchedSections: matched }, missed, extra };
}

function scoreLinks(gold: GoldFile, predicted: Prediction) {
  const key = (l: GoldLink): string => `${normaliseText(l.title)}\u0000${l.url ?? ''}`;
  const pred = predicted.relatedLinks ?? [];
  const { matched, missed, extra } = matchStrings(gold.relatedLinks.map(key), pred.map(key));
  const show = (k: string): string => k.replace('\u0000', ' <') + '>';
  return {
    counts: { goldLinks: gold.relatedLinks.length, predictedLinks: pred.length, matchedLinks: matched },
    missed: missed.map(show),
    extra: extra.map(show),
  };
}

function matchStrings(gold: string[], predicted: string[]): { matched: number; missed: string[]; extra: string[] } {
  const left = predicted.map(normaliseText);
  const missed: string[] = [];
  let matched = 0;
  for (const g of gold) {
    const at = left.indexOf(normaliseText(g));
    if (at < 0) missed.push(g);
    else {
      left.splice(at, 1);
      matched++;
    }
  }
  return { matched, missed, extra: left };
}

const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);
const f1 = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r));
const f1Of = (matched: number, predicted: number, gold: number): number => f1(ratio(matched, predicted), ratio(matched, gold));

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
    attributionPrecision: ratio(c.speakersRight, c.speakersNamed),
    peoplePrecision,
    peopleRecall,
    peopleF1: f1(peoplePrecision, peopleRecall),
    roles: ratio(c.rolesFound, c.rolesGold),
    sectionsF1: f1Of(c.matchedSections, c.predictedSections, c.goldSections),
    linksF1: f1Of(c.matchedLinks, c.predictedLinks, c.goldLinks),
    kindAccuracy: ratio(c.kindCorrect, c.matchedQuotes),
  };
}

/** Micro-averaged totals: counts are summed over files before dividing. */
export function sumCounts(all: Counts[]): Counts {
  const total: Counts = { ...ZERO };
  for (const c of all) for (const k of Object.keys(total) as Array<keyof Counts>) total[k] += c[k];
  return total;
}

const ZERO: Counts = {
  goldQuotes: 0,
  predictedQuotes: 0,
  matchedQuotes: 0,
  attributable: 0,
  attributedCorrectly: 0,
  speakersNamed: 0,
  speakersRight: 0,
  kindCorrect: 0,
  goldPeople: 0,
  predictedPeople: 0,
  matchedPeople: 0,
  rolesGold: 0,
  rolesFound: 0,
  goldSections: 0,
  predictedSections: 0,
  matchedSections: 0,
  goldLinks: 0,
  predictedLinks: 0,
  matchedLinks: 0,
};
