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
  /**
   * For each quote of the paragraph: [first token, one past last token), as
   * paragraph token indices; indexed by document quote index.
   */
  quoteA: Int32Array;
  quoteB: Int32Array;
  /** Filled by the mention resolver: token index → mention starting / ending there. */
  mentionsByStart: Map<number, Mention>;
  mentionsByEnd: Map<number, Mention>;
}

/** Shared by models that never record mentions (the name-finding pass). */
const NO_MENTIONS: Map<number, Mention> = new Map();
const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 16777619;
/** 1 for ASCII letters and digits. */
const ASCII_WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_WORD[c] = isWordCode(c) ? 1 : 0;

/**
 * Distinct word forms of the document, interned straight from the source
 * text (no substring per token): each form carries everything the token
 * model derives from the word alone.
 */
class Vocabulary {
  text: string[] = [];
  lower: string[] = [];
  base: string[] = [];
  /** Bit 1: capitalised; bit 2: ends in 's (possessive by its own letters); bit 4: abbreviation-like. */
  flags: number[] = [];
  private table = new Int32Array(1 << 12).fill(-1);
  private hashes: number[] = [];

  /** Id of src[from, to), whose FNV-1a hash (over UTF-16 code units) is h. */
  internHashed(src: string, from: number, to: number, h: number): number {
    const mask = this.table.length - 1;
    let slot = h & mask;
    const len = to - from;
    for (;;) {
      const id = this.table[slot]!;
      if (id < 0) break;
      if (this.hashes[id] === h) {
        const w = this.text[id]!;
        if (w.length === len) {
          let k = 0;
          while (k < len && w.charCodeAt(k) === src.charCodeAt(from + k)) k++;
          if (k === len) return id;
        }
      }
      slot = (slot + 1) & mask;
    }
    const id = this.text.length;
    this.add(src.slice(from, to), h);
    this.table[slot] = id;
    if (this.text.length * 2 > this.table.length) this.grow();
    return id;
  }

  private add(word: string, h: number): void {
    const len = word.length;
    const lower = word.toLowerCase();
    const cap = isUpperCode(word.charCodeAt(0), word.charAt(0));
    const pc = len > 2 ? word.charCodeAt(len - 2) : 0;
    const possessive = (pc === 39 || pc === 0x2019) && (word.charCodeAt(len - 1) === 115 || word.charCodeAt(len - 1) === 83);
    const abbreviation = ABBREVIATIONS.has(lower) || (len === 1 && cap);
    this.text.push(word);
    this.lower.push(lower);
    this.base.push(possessive ? word.slice(0, len - 2) : word);
    this.flags.push((cap ? 1 : 0) | (possessive ? 2 : 0) | (abbreviation ? 4 : 0));
    this.hashes.push(h);
  }

  private grow(): void {
    const table = new Int32Array(this.table.length * 2).fill(-1);
    const mask = table.length - 1;
    for (let id = 0; id < this.text.length; id++) {
      let slot = this.hashes[id]! & mask;
      while (table[slot]! >= 0) slot = (slot + 1) & mask;
      table[slot] = id;
    }
    this.table = table;
  }
}

/**
 * Every token of the document, tokenised once: flat typed arrays (no object
 * per token survives), shared by both passes of the parser. Paragraph i owns
 * tokens [first[i], first[i + 1]).
 */
export class DocumentTokens {
  readonly vocab = new Vocabulary();
  s: Int32Array;
  e: Int32Array;
  word: Int32Array;
  quote: Int32Array;
  sent: Int32Array;
  /** 1: possessive (by its letters or a bare apostrophe after s). */
  poss: Uint8Array;
  count = 0;
  readonly first: Int32Array;
  /** Per document quote: paragraph-relative token range. */
  readonly quoteA: Int32Array;
  readonly quoteB: Int32Array;

