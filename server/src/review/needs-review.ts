/**
 * The one rule for "this quote needs an editor": no speaker; a speaker the
 * parser trusted little and nobody confirmed; or a text that no longer says
 * what its source span says and nobody accepted. Both the per-quote answer
 * and the Document Service filters that find such quotes live here.
 */
export const LOW_CONFIDENCE = 0.6;

export const REVIEW_REASONS = ['unattributed', 'low-confidence', 'diverged'] as const;
export type ReviewReason = (typeof REVIEW_REASONS)[number];

export interface ReviewedFields {
  speaker?: unknown;
  confidence?: number | null;
  speakerConfirmed?: boolean | null;
  diverged?: boolean | null;
  divergenceAcceptedAt?: unknown;
}

const present = (value: unknown) => value !== null && value !== undefined;

export function reviewReasons(quote: ReviewedFields): ReviewReason[] {
  const reasons: ReviewReason[] = [];
  if (!present(quote.speaker)) reasons.push('unattributed');
  else if (typeof quote.confidence === 'number' && quote.confidence < LOW_CONFIDENCE && quote.speakerConfirmed !== true) reasons.push('low-confidence');
  if (quote.diverged === true && !present(quote.divergenceAcceptedAt)) reasons.push('diverged');
  return reasons;
}

/** The verdict stored on the quote (`needsReview`) for the Content Manager's list filter. */
export const needsReview = (quote: ReviewedFields): boolean => reviewReasons(quote).length > 0;

type Filter = Record<string, unknown>;

// Rows written before the review fields existed hold null, not false.
const notTrue = (field: string): Filter => ({ $or: [{ [field]: false }, { [field]: { $null: true } }] });

const FILTERS: Record<ReviewReason, Filter> = {
  unattributed: { speaker: { id: { $null: true } } },
  'low-confidence': { $and: [{ speaker: { id: { $notNull: true } } }, { confidence: { $lt: LOW_CONFIDENCE } }, notTrue('speakerConfirmed')] },
  diverged: { $and: [{ diverged: true }, { divergenceAcceptedAt: { $null: true } }] },
};

/** Document Service filters for the quotes needing review for one reason, or for any. */
export const reviewFilter = (reason: ReviewReason | 'all'): Filter =>
  reason === 'all' ? { $or: REVIEW_REASONS.map((r) => FILTERS[r]) } : FILTERS[reason];
