/**
 * Where a sentence ends: one rule and one list of abbreviations, read word by
 * word by the tokeniser (sentence numbers) and character by character here
 * for derived titles and a quote's context.
 */
import { isUpperCode, isWordCode, isWordJoiner } from './chars';

/** Abbreviations that end with a period but do not end a sentence. */
const ABBREVIATIONS: ReadonlySet<string> = new Set(
  `mr mrs ms dr prof st gen lt col sgt capt sen rep gov jr sr inc co corp ltd no vs
  jan feb mar apr jun jul aug sep sept oct nov dec mt ft ave rd blvd dept est approx
  u.s u.k e.g i.e a.m p.m u.n fig vol ch pp op cf al rev fr hon pres maj cmdr adm
  spc pfc pvt cpt brig tech cwo sfc ens cpl insp supt det amb atty`.split(/\s+/),
);

/** A word a following period may not end the sentence after: an abbreviation or a single capital ("J. Bloggs"). */
export const isAbbreviation = (lower: string, length: number, cap: boolean): boolean => ABBREVIATIONS.has(lower) || (length === 1 && cap);

/** A word as the sentence rule reads it. */
export interface SentenceWord {
  readonly text: string;
  readonly lower: string;
  readonly cap: boolean;
  /** See isAbbreviation. */
  readonly abbreviation: boolean;
}

/**
 * Does word b open a new sentence after word a, given a . ! ? or … at offset
 * `stop` of the gap between them? `opensQuote`: b opens a quote that a is not in.
 */
export function opensSentence(stop: number, a: SentenceWord, b: SentenceWord, opensQuote: boolean): boolean {
  const d = b.text.charCodeAt(0);
  const bDigit = d >= 48 && d <= 57;
  // "No. 5" abbreviates "number"; "said no." ends a sentence.
  if (stop === 0 && a.abbreviation && (a.lower !== 'no' || bDigit)) return false;
  return opensQuote || b.cap || bDigit;
}

/** A sentence end found in a text: the stop's offset, and where the next sentence's text starts. */
export interface SentenceBreak {
  stop: number;
  next: number;
}

const isStop = (c: number): boolean => c === 46 || c === 33 || c === 63 || c === 0x2026;
const isCloser = (c: number): boolean => c === 34 || c === 0x201d || c === 0x2019 || c === 39 || c === 41 || c === 93;
const isOpeningMark = (c: number): boolean => c === 0x201c || c === 0x201e || c === 0xab || c === 0x2018;

/** The end of the word starting at i, joined across inner dots, apostrophes and hyphens as the tokeniser joins it. */
export function wordEnd(text: string, i: number): number {
  const n = text.length;
  for (;;) {
    while (i < n && isWordCode(text.charCodeAt(i))) i++;
    if (i + 1 < n && isWordJoiner(text.charCodeAt(i)) && isWordCode(text.charCodeAt(i + 1))) i++;
    else return i;
  }
}

function wordAt(text: string, from: number, to: number): SentenceWord {
  const word = text.slice(from, to);
  const lower = word.toLowerCase();
  const cap = isUpperCode(word.charCodeAt(0), word.charAt(0));
  return { text: word, lower, cap, abbreviation: isAbbreviation(lower, word.length, cap) };
}

/** The word at `from` opens a quote: an opening mark right before it, or a straight one after a blank. */
function opensQuoteAt(text: string, from: number): boolean {
  const c = from > 0 ? text.charCodeAt(from - 1) : -1;
  if (isOpeningMark(c)) return true;
  return c === 34 && (from < 2 || /\s/.test(text.charAt(from - 2)));
}

/** Where the next sentence's text starts after the stop at `stop`: past closing marks and blanks. */
function nextStart(text: string, stop: number, limit: number): number {
  let i = stop + 1;
  while (i < limit && (isStop(text.charCodeAt(i)) || isCloser(text.charCodeAt(i)))) i++;
  while (i < limit && /\s/.test(text.charAt(i))) i++;
  return i;
}

/** The sentence ends of a text in order (at most `limit`), by opensSentence. */
export function sentenceBreaks(text: string, limit = Infinity): SentenceBreak[] {
  const breaks: SentenceBreak[] = [];
  let prev: SentenceWord | null = null;
  let prevEnd = 0;
  let i = 0;
  while (i < text.length && breaks.length < limit) {
    if (!isWordCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const from = i;
    i = wordEnd(text, i);
    const word = wordAt(text, from, i);
    let stop = prevEnd;
    while (stop < from && !isStop(text.charCodeAt(stop))) stop++;
    if (prev !== null && stop < from && opensSentence(stop - prevEnd, prev, word, opensQuoteAt(text, from))) {
      breaks.push({ stop, next: nextStart(text, stop, from) });
    }
    prev = word;
    prevEnd = i;
  }
  return breaks;
}