  constructor(
    private readonly source: string,
    private readonly paras: ReadonlyArray<{ text: string; start: number }>,
    private readonly quotes: QuoteSpan[],
    private readonly byParagraph: number[][],
  ) {
    const cap = Math.max(16, Math.ceil(source.length / 6));
    this.s = new Int32Array(cap);
    this.e = new Int32Array(cap);
    this.word = new Int32Array(cap);
    this.quote = new Int32Array(cap);
    this.sent = new Int32Array(cap);
    this.poss = new Uint8Array(cap);
    this.first = new Int32Array(paras.length + 1);
    this.quoteA = new Int32Array(quotes.length);
    this.quoteB = new Int32Array(quotes.length);
    let sentence = 0;
    for (let p = 0; p < paras.length; p++) {
      this.first[p] = this.count;
      this.tokenise(p);
      sentence = this.assignSentences(p, sentence);
    }
    this.first[paras.length] = this.count;
  }

  private grow(): void {
    const n = this.s.length * 2;
    const grow = <A extends Int32Array | Uint8Array>(a: A, b: A): A => {
      b.set(a);
      return b;
    };
    this.s = grow(this.s, new Int32Array(n));
    this.e = grow(this.e, new Int32Array(n));
    this.word = grow(this.word, new Int32Array(n));
    this.quote = grow(this.quote, new Int32Array(n));
    this.sent = grow(this.sent, new Int32Array(n));
    this.poss = grow(this.poss, new Uint8Array(n));
  }

  /**
   * A hand-written scanner (the regex equivalent with \p{L} classes was the
   * parser's hottest spot); the word's hash is computed on the way, so
   * interning it needs no substring.
   */
  private tokenise(p: number): void {
    const src = this.source;
    const para = this.paras[p]!;
    const start = para.start;
    const quoteIndices = this.byParagraph[p]!;
    const nq = quoteIndices.length;
    const quotes = this.quotes;
    const vocab = this.vocab;
    const n = start + para.text.length;
    const first = this.count;
    let qi = 0;
    let qEnd = nq > 0 ? quotes[quoteIndices[0]!]!.end : 0;
    let i = start;
    while (i < n) {
      let c = src.charCodeAt(i);
      if (!(c < 128 ? ASCII_WORD[c] === 1 : isWordCode(c))) {
        i++;
        continue;
      }
      const from = i;
      let h = FNV_OFFSET;
      for (;;) {
        // c is a word character here.
        for (;;) {
          h = Math.imul(h ^ c, FNV_PRIME);
          i++;
          if (i >= n) break;
          c = src.charCodeAt(i);
          if (!(c < 128 ? ASCII_WORD[c] === 1 : isWordCode(c))) break;
        }
        if (i < n && (c === 46 || c === 39 || c === 0x2019 || c === 45) && i + 1 < n) {
          const c2 = src.charCodeAt(i + 1);
          if (c2 < 128 ? ASCII_WORD[c2] === 1 : isWordCode(c2)) {
            h = Math.imul(h ^ c, FNV_PRIME);
            i++;
            c = c2;
            continue;
          }
        }
        break;
      }
      while (qi < nq && qEnd <= from) {
        qi++;
        if (qi < nq) qEnd = quotes[quoteIndices[qi]!]!.end;
      }
      let quote = -1;
      if (qi < nq) {
        const q = quotes[quoteIndices[qi]!]!;
        if (q.start <= from && i <= q.end) quote = quoteIndices[qi]!;
      }
      const id = vocab.internHashed(src, from, i, h);
      const f = vocab.flags[id]!;
      let possessive = (f & 2) !== 0;
      if (!possessive && (f & 1) !== 0 && i < n) {
        // "Jones'": a bare apostrophe after a capitalised word ending in s.
        const after = src.charCodeAt(i);
        if ((after === 39 || after === 0x2019) && src.charCodeAt(i - 1) === 115 && !(i + 1 < n && isWordCode(src.charCodeAt(i + 1)))) possessive = true;
      }
      if (this.count === this.s.length) this.grow();
      const k = this.count++;
      this.s[k] = from;
      this.e[k] = i;
      this.word[k] = id;
      this.quote[k] = quote;
      this.sent[k] = 0;
      this.poss[k] = possessive ? 1 : 0;
    }
    const last = this.count;
    for (const q of quoteIndices) this.quoteA[q] = -1;
    for (let k = first; k < last; k++) {
      const q = this.quote[k]!;
      if (q >= 0) {
        if (this.quoteA[q] === -1) this.quoteA[q] = k - first;
        this.quoteB[q] = k - first + 1;
      }
    }
    // Quotes without any word still need a position for context look-ups.
    for (const q of quoteIndices) {
      if (this.quoteA[q] === -1) {
        const qs = quotes[q]!.start;
        let k = first;
        while (k < last && this.s[k]! < qs) k++;
        this.quoteA[q] = k - first;
        this.quoteB[q] = k - first;
      }
    }
  }

