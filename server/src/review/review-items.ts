import type { ReviewItem } from '../routes/validation/review';
import { reviewReasons } from './needs-review';
import type { ReviewQuoteRow } from './rows';

/** A quote as the review queue and its actions answer with it. */
export const toReviewItem = (row: ReviewQuoteRow): ReviewItem => ({
  documentId: row.documentId,
  text: row.text,
  kind: row.kind,
  reasons: reviewReasons(row),
  attribution: row.attribution ?? null,
  confidence: row.confidence ?? null,
  speaker: row.speaker ? { documentId: row.speaker.documentId, name: row.speaker.name } : null,
  article: row.article ? { documentId: row.article.documentId, title: row.article.title } : null,
  updatedAt: row.updatedAt ?? null,
});
