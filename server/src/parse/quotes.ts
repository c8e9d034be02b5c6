import { grown } from './columns';
import { DOUBLE_MARK_CLASS, isDoubleMark, isSpaceCode } from './text';
import type { ParseWarning } from './types';

/**
 * The quoted spans of a document, one column per field (span q is entry q of
 * each): a long text has a hundred thousand of them, and typed columns are no
 * objects for the garbage collector to trace or copy. Capacity is generous:
 * the pages of a large typed array cost nothing until they are written.
 */
export class QuoteSpans {
  length = 0;
  /** Offsets of the quoted text (marks excluded, surrounding blanks trimmed). */
  start: Int32Array;
  end: Int32Array;
  /** Offset of the opening mark. */
  open: Int32Array;
  /** Offset of the closing mark, or -1 when the quote runs to the paragraph's end. */
  close: Int32Array;
  paragraph: Int32Array;
  /** Pieces of one quote spread over several paragraphs share a chain id. */
  chain: Int32Array;
  /** 1 for the pieces after the first one of a multi-paragraph quote. */
  continued: Uint8Array;

  constructor(capacity: number) {
    const n = Math.max(16, capacity);
    this.start = new Int32Array(n);
    this.end = new Int32Array(n);
    this.open = new Int32Array(n);
    this.close = new Int32Array(n);
    this.paragraph = new Int32Array(n);
    this.chain = new Int32Array(n);
    this.continued = new Uint8Array(n);
  }

  push(start: number, end: number, open: number, close: number, paragraph: number, chain: number, continued: boolean): void {
    if (this.length === this.start.length) this.grow();
    const q = this.length++;
    this.start[q] = start;
    this.end[q] = end;
    this.open[q] = open;
    this.close[q] = close;
    this.paragraph[q] = paragraph;
    this.chain[q] = chain;
    this.continued[q] = continued ? 1 : 0;
  }

  private grow(): void {
    const n = this.start.length * 2;
    this.start = grown(this.start, n);
    this.end = grown(this.end, n);
    this.open = grown(this.open, n);
    this.close = grown(this.close, n);
    this.paragraph = grown(this.paragraph, n);
    this.chain = grown(this.chain, n);
    this.continued = grown(this.continued, n);
  }
}

export interface QuoteParagraph {
  text: string;
  start: number;
}

/** The double marks: " ＂ “ ” „ « ». */
const DOUBLE_MARK = new RegExp(DOUBLE_MARK_CLASS, 'g');
const isDoubleMarkCode = (c: number): boolean =>
  c === 34 || c === 0xff02 || c === 0x201c || c === 0x201d || c === 0x201e || c === 0xab || c === 0xbb;

/** Characters a mark may follow and still open a quote: \s ( [ { — – - / : ; , (and marks, below). */
const isOpenerBefore = (c: number): boolean =>
  isSpaceCode(c) || c === 40 || c === 91 || c === 123 || c === 0x2014 || c === 0x2013 || c === 45 || c === 47 || c === 58 || c === 59 || c === 44;

/** Characters a closing mark may precede: \s . , ; : ! ? ) ] — – - ' ’. */
const isCloserAfter = (c: number): boolean =>
  isSpaceCode(c) || c === 46 || c === 44 || c === 59 || c === 58 || c === 33 || c === 63 || c === 41 || c === 93 || c === 0x2014 || c === 0x2013 || c === 45 || c === 39 || c === 0x2019;

/** prev / next: the code units around the mark, -1 at the paragraph's edges. */
function looksLikeOpener(prev: number, next: number): boolean {
  return (prev === -1 || isOpenerBefore(prev) || isDoubleMarkCode(prev) || prev === 0x2018) && next !== -1 && !isSpaceCode(next);
}

function looksLikeCloser(prev: number, next: number): boolean {
  return prev !== -1 && !isSpaceCode(prev) && (next === -1 || isCloserAfter(next));
}

/**
 * Finds double-quoted spans paragraph by paragraph in one left-to-right pass.
 * Straight marks are paired by alternation with the surrounding characters as
 * hints; curly marks give their direction, unless the text misuses them.
 * Single quotes are never span delimiters: they are either nested quotes or
 * apostrophes ("Jones'", "don't"), and both belong to the enclosing text.
 */
export type QuoteStyle = 'double' | 'single';

/**
 * British house style puts curly single quotes outside and doubles inside.
 * Only curly singles are trusted for that: straight ' is mostly apostrophes.
 */