  private assignSentences(p: number, counter: number): number {
    const from = this.first[p]!;
    const to = this.count;
    if (from === to) return counter;
    let id = ++counter;
    this.sent[from] = id;
    for (let k = from + 1; k < to; k++) {
      const qa = this.quote[k - 1]!;
      if (!(qa >= 0 && qa === this.quote[k]) && this.isBoundary(k - 1, k)) id = ++counter;
      this.sent[k] = id;
    }
    return counter;
  }

  private isBoundary(a: number, b: number): boolean {
    const src = this.source;
    const from = this.e[a]!;
    const to = this.s[b]!;
    let stop = -1;
    for (let i = from; i < to; i++) {
      const c = src.charCodeAt(i);
      if (c === 46 || c === 33 || c === 63 || c === 0x2026) {
        stop = i - from;
        break;
      }
    }
    if (stop < 0) return false;
    const v = this.vocab;
    const bw = v.text[this.word[b]!]!;
    const d = bw.charCodeAt(0);
    const bDigit = d >= 48 && d <= 57;
    // "No. 5" abbreviates "number"; "said no." ends a sentence.
    if (stop === 0 && (v.flags[this.word[a]!]! & 4) !== 0 && (v.lower[this.word[a]!] !== 'no' || bDigit)) return false;
    const opensQuote = this.quote[b]! >= 0 && this.quote[b] !== this.quote[a];
    return opensQuote || (v.flags[this.word[b]!]! & 1) !== 0 || bDigit;
  }

  /**
   * Two pools of token objects, used for alternate paragraphs: a model stays
   * valid while the next paragraph is processed (the parser looks back one
   * paragraph), and no object is allocated per token per pass.
   */
  private readonly pools: Token[][] = [[], []];
  /** The token arrays handed out, reused the same way (same validity rule). */
  private readonly arrays: Token[][] = [[], []];

  /**
   * The paragraph's tokens as objects, filled from the flat arrays (no string
   * work). Only valid until model(index + 2) is built: callers must not keep
   * tokens beyond that.
   */
  model(index: number, withMentions = true): ParagraphModel {
    const { text, start } = this.paras[index]!;
    const from = this.first[index]!;
    const to = this.first[index + 1]!;
    const v = this.vocab;
    const pool = this.pools[index & 1]!;
    while (pool.length < to - from) pool.push({ s: 0, e: 0, text: '', lower: '', quote: -1, sent: 0, cap: false, possessive: false, base: '' });
    const tokens = this.arrays[index & 1]!;
    if (tokens.length > to - from) tokens.length = to - from;
    for (let k = from; k < to; k++) {
      const w = this.word[k]!;
      const t = pool[k - from]!;
      t.s = this.s[k]!;
      t.e = this.e[k]!;
      t.text = v.text[w]!;
      t.lower = v.lower[w]!;
      t.quote = this.quote[k]!;
      t.sent = this.sent[k]!;
      t.cap = (v.flags[w]! & 1) !== 0;
      t.possessive = this.poss[k] === 1;
      t.base = v.base[w]!;
      tokens[k - from] = t;
    }
    return {
      index,
      start,
      text,
      tokens,
      quotes: this.byParagraph[index]!,
      quoteA: this.quoteA,
      quoteB: this.quoteB,
      mentionsByStart: withMentions ? new Map() : NO_MENTIONS,
      mentionsByEnd: withMentions ? new Map() : NO_MENTIONS,
    };
  }
}
