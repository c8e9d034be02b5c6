import { z } from '@strapi/utils';

/**
 * The rows the review reads, parsed where they come out of the Document
 * Service or the Query Engine: the rest of the review code sees typed records.
 */
const documentId = z.string();
const nullableString = z.string().nullable().default(null);
const nullableNumber = z.number().nullable().default(null);
// SQLite hands booleans back as 0/1 through some paths.
const nullableBoolean = z
  .union([z.boolean(), z.number()])
  .nullable()
  .default(null)
  .transform((v) => (v === null ? null : Boolean(v)));
const dateString = z
  .union([z.string(), z.date()])
  .nullable()
  .default(null)
  .transform((v) => (v instanceof Date ? v.toISOString() : v));
const strings = z.unknown().transform((v) => (Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : []));

export const personRef = z.object({ documentId, name: z.string(), role: nullableString });
export type PersonRef = z.infer<typeof personRef>;

export const reviewQuoteRow = z.object({
  documentId,
  text: z.string(),
  kind: z.string(),
  attribution: nullableString,
  confidence: nullableNumber,
  speakerConfirmed: nullableBoolean,
  diverged: nullableBoolean,
  divergenceAcceptedBy: nullableString,
  divergenceAcceptedAt: dateString,
  startOffset: nullableNumber,
  endOffset: nullableNumber,
  updatedAt: dateString,
  speaker: personRef.nullable().default(null),
  article: z.object({ documentId, title: z.string() }).nullable().default(null),
});
export type ReviewQuoteRow = z.infer<typeof reviewQuoteRow>;

/** The quote's article with what its provenance and speaker candidates need. */
export const quoteArticleRow = z.object({
  documentId,
  title: z.string(),
  source: nullableString,
  sourceText: nullableString,
  people: z.array(personRef).default([]),
});
export type QuoteArticleRow = z.infer<typeof quoteArticleRow>;

/** A quote as the misquote guard judges and stores it (Query Engine row). */
export const guardedQuoteRow = z.object({
  id: z.number(),
  text: z.string(),
  startOffset: nullableNumber,
  endOffset: nullableNumber,
  diverged: nullableBoolean,
  divergenceAcceptedAt: dateString,
  divergenceAcceptedFor: nullableString,
  confidence: nullableNumber,
  speakerConfirmed: nullableBoolean,
  needsReview: nullableBoolean,
  speaker: z.object({ id: z.number() }).nullable().default(null),
});
export type GuardedQuoteRow = z.infer<typeof guardedQuoteRow>;

export const guardedArticleRow = z.object({
  source: nullableString,
  sourceText: nullableString,
  quotes: z.array(guardedQuoteRow).default([]),
});

/** A person as a merge reads it: bookkeeping included (Query Engine row). */
export const mergePersonRow = z.object({
  id: z.number(),
  documentId,
  name: z.string(),
  importKey: nullableString,
  aliases: strings,
  mergedKeys: strings,
  quotes: z.array(z.object({ documentId })).default([]),
  articles: z.array(z.object({ documentId })).default([]),
});
export type MergePersonRow = z.infer<typeof mergePersonRow>;

/** A person with how much hangs on them, for duplicate suggestions. */
export const personSummaryRow = z.object({
  documentId,
  name: z.string(),
  role: nullableString,
  aliases: strings,
  quotes: z.object({ count: z.number() }).default({ count: 0 }),
  articles: z.object({ count: z.number() }).default({ count: 0 }),
});

export { parseRows } from '../sync/store/rows';