export function detectQuoteStyle(
  paragraphs: readonly QuoteParagraph[],
  /** The text the paragraphs are cut from, if known: without a ‘ anywhere, no paragraph has one. */
  source?: string,
): QuoteStyle {
  // One regex over the whole text beats a search per paragraph (and a class
  // regex beats indexOf for a character above U+00FF).
  if (source !== undefined && !/[\u2018]/.test(source)) return 'double';
  if (!paragraphs.some((p) => p.text.includes('\u2018'))) return 'double';
  let singles = 0;
  let doubles = 0;
  let first: 'single' | 'double' | null = null;
  for (const p of paragraphs) {
    for (let i = 0; i < p.text.length; i++) {
      const c = p.text.charCodeAt(i);
      if (c === 0x2018) {
        singles++;
        first ??= 'single';
      } else if (c === 0x201c || c === 0x22) {
        doubles++;
        first ??= 'double';
      }
    }
  }
  // Nested doubles sit inside the singles, so the first mark tells the style.
  return first === 'single' && singles >= doubles ? 'single' : 'double';
}

const isLetterOrDigit = (c: string): boolean => /[\p{L}\p{N}]/u.test(c);

/** Single-quote style: is this ’ an apostrophe (won’t, nurses’ union) rather than a closing mark? */
function isApostrophe(text: string, i: number): boolean {
  const prev = i > 0 ? text.charAt(i - 1) : '';
  const next = text.charAt(i + 1);
  if (isLetterOrDigit(prev) && isLetterOrDigit(next)) return true;
  if (prev === 's' && next === ' ' && /^ \p{Ll}/u.test(text.slice(i + 1, i + 3))) return true;
  return false;
}

/** What a style's mark finder may do while it walks one paragraph. */
interface ParagraphScan {
  /** Record a span between an opening mark at `from - 1` and `to` (close: the closing mark, or null). */
  emit(from: number, to: number, close: number | null): boolean;
  warn(message: string, at: number): void;
  /** The paragraph did not continue the previous quote after all. */
  dropContinuation(): void;
}

interface QuoteMarks {
  /** Does a paragraph starting this way reopen the quote left open by the previous one? */
  reopens(text: string): boolean;
  /**
   * Walk one paragraph; return the offset of a mark left open at its end, or -1.
   * `stillOpen`: the previous paragraph left a quote open and this one does not
   * reopen it; a closing mark before any opening one then ends that quote.
   */
  scan(text: string, at: ParagraphScan, stillOpen: boolean): number;
}

/** Straight and curly double marks, paired by alternation with context hints. */
const DOUBLE_MARKS: QuoteMarks = {
  reopens: (text) => isDoubleMark(text.charAt(0)),
  scan(text, at, stillOpen) {
    let openAt = -1;
    let first = true;
    // The regex jumps from mark to mark (test() with /g moves lastIndex and
    // builds no match object): much faster than testing every character.
    DOUBLE_MARK.lastIndex = 0;
    while (DOUBLE_MARK.test(text)) {
      const i = DOUBLE_MARK.lastIndex - 1;
      const c = text.charCodeAt(i);
      const prev = i > 0 ? text.charCodeAt(i - 1) : -1;
      const next = i + 1 < text.length ? text.charCodeAt(i + 1) : -1;
      const firstMark = first;
      first = false;
      if (openAt < 0) {
        const opener = looksLikeOpener(prev, next);
        if (!opener && (c === 0x201d || c === 0xbb || looksLikeCloser(prev, next))) {
          // A quote running on from the previous paragraph without a reopening mark.
          if (firstMark && stillOpen) {
            at.emit(0, i, i);
            continue;
          }
          at.warn('closing quotation mark without an opening one', i);
          continue;
        }
        if (firstMark && stillOpen) at.dropContinuation();
        openAt = i;
      } else {
        if ((c === 0x201c || c === 0x201e || c === 0xab) && looksLikeOpener(prev, next) && !looksLikeCloser(prev, next)) {
          at.warn('quotation mark opened twice without closing', openAt);
          at.dropContinuation();
          openAt = i;
          continue;
        }
        at.emit(openAt + 1, i, i);
        openAt = -1;
      }
    }
    return openAt;
  },
};

