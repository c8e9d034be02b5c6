import { grown } from './columns';
import { Token, type Mention, type ParagraphModel } from './paragraph-model';
import type { QuoteSpans } from './quotes';
import { isWordCode, isWordJoiner, opensSentence } from './text';
import { FNV_OFFSET, FNV_PRIME, Vocabulary, type WordForm } from './vocabulary';

/** Paragraphs of up to this many tokens share their token arrays (see DocumentTokens.shared). */
const SHARED_LENGTHS = 512;
/** Shared by models that never record mentions (the name-finding pass). */
const NO_MENTIONS: ReadonlyArray<Mention | undefined> = [];
/** 1 for ASCII letters and digits. */
const ASCII_WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_WORD[c] = isWordCode(c) ? 1 : 0;

/** TokenColumns.flags bits. */
const POSSESSIVE = 1;
/** The token opens a sentence (sentence numbers are counted from these). */
const OPENS_SENTENCE = 2;

/**
 * Every token of the document, one column per field (token k is entry k of
 * each), in paragraph order. 13 bytes a token: the source scan, the hashing
 * and the interning run once per document instead of once per pass. The
 * token's end is not stored (it is its start plus its word's length), nor is
 * its sentence number (a paragraph's numbers follow from sentFirst and the
 * OPENS_SENTENCE flags). The columns are external memory, which V8 answers
 * with garbage collections: every byte a token saves counts.
 */
class TokenColumns {
  length = 0;
  s: Int32Array;
  word: Int32Array;
  quote: Int32Array;
  flags: Uint8Array;

  constructor(capacity: number) {
    const n = Math.max(64, capacity);
    this.s = new Int32Array(n);
    this.word = new Int32Array(n);
    this.quote = new Int32Array(n);
    this.flags = new Uint8Array(n);
  }

  /** Makes room for `n` tokens in all; the arrays may be replaced, so read them after this. */
  reserve(n: number): void {
    while (this.s.length < n) this.grow();
  }

  private grow(): void {
    const n = this.s.length * 2;
    this.s = grown(this.s, n);
    this.word = grown(this.word, n);
    this.quote = grown(this.quote, n);
    this.flags = grown(this.flags, n);
  }
}

/**
 * Tokenises each paragraph once, when a pass first reaches it, into compact
 * columns (TokenColumns), and hands each pass the paragraph's tokens as
 * pooled objects built from those columns. Building the objects is a copy;
 * the scan it replaces (character classes, hashing, interning) was the
 * parser's largest cost, paid twice when each pass tokenised again.
 */
export class DocumentTokens {
  readonly vocab = new Vocabulary();
  /** Per document quote: paragraph-relative token range. */
  readonly quoteA: Int32Array;
  readonly quoteB: Int32Array;
  private readonly columns: TokenColumns;
  /** Paragraph i owns tokens [tokenFirst[i], tokenFirst[i + 1]) of the columns; known for i < scanned. */
  private readonly tokenFirst: Int32Array;
  private scanned = 0;
  /** Last sentence number used: numbers are unique over the document. */
  private sentences = 0;
  /** The last sentence number used before paragraph i; known for i < scanned. */
  private readonly sentFirst: Int32Array;
  /** The LEX_ bits of paragraph i's words together; known for i < scanned. */
  private readonly paraLex: Int32Array;

  constructor(
    private readonly source: string,
    /** The source's code units (see codeUnits): what the scanner reads; let go once every paragraph is scanned. */
    private units: Uint16Array | null,
    private readonly paras: ReadonlyArray<{ text: string; start: number }>,
    private readonly quotes: QuoteSpans,
    /** Paragraph i owns quotes [quoteFirst[i], quoteFirst[i + 1]). */
    private readonly quoteFirst: Int32Array,
  ) {
    this.quoteA = new Int32Array(quotes.length);
    this.quoteB = new Int32Array(quotes.length);
    this.models = [this.emptyModel(), this.emptyModel()];
    this.tokenFirst = new Int32Array(paras.length + 1);
    this.sentFirst = new Int32Array(paras.length);
    this.paraLex = new Int32Array(paras.length);
    let chars = 0;
    for (let i = 0; i < paras.length; i++) chars += paras[i]!.text.length;
    // News prose runs about six characters a token; the columns grow if not.
    this.columns = new TokenColumns(Math.ceil(chars / 5));
  }

  /**
   * Two pools of token objects, used for alternate paragraphs: a model stays
   * valid while the next paragraph is processed (the parser looks back one
   * paragraph), and no object is allocated per token per pass.
   */
  private readonly pools: Token[][] = [[], []];
  /**
   * The token arrays handed out, per pool and length: the array of n tokens
   * from a pool always holds that pool's first n objects, so one array per
   * length serves every paragraph of that length (only the objects are
   * refilled). Longer paragraphs get a fresh array each time, which bounds
   * the cache to SHARED_LENGTHS² / 2 entries per pool.
   */
  private readonly shared: Array<Array<Token[] | undefined>> = [[], []];
  /** Mention slots per token, reused the same way; never shortened (see emptySlots). */
  private readonly starts: Array<Array<Mention | undefined>> = [[], []];
  private readonly ends: Array<Array<Mention | undefined>> = [[], []];
  /** How many leading slots of each pair may hold a mention from the last use. */
  private readonly slotsUsed = new Int32Array(2);
  /** The models handed out, one per pool: refilled like the tokens they hold (an object per paragraph per pass was garbage). */
  private readonly models: ParagraphModel[];

