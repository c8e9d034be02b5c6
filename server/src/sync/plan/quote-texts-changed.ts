import type { SyncPlan } from './types';

const QUOTE_SPAN_FIELDS = ['text', 'startOffset', 'endOffset'];
const ARTICLE_TEXT_FIELDS = ['source', 'sourceText'];

/**
 * Whether writing this plan may change what a quote says against its source
 * span (the misquote guard must judge the article's quotes again): the
 * article's text rewritten, or a kept quote's text or offsets. New quotes are
 * their source span by construction.
 */
export const quoteTextsChanged = (plan: SyncPlan): boolean =>
  (plan.article.op === 'update' && ARTICLE_TEXT_FIELDS.some((field) => field in plan.article.data)) ||
  plan.quotes.some((quote) => quote.op === 'update' && QUOTE_SPAN_FIELDS.some((field) => field in quote.data));

const REVIEWED_FIELDS = ['speaker', 'confidence', 'speakerConfirmed'];

/**
 * Whether writing this plan may change a kept quote's review verdict (the
 * stored `needsReview`): its text against the source, or its speaker, the
 * speaker's confidence or its confirmation. New quotes get theirs when created.
 */
export const quoteReviewChanged = (plan: SyncPlan): boolean =>
  quoteTextsChanged(plan) || plan.quotes.some((quote) => quote.op === 'update' && REVIEWED_FIELDS.some((field) => field in quote.data));