/** British style: ‘ opens, ’ closes unless it is an apostrophe. */
const SINGLE_MARKS: QuoteMarks = {
  reopens: (text) => text.charAt(0) === '\u2018',
  scan(text, at) {
    let openAt = -1;
    for (let i = 0; i < text.length; i++) {
      const c = text.charAt(i);
      if (c === '\u2018') {
        const prev = i > 0 ? text.charAt(i - 1) : '';
        if (openAt < 0 && !isLetterOrDigit(prev)) openAt = i;
      } else if (c === '\u2019' && openAt >= 0 && !isApostrophe(text, i)) {
        const prev = text.charAt(i - 1);
        if (prev !== '' && !isSpaceCode(prev.charCodeAt(0))) {
          at.emit(openAt + 1, i, i);
          openAt = -1;
        }
      }
    }
    return openAt;
  },
};

/** The ParagraphScan of scanQuotes: one object, pointed at each paragraph in turn. */
class ParagraphScanState implements ParagraphScan {
  text = '';
  base = 0;
  paragraph = 0;
  /** Chain id the paragraph's first span continues, or null. */
  chainForFirst: number | null = null;
  /** Next new chain id. */
  private chain = 0;

  constructor(
    private readonly spans: QuoteSpans,
    private readonly warnings: ParseWarning[],
  ) {}

  emit(from: number, to: number, close: number | null): boolean {
    const text = this.text;
    let s = from;
    let e = to;
    while (s < e && isSpaceCode(text.charCodeAt(s))) s++;
    while (e > s && isSpaceCode(text.charCodeAt(e - 1))) e--;
    const id = this.chainForFirst ?? this.chain++;
    const continued = this.chainForFirst !== null;
    this.chainForFirst = null;
    if (e <= s) return false;
    const base = this.base;
    this.spans.push(base + s, base + e, base + from - 1, close === null ? -1 : base + close, this.paragraph, id, continued);
    return true;
  }

  warn(message: string, offset: number): void {
    this.warnings.push({ code: 'unbalanced-quote', message, start: this.base + offset });
  }

  dropContinuation(): void {
    this.chainForFirst = null;
  }
}

/** Did the paragraph's first span (from index `from`) continue a quote? */
const spansContinue = (spans: QuoteSpans, from: number): boolean => spans.length > from && spans.continued[from] === 1;

/**
 * Quoted spans of every paragraph, in order. The style only decides which
 * marks open and close; chaining a quote over several paragraphs, trimming and
 * the unbalanced-quote warnings are the same for both.
 */
export function scanQuotes(
  paragraphs: readonly QuoteParagraph[],
  /** 0 when a heading (or nothing) separates paragraph i from the previous one. */
  followsPrevious: ArrayLike<number>,
  warnings: ParseWarning[],
  style: QuoteStyle = 'double',
): QuoteSpans {
  const marks = style === 'single' ? SINGLE_MARKS : DOUBLE_MARKS;
  let chars = 0;
  for (let i = 0; i < paragraphs.length; i++) chars += paragraphs[i]!.text.length;
  // A span takes at least three characters (two marks and a letter); most take far more.
  const spans = new QuoteSpans(chars >> 6);
  /** Opening mark of the last span, for the warnings (null before the first). */
  const lastOpen = (): number | null => (spans.length > 0 ? spans.open[spans.length - 1]! : null);
  const at = new ParagraphScanState(spans, warnings);
  let pendingChain: number | null = null;

  for (let p = 0; p < paragraphs.length; p++) {
    const { text, start: base } = paragraphs[p]!;
    const continuing = pendingChain !== null && followsPrevious[p] === 1 && marks.reopens(text);
    const stillOpen = pendingChain !== null && followsPrevious[p] === 1 && !continuing;
    if (pendingChain !== null && !continuing && !stillOpen) {
      warnings.push({ code: 'unbalanced-quote', message: 'a quotation is not closed by the end of its paragraph', start: lastOpen() });
    }
    const chainForFirst: number | null = continuing || stillOpen ? pendingChain : null;
    const pendingBefore = spans.length;
    pendingChain = null;

    at.text = text;
    at.base = base;
    at.paragraph = p;
    at.chainForFirst = chainForFirst;

    const openAt = marks.scan(text, at, stillOpen);
    // Not closed in this paragraph after all: the previous one's quote was left open.
    if (stillOpen && !spansContinue(spans, pendingBefore)) {
      warnings.push({ code: 'unbalanced-quote', message: 'a quotation is not closed by the end of its paragraph', start: lastOpen() });
    }
    if (openAt >= 0 && at.emit(openAt + 1, text.length, null)) pendingChain = spans.chain[spans.length - 1]!;
  }
  if (pendingChain !== null) {
    warnings.push({ code: 'unbalanced-quote', message: 'a quotation is not closed by the end of the text', start: lastOpen() });
  }
  return spans;
}