  private emptyModel(): ParagraphModel {
    return { index: -1, start: 0, text: '', tokens: [], lex: 0, quoteFrom: 0, quoteTo: 0, quoteA: this.quoteA, quoteB: this.quoteB, mentionsByStart: [], mentionsByEnd: [] };
  }

  /**
   * A hand-written scanner (the regex equivalent with \p{L} classes was the
   * parser's hottest spot); the word's hash is computed on the way, so
   * interning it needs no substring. Appends paragraph p's tokens to the
   * columns, numbers their sentences on the way (the gap between two words
   * is exactly the characters skipped between them, so it is not read
   * twice) and records the token ranges of the paragraph's quotes.
   */
  private tokenise(p: number): void {
    const cols = this.columns;
    const text = this.source;
    const src = this.units!;
    const para = this.paras[p]!;
    const start = para.start;
    const q0 = this.quoteFirst[p]!;
    const q1 = this.quoteFirst[p + 1]!;
    const quotes = this.quotes;
    const vocab = this.vocab;
    const n = start + para.text.length;
    // Words are separated by at least one other code unit: at most ceil(L / 2) tokens.
    cols.reserve(cols.length + ((n - start + 1) >> 1));
    const { s: S, word: W, quote: Q, flags: F } = cols;
    const first = cols.length;
    this.sentFirst[p] = this.sentences;
    let k = first;
    let qi = q0;
    const qStart = quotes.start;
    const qEnds = quotes.end;
    let qEnd = q0 < q1 ? qEnds[q0]! : 0;
    let sent = this.sentences;
    let prev: WordForm | null = null;
    let prevQuote = -1;
    let prevEnd = start;
    /** Offset, from the previous word's end, of the first . ! ? … after it; -1 for none yet. */
    let stop = -1;
    let lex = 0;
    const quoteA = this.quoteA;
    const quoteB = this.quoteB;
    for (let q = q0; q < q1; q++) quoteA[q] = -1;
    const ascii = ASCII_WORD;
    let i = start;
    while (i < n) {
      let c = src[i]!;
      if (!(c < 128 ? ascii[c] === 1 : isWordCode(c))) {
        if (stop < 0 && (c === 46 || c === 33 || c === 63 || c === 0x2026)) stop = i - prevEnd;
        i++;
        continue;
      }
      const from = i;
      i = scanWord(src, i, n, c);
      const h = scannedHash;
      while (qi < q1 && qEnd <= from) {
        qi++;
        if (qi < q1) qEnd = qEnds[qi]!;
      }
      let quote = -1;
      if (qi < q1) {
        if (qStart[qi]! <= from && i <= qEnds[qi]!) {
          quote = qi;
          if (quoteA[qi] === -1) quoteA[qi] = k - first;
          quoteB[qi] = k - first + 1;
        }
      }
      const form = vocab.internHashed(text, src, from, i, h);
      lex |= form.lex;
      const possessive = form.possessive || (form.cap && i < n && bareApostropheAt(src, i, n));
      // A paragraph's first word opens a sentence; a quote never splits one.
      const opens = prev === null || (!(prevQuote >= 0 && prevQuote === quote) && stop >= 0 && opensSentence(stop, prev, form, quote >= 0 && quote !== prevQuote));
      if (opens) sent++;
      S[k] = from;
      W[k] = form.id;
      Q[k] = quote;
      F[k] = (possessive ? POSSESSIVE : 0) | (opens ? OPENS_SENTENCE : 0);
      k++;
      prev = form;
      prevQuote = quote;
      prevEnd = i;
      stop = -1;
    }
    cols.length = k;
    this.sentences = sent;
    this.paraLex[p] = lex;
    this.placeWordlessQuotes(q0, q1, first, k - first);
  }

  /**
   * The scan gives each quote with words its token range; a quote without
   * any word [q0, q1) still needs a position for context look-ups: the
   * paragraph's tokens are the columns' [first, first + count).
   */
  private placeWordlessQuotes(q0: number, q1: number, first: number, count: number): void {
    const S = this.columns.s;
    const qStart = this.quotes.start;
    const quoteA = this.quoteA;
    const quoteB = this.quoteB;
    for (let q = q0; q < q1; q++) {
      if (quoteA[q] === -1) {
        const qs = qStart[q]!;
        let t = 0;
        while (t < count && S[first + t]! < qs) t++;
        quoteA[q] = t;
        quoteB[q] = t;
      }
    }
  }

