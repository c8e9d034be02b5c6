import { ABBREVIATIONS } from './lexicon';
import type { QuoteSpans } from './quotes';
import type { Mention } from './mentions';
import { isUpperCode, isWordCode } from './text';

export interface Token {
  /** Absolute offsets in the source. */
  s: number;
  e: number;
  /** Id of the word form in the document's vocabulary. */
  word: number;
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
  /** base in lower case. */
  baseLower: string;
}

export interface ParagraphModel {
  index: number;
  start: number;
  text: string;
  tokens: Token[];
  /** The paragraph's quotes: document quote indices [quoteFrom, quoteTo). */
  quoteFrom: number;
  quoteTo: number;
  /**
   * For each quote of the paragraph: [first token, one past last token), as
   * paragraph token indices; indexed by document quote index.
   */
  quoteA: Int32Array;
  quoteB: Int32Array;
  /** Filled by the mention resolver: token index → mention starting / ending there. */
  mentionsByStart: Array<Mention | undefined>;
  mentionsByEnd: Array<Mention | undefined>;
}

/** Shared by models that never record mentions (the name-finding pass). */
const NO_MENTIONS: ReadonlyArray<Mention | undefined> = [];
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
  baseLower: string[] = [];
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
    this.baseLower.push(possessive ? word.slice(0, len - 2).toLowerCase() : lower);
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
 * Tokenises paragraphs on demand, straight into pooled token objects. There
 * is no document-wide token store: a whole-text store (tens of MB of typed
 * arrays for a large text) cost more in fresh memory than tokenising each
 * paragraph once per pass does. Words are interned once for the document, so
 * the second pass only hashes and compares.
 */
export class DocumentTokens {
  readonly vocab = new Vocabulary();
  /** Per document quote: paragraph-relative token range. */
  readonly quoteA: Int32Array;
  readonly quoteB: Int32Array;
  /**
   * Sentence numbers are unique over the document: paragraph i numbers its
   * sentences after sentBase[i]. Known for paragraphs [0, sentKnown].
   */
  private readonly sentBase: Int32Array;
  private sentKnown = 0;

  constructor(
    private readonly source: string,
    private readonly paras: ReadonlyArray<{ text: string; start: number }>,
    private readonly quotes: QuoteSpans,
    /** Paragraph i owns quotes [quoteFirst[i], quoteFirst[i + 1]). */
    private readonly quoteFirst: Int32Array,
  ) {
    this.quoteA = new Int32Array(quotes.length);
    this.quoteB = new Int32Array(quotes.length);
    this.sentBase = new Int32Array(paras.length + 1);
  }

  /**
   * Two pools of token objects, used for alternate paragraphs: a model stays
   * valid while the next paragraph is processed (the parser looks back one
   * paragraph), and no object is allocated per token per pass.
   */
  private readonly pools: Token[][] = [[], []];
  /** Mention slots per token, reused the same way; never shortened (see emptySlots). */
  private readonly starts: Array<Array<Mention | undefined>> = [[], []];
  private readonly ends: Array<Array<Mention | undefined>> = [[], []];
  /** How many leading slots of each pair may hold a mention from the last use. */
  private readonly slotsUsed = new Int32Array(2);

