import { ABBREVIATIONS } from './lexicon';
import type { QuoteSpan } from './quotes';
import type { Mention } from './mentions';
import { isUpperCode, isWordCode } from './text';

export interface Token {
  /** Absolute offsets in the source. */
  s: number;
  e: number;
  text: string;
  lower: string;
  /** Index of the quote (in the document's quote list) the token lies in, or -1 for prose. */
  quote: number;
  /** Sentence number, unique over the document; a quote never splits a reporter's sentence. */
  sent: number;
  cap: boolean;
  possessive: boolean;
  /** The word without a possessive ending. */
  base: string;
}

export interface ParagraphModel {
  index: number;
  start: number;
  text: string;
  tokens: Token[];
  /** Indices into the document quote list, in order. */
  quotes: number[];
  /** For each quote of the paragraph: [first token, one past last token). */
  quoteTokens: Map<number, [number, number]>;
  /** Filled by the mention resolver: token index → mention starting / ending there. */
  mentionsByStart: Map<number, Mention>;
  mentionsByEnd: Map<number, Mention>;
}

let sentenceCounter = 0;

/** Resets sentence numbering so equal inputs give equal models. */
export function resetSentenceCounter(): void {
  sentenceCounter = 0;
}

/**
 * Tokenises one paragraph and assigns sentence numbers in a single pass, so
 * every later step can look sentences up instead of re-scanning text.
 */
export function buildParagraphModel(
  index: number,
  start: number,
  text: string,
  quotes: QuoteSpan[],
  quoteIndices: number[],
  withSentences = true,
): ParagraphModel {
  const tokens: Token[] = [];
  const quoteTokens = new Map<number, [number, number]>();
  let qi = 0;
  const n = text.length;
  let i = 0;
  // A hand-written scanner: the regex equivalent with \p{L} classes was the
  // parser's hottest spot.
  while (i < n) {
    if (!isWordCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const from = i;
    i++;
    for (;;) {
      while (i < n && isWordCode(text.charCodeAt(i))) i++;
      const d = text.charCodeAt(i);
      if ((d === 46 || d === 39 || d === 0x2019 || d === 45) && i + 1 < n && isWordCode(text.charCodeAt(i + 1))) {
        i += 2;
        continue;
      }
      break;
    }
    const s = start + from;
    const e = start + i;
    while (qi < quoteIndices.length && quotes[quoteIndices[qi]!]!.end <= s) qi++;
    let quote = -1;
    if (qi < quoteIndices.length) {
      const q = quotes[quoteIndices[qi]!]!;
      if (q.start <= s && e <= q.end) quote = quoteIndices[qi]!;
    }
    const word = text.slice(from, i);
    const len = word.length;
    const c0 = word.charCodeAt(0);
    const cap = isUpperCode(c0, word.charAt(0));
    const pc = len > 2 ? word.charCodeAt(len - 2) : 0;
    let possessive = (pc === 39 || pc === 0x2019) && (word.charCodeAt(len - 1) === 115 || word.charCodeAt(len - 1) === 83);
    const base = possessive ? word.slice(0, len - 2) : word;
    if (!possessive && cap) {
      // "Jones'": a bare apostrophe after a capitalised word ending in s.
      const after = text.charCodeAt(i);
      if ((after === 39 || after === 0x2019) && (word.charCodeAt(len - 1) === 115) && !isWordCode(text.charCodeAt(i + 1))) possessive = true;
    }
    tokens.push({ s, e, text: word, lower: word.toLowerCase(), quote, sent: 0, cap, possessive, base });
  }
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.quote >= 0) {
      const r = quoteTokens.get(t.quote);
      if (r) r[1] = k + 1;
      else quoteTokens.set(t.quote, [k, k + 1]);
    }
  }
  // Quotes without any word still need a position for context look-ups.
  for (const qIdx of quoteIndices) {
    if (!quoteTokens.has(qIdx)) {
      const q = quotes[qIdx]!;
      let k = 0;
      while (k < tokens.length && tokens[k]!.s < q.start) k++;
      quoteTokens.set(qIdx, [k, k]);
    }
  }
  if (withSentences) assignSentences(tokens, text, start);
  return { index, start, text, tokens, quotes: quoteIndices, quoteTokens, mentionsByStart: new Map(), mentionsByEnd: new Map() };
}

function assignSentences(tokens: Token[], text: string, base: number): void {
  if (tokens.length === 0) return;
  let id = ++sentenceCounter;
  tokens[0]!.sent = id;
  for (let k = 1; k < tokens.length; k++) {
    const a = tokens[k - 1]!;
    const b = tokens[k]!;
    if (!(a.quote >= 0 && a.quote === b.quote) && isBoundary(a, b, text, a.e - base, b.s - base)) id = ++sentenceCounter;
    b.sent = id;
  }
}

function isBoundary(a: Token, b: Token, text: string, from: number, to: number): boolean {
  let stop = -1;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 46 || c === 33 || c === 63 || c === 0x2026) {
      stop = i - from;
      break;
    }
  }
  if (stop < 0) return false;
  // "No. 5" abbreviates "number"; "said no." ends a sentence.
  if (stop === 0 && text.charCodeAt(from) === 46 && isAbbreviation(a) && (a.lower !== 'no' || /^\d/.test(b.text))) return false;
  const opensQuote = b.quote >= 0 && b.quote !== a.quote;
  const d = b.text.charCodeAt(0);
  return opensQuote || b.cap || (d >= 48 && d <= 57);
}

function isAbbreviation(t: Token): boolean {
  return ABBREVIATIONS.has(t.lower) || (t.text.length === 1 && t.cap);
}