  /** Paragraph p's tokens as objects from pool b (0 or 1). */
  private tokens(p: number, b: number): Token[] {
    const { s: S, word: W, quote: Q, flags: F } = this.columns;
    const forms = this.vocab.forms;
    const pool = this.pools[b]!;
    const from = this.tokenFirst[p]!;
    const count = this.tokenFirst[p + 1]! - from;
    while (pool.length < count) pool.push(new Token());
    let sent = this.sentFirst[p]!;
    for (let k = 0; k < count; k++) {
      const c = from + k;
      const t = pool[k]!;
      const form = forms[W[c]!]!;
      t.s = S[c]!;
      t.e = t.s + form.text.length;
      t.form = form;
      const f = F[c]!;
      if ((f & OPENS_SENTENCE) !== 0) sent++;
      t.possessive = (f & POSSESSIVE) !== 0;
      t.quote = Q[c]!;
      t.sent = sent;
    }
    if (count > SHARED_LENGTHS) return pool.slice(0, count);
    const shared = this.shared[b]!;
    let tokens = shared[count];
    if (tokens === undefined) {
      tokens = pool.slice(0, count);
      shared[count] = tokens;
    }
    return tokens;
  }

  /**
   * The paragraph's model, its tokens as objects. Only valid until
   * model(index + 2) is built: callers must not keep it or its tokens beyond that.
   */
  model(index: number, withMentions = true): ParagraphModel {
    const { text, start } = this.paras[index]!;
    // Sentence numbering needs every earlier paragraph tokenised, in order.
    while (this.scanned <= index) {
      const p = this.scanned++;
      this.tokenFirst[p] = this.columns.length;
      this.tokenise(p);
      this.tokenFirst[p + 1] = this.columns.length;
      // Two bytes a character: no reason to keep them through the passes that follow.
      if (this.scanned === this.paras.length) this.units = null;
    }
    const tokens = this.tokens(index, index & 1);
    let starts = NO_MENTIONS as Array<Mention | undefined>;
    let ends = starts;
    if (withMentions) {
      const b = index & 1;
      starts = emptySlots(this.starts[b]!, this.slotsUsed[b]!, tokens.length);
      ends = emptySlots(this.ends[b]!, this.slotsUsed[b]!, tokens.length);
      this.slotsUsed[b] = tokens.length;
    }
    const m = this.models[index & 1]!;
    m.index = index;
    m.start = start;
    m.text = text;
    m.tokens = tokens;
    m.lex = this.paraLex[index]!;
    m.quoteFrom = this.quoteFirst[index]!;
    m.quoteTo = this.quoteFirst[index + 1]!;
    m.mentionsByStart = starts;
    m.mentionsByEnd = ends;
    return m;
  }
}

/**
 * `slots` with every entry empty and at least `n` of them. Mentions are only
 * written below the paragraph's token count, so clearing the `used` slots of
 * the last use suffices; the array is never shortened (shrinking and growing
 * it again per paragraph reallocated its storage).
 */
function emptySlots(slots: Array<Mention | undefined>, used: number, n: number): Array<Mention | undefined> {
  for (let i = 0; i < used; i++) slots[i] = undefined;
  while (slots.length < n) slots.push(undefined);
  return slots;
}

/** The hash of the word scanWord last read (a second return value without an object per word). */
let scannedHash = 0;

/**
 * The end of the word starting at i (c: its first code unit), joined across
 * inner dots, apostrophes and hyphens ("U.S.", "O'Neill", "well-known");
 * leaves the word's FNV hash in scannedHash.
 */
function scanWord(src: Uint16Array, i: number, n: number, c: number): number {
  // Read into locals once: compiled to CommonJS, an imported binding is a getter call per use inside the loop.
  const prime = FNV_PRIME;
  const ascii = ASCII_WORD;
  const start = i;
  let h = FNV_OFFSET;
  for (;;) {
    // c is a word character here.
    for (;;) {
      h = Math.imul(h ^ c, prime);
      i++;
      if (i >= n) break;
      c = src[i]!;
      if (!(c < 128 ? ascii[c] === 1 : isWordCode(c))) break;
    }
    if (i < n && isWordJoiner(c) && i + 1 < n) {
      const c2 = src[i + 1]!;
      if ((c2 < 128 ? ascii[c2] === 1 : isWordCode(c2)) && !(c === 46 && isMissingSpace(src, start, i, n))) {
        h = Math.imul(h ^ c, prime);
        i++;
        c = c2;
        continue;
      }
    }
    break;
  }
  scannedHash = h;
  return i;
}

/**
 * "Col.Jo Bloggs", "Mr.Bloggs": the dot at i ends a word of two or more
 * letters in lower case and a capitalised word follows, a space left out
 * ("U.S." and "Ph.D." have one letter on a side).
 */
function isMissingSpace(src: Uint16Array, start: number, i: number, n: number): boolean {
  if (i - start < 2 || i + 2 >= n) return false;
  const before = src[i - 1]!;
  const first = src[i + 1]!;
  const second = src[i + 2]!;
  return before >= 97 && before <= 122 && first >= 65 && first <= 90 && second >= 97 && second <= 122;
}

/** "Jones'": a bare apostrophe at i, after a word ending in s, makes it possessive. */
function bareApostropheAt(src: Uint16Array, i: number, n: number): boolean {
  const after = src[i]!;
  return (after === 39 || after === 0x2019) && src[i - 1] === 115 && !(i + 1 < n && isWordCode(src[i + 1]!));
}