  /**
   * A hand-written scanner (the regex equivalent with \p{L} classes was the
   * parser's hottest spot); the word's hash is computed on the way, so
   * interning it needs no substring. Tokens come from the pool; the array
   * is new per call (reusing one meant shrinking it per paragraph, slower).
   */
  private tokenise(p: number, pool: Token[]): Token[] {
    const tokens: Token[] = [];
    const src = this.source;
    const para = this.paras[p]!;
    const start = para.start;
    const q0 = this.quoteFirst[p]!;
    const q1 = this.quoteFirst[p + 1]!;
    const quotes = this.quotes;
    const vocab = this.vocab;
    const n = start + para.text.length;
    let count = 0;
    let qi = q0;
    const qStart = quotes.start;
    const qEnds = quotes.end;
    let qEnd = q0 < q1 ? qEnds[q0]! : 0;
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
      while (qi < q1 && qEnd <= from) {
        qi++;
        if (qi < q1) qEnd = qEnds[qi]!;
      }
      let quote = -1;
      if (qi < q1) {
        if (qStart[qi]! <= from && i <= qEnds[qi]!) quote = qi;
      }
      const id = vocab.internHashed(src, from, i, h);
      const f = vocab.flags[id]!;
      let possessive = (f & 2) !== 0;
      if (!possessive && (f & 1) !== 0 && i < n) {
        // "Jones'": a bare apostrophe after a capitalised word ending in s.
        const after = src.charCodeAt(i);
        if ((after === 39 || after === 0x2019) && src.charCodeAt(i - 1) === 115 && !(i + 1 < n && isWordCode(src.charCodeAt(i + 1)))) possessive = true;
      }
      if (count === pool.length) pool.push(newToken());
      const t = pool[count]!;
      t.s = from;
      t.e = i;
      t.word = id;
      t.text = vocab.text[id]!;
      t.lower = vocab.lower[id]!;
      t.base = vocab.base[id]!;
      t.baseLower = vocab.baseLower[id]!;
      t.cap = (f & 1) !== 0;
      t.possessive = possessive;
      t.quote = quote;
      t.sent = 0;
      tokens.push(t);
      count++;
    }
    const quoteA = this.quoteA;
    const quoteB = this.quoteB;
    for (let q = q0; q < q1; q++) quoteA[q] = -1;
    for (let k = 0; k < count; k++) {
      const q = tokens[k]!.quote;
      if (q >= 0) {
        if (quoteA[q] === -1) quoteA[q] = k;
        quoteB[q] = k + 1;
      }
    }
    // Quotes without any word still need a position for context look-ups.
    for (let q = q0; q < q1; q++) {
      if (quoteA[q] === -1) {
        const qs = qStart[q]!;
        let k = 0;
        while (k < count && tokens[k]!.s < qs) k++;
        quoteA[q] = k;
        quoteB[q] = k;
      }
    }
    return tokens;
  }

  /** Numbers the sentences of a tokenised paragraph after `counter`; returns the last number used. */
  private assignSentences(tokens: Token[], counter: number): number {
    const to = tokens.length;
    if (to === 0) return counter;
    let id = ++counter;
    tokens[0]!.sent = id;
    for (let k = 1; k < to; k++) {
      const a = tokens[k - 1]!;
      const b = tokens[k]!;
      if (!(a.quote >= 0 && a.quote === b.quote) && this.isBoundary(a, b)) id = ++counter;
      b.sent = id;
    }
    return counter;
  }

  private isBoundary(a: Token, b: Token): boolean {
    const src = this.source;
    const from = a.e;
    const to = b.s;
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
    const d = b.text.charCodeAt(0);
    const bDigit = d >= 48 && d <= 57;
    // "No. 5" abbreviates "number"; "said no." ends a sentence.
    if (stop === 0 && (v.flags[a.word]! & 4) !== 0 && (a.lower !== 'no' || bDigit)) return false;
    const opensQuote = b.quote >= 0 && b.quote !== a.quote;
    return opensQuote || b.cap || bDigit;
  }

  /**
   * The paragraph's tokens as objects. Only valid until model(index + 2) is
   * built: callers must not keep tokens beyond that.
   */
  model(index: number, withMentions = true): ParagraphModel {
    const { text, start } = this.paras[index]!;
    // Sentence numbering needs every earlier paragraph counted once.
    while (this.sentKnown < index) {
      const p = this.sentKnown;
      const tokens = this.tokenise(p, this.pools[p & 1]!);
      this.sentBase[p + 1] = this.assignSentences(tokens, this.sentBase[p]!);
      this.sentKnown = p + 1;
    }
    const tokens = this.tokenise(index, this.pools[index & 1]!);
    const last = this.assignSentences(tokens, this.sentBase[index]!);
    if (this.sentKnown === index) {
      this.sentBase[index + 1] = last;
      this.sentKnown = index + 1;
    }
    let starts = NO_MENTIONS as Array<Mention | undefined>;
    let ends = starts;
    if (withMentions) {
      const b = index & 1;
      starts = emptySlots(this.starts[b]!, this.slotsUsed[b]!, tokens.length);
      ends = emptySlots(this.ends[b]!, this.slotsUsed[b]!, tokens.length);
      this.slotsUsed[b] = tokens.length;
    }
    return {
      index,
      start,
      text,
      tokens,
      quoteFrom: this.quoteFirst[index]!,
      quoteTo: this.quoteFirst[index + 1]!,
      quoteA: this.quoteA,
      quoteB: this.quoteB,
      mentionsByStart: starts,
      mentionsByEnd: ends,
    };
  }
}

/**
 * `slots` with every entry empty and at least `n` of them. Mentions are only
 * written below the paragraph's token count, so clearing the `used` slots of
 * the last use suffices; the array is never shortened (shrinking and growing
 * it again per paragraph reallocated its storage).
 */
function emptySlots(slots: Array<Mention | undefined>, used: number, n: number): Array<Mention | undefined> {
  slots.fill(undefined, 0, used);
  while (slots.length < n) slots.push(undefined);
  return slots;
}

const newToken = (): Token => ({ s: 0, e: 0, word: 0, text: '', lower: '', base: '', baseLower: '', cap: false, possessive: false, quote: -1, sent: 0 });
