import { hashValue } from '../sync/plan/import-keys';
import { comparableText } from './compare-text';

/** What the guard reads of a quote. */
export interface QuoteSpan {
  text: string;
  startOffset: number | null;
  endOffset: number | null;
}

/** What the guard reads of the quote's article: offsets index `sourceText`, or `source` when that is null. */
export interface ArticleSource {
  source: string | null;
  sourceText: string | null;
}

export const sourceOf = (article: ArticleSource | null): string | null => article?.sourceText ?? article?.source ?? null;

/** The source's text between the offsets, or null when they do not fit it. */
export const sourceSpan = (source: string | null, start: number | null, end: number | null): string | null => {
  if (source === null || start === null || end === null) return null;
  if (start < 0 || end < start || end > source.length) return null;
  return source.slice(start, end);
};

export interface Judgement {
  diverged: boolean;
  /**
   * What the judgement was made on (the compared quote and span, hashed): an
   * accepted divergence holds while this stays the same. Null when there was
   * nothing to judge.
   */
  basis: string | null;
}

/**
 * The misquote guard's rule. A quote without offsets, or without an article
 * text, was not taken from a source (an editor wrote it): nothing to judge.
 * Offsets that do not fit the text mean the span is lost: diverged.
 */
export function judgeQuote(quote: QuoteSpan, article: ArticleSource | null): Judgement {
  const source = sourceOf(article);
  if (source === null || quote.startOffset === null || quote.endOffset === null) return { diverged: false, basis: null };
  const span = sourceSpan(source, quote.startOffset, quote.endOffset);
  const text = comparableText(quote.text);
  if (span === null) return { diverged: true, basis: hashValue([text, null]) };
  const spanText = comparableText(span);
  return { diverged: text !== spanText, basis: hashValue([text, spanText]) };
}

/** The guard's stored state of a quote. */
export interface StoredDivergence {
  diverged?: boolean | null;
  divergenceAcceptedAt?: unknown;
  divergenceAcceptedFor?: string | null;
}

export interface DivergencePatch {
  diverged?: boolean;
  divergenceAcceptedBy?: null;
  divergenceAcceptedAt?: null;
  divergenceAcceptedFor?: null;
}

/**
 * The fields to write after a judgement, or null when the stored state still
 * holds. An accepted divergence stays accepted until the quote or its span
 * changes (another basis) or the quote matches again.
 */
export function divergencePatch(stored: StoredDivergence, judged: Judgement): DivergencePatch | null {
  const patch: DivergencePatch = {};
  if ((stored.diverged ?? false) !== judged.diverged) patch.diverged = judged.diverged;
  const accepted = stored.divergenceAcceptedAt !== null && stored.divergenceAcceptedAt !== undefined;
  if (accepted && (!judged.diverged || stored.divergenceAcceptedFor !== judged.basis)) {
    Object.assign(patch, { divergenceAcceptedBy: null, divergenceAcceptedAt: null, divergenceAcceptedFor: null });
  }
  return Object.keys(patch).length ? patch : null;
}
