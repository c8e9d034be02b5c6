import { DOUBLE_CLOSE, DOUBLE_OPEN, isDoubleMark, isSpaceCode } from './text';
import type { ParseWarning } from './types';

export interface QuoteSpan {
  /** Offsets of the quoted text (marks excluded, surrounding blanks trimmed). */
  start: number;
  end: number;
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark, or null when the quote runs to the paragraph's end. */
  close: number | null;
  paragraph: number;
  /** Pieces of one quote spread over several paragraphs share a chain id. */
  chain: number;
  /** True for the pieces after the first one of a multi-paragraph quote. */
  continued: boolean;
}

export interface QuoteParagraph {
  text: string;
  start: number;
  /** False when a heading (or nothing) separates it from the previous paragraph. */
  followsPrevious: boolean;
}

const MARK_RE = /["\uFF02\u201C\u201D\u201E\u00AB\u00BB]/g;

const OPENER_BEFORE = /[\s([{\u2014\u2013\-/:;,]/;

function looksLikeOpener(prev: string, next: string): boolean {
  return (prev === '' || OPENER_BEFORE.test(prev) || isDoubleMark(prev) || prev === '\u2018') && next !== '' && !isSpaceCode(next.charCodeAt(0));
}

function looksLikeCloser(prev: string, next: string): boolean {
  return prev !== '' && !isSpaceCode(prev.charCodeAt(0)) && (next === '' || /[\s.,;:!?)\]\u2014\u2013\-'’]/.test(next));
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
export function detectQuoteStyle(paragraphs: QuoteParagraph[]): QuoteStyle {
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

export function scanQuotes(paragraphs: QuoteParagraph[], warnings: ParseWarning[], style: QuoteStyle = 'double'): QuoteSpan[] {
  if (style === 'single') return scanSingleQuotes(paragraphs, warnings);
  const spans: QuoteSpan[] = [];
  let chain = 0;
  let pendingChain: number | null = null;

  for (let p = 0; p < paragraphs.length; p++) {
    const { text, start: base } = paragraphs[p]!;
    const continuing = pendingChain !== null && paragraphs[p]!.followsPrevious && isDoubleMark(text.charAt(0));
    if (pendingChain !== null && !continuing) {
      const last = spans[spans.length - 1];
      warnings.push({
        code: 'unbalanced-quote',
        message: 'a quotation is not closed by the end of its paragraph',
        start: last ? last.open : null,
      });
    }
    let chainForFirst: number | null = continuing ? pendingChain : null;
    pendingChain = null;
    let openAt = -1;

    const emit = (from: number, to: number, close: number | null): void => {
      let s = from;
      let e = to;
      while (s < e && isSpaceCode(text.charCodeAt(s))) s++;
      while (e > s && isSpaceCode(text.charCodeAt(e - 1))) e--;
      const id = chainForFirst ?? chain++;
      const continued = chainForFirst !== null;
      chainForFirst = null;
      if (e <= s) return;
      spans.push({ start: base + s, end: base + e, open: base + from - 1, close: close === null ? null : base + close, paragraph: p, chain: id, continued });
    };

    MARK_RE.lastIndex = 0;
    let mark: RegExpExecArray | null;
    while ((mark = MARK_RE.exec(text)) !== null) {
      const i = mark.index;
      const c = mark[0];
      const prev = i > 0 ? text.charAt(i - 1) : '';
      const next = i + 1 < text.length ? text.charAt(i + 1) : '';
      if (openAt < 0) {
        const opener = looksLikeOpener(prev, next);
        if (!opener && (DOUBLE_CLOSE.has(c) || looksLikeCloser(prev, next))) {
          warnings.push({ code: 'unbalanced-quote', message: 'closing quotation mark without an opening one', start: base + i });
          continue;
        }
        openAt = i;
      } else {
        if (DOUBLE_OPEN.has(c) && looksLikeOpener(prev, next) && !looksLikeCloser(prev, next)) {
          warnings.push({ code: 'unbalanced-quote', message: 'quotation mark opened twice without closing', start: base + openAt });
          chainForFirst = null;
          openAt = i;
          continue;
        }
        emit(openAt + 1, i, i);
        openAt = -1;
      }
    }
    if (openAt >= 0) {
      const before = spans.length;
      emit(openAt + 1, text.length, null);
      if (spans.length > before) pendingChain = spans[spans.length - 1]!.chain;
      else pendingChain = null;
    }
  }
  if (pendingChain !== null) {
    const last = spans[spans.length - 1];
    warnings.push({ code: 'unbalanced-quote', message: 'a quotation is not closed by the end of the text', start: last ? last.open : null });
  }
  return spans;
}

/** Same pass for British style: ‘ opens, ’ closes unless it is an apostrophe. */
function scanSingleQuotes(paragraphs: QuoteParagraph[], warnings: ParseWarning[]): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let chain = 0;
  let pendingChain: number | null = null;
  for (let p = 0; p < paragraphs.length; p++) {
    const { text, start: base } = paragraphs[p]!;
    const continuing = pendingChain !== null && paragraphs[p]!.followsPrevious && text.charAt(0) === '\u2018';
    if (pendingChain !== null && !continuing) {
      const last = spans[spans.length - 1];
      warnings.push({ code: 'unbalanced-quote', message: 'a quotation is not closed by the end of its paragraph', start: last ? last.open : null });
    }
    let chainForFirst: number | null = continuing ? pendingChain : null;
    pendingChain = null;
    let openAt = -1;
    const emit = (from: number, to: number, close: number | null): boolean => {
      let s = from;
      let e = to;
      while (s < e && isSpaceCode(text.charCodeAt(s))) s++;
      while (e > s && isSpaceCode(text.charCodeAt(e - 1))) e--;
      const id = chainForFirst ?? chain++;
      const continued = chainForFirst !== null;
      chainForFirst = null;
      if (e <= s) return false;
      spans.push({ start: base + s, end: base + e, open: base + from - 1, close: close === null ? null : base + close, paragraph: p, chain: id, continued });
      return true;
    };
    for (let i = 0; i < text.length; i++) {
      const c = text.charAt(i);
      if (c === '\u2018') {
        const prev = i > 0 ? text.charAt(i - 1) : '';
        if (openAt < 0 && !isLetterOrDigit(prev)) openAt = i;
      } else if (c === '\u2019' && openAt >= 0 && !isApostrophe(text, i)) {
        const prev = text.charAt(i - 1);
        if (prev !== '' && !/\s/.test(prev)) {
          emit(openAt + 1, i, i);
          openAt = -1;
        }
      }
    }
    if (openAt >= 0) {
      if (emit(openAt + 1, text.length, null)) pendingChain = spans[spans.length - 1]!.chain;
    }
  }
  if (pendingChain !== null) {
    const last = spans[spans.length - 1];
    warnings.push({ code: 'unbalanced-quote', message: 'a quotation is not closed by the end of the text', start: last ? last.open : null });
  }
  return spans;
}
