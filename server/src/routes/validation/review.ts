import { validateZodSchema, z } from '@strapi/utils';
import { REVIEW_REASONS } from '../../review/needs-review';

/**
 * Request and response schemas of the review and merge routes (contract:
 * the review-api notes); controllers validate with the request schemas and
 * Strapi's OpenAPI generator reads both from the routes.
 */
const json = <Body extends z.ZodType>(body: Body) => ({ 'application/json': body });
const documentId = z.string().trim().min(1).max(64);

export const queueQuerySchema = {
  reason: z.enum(['all', ...REVIEW_REASONS]).default('all'),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
  article: documentId.optional(),
};
export const documentIdParams = { documentId };
export const searchQuerySchema = {
  q: z.string().trim().min(1, 'q is a required field').max(100),
  limit: z.coerce.number().int().min(1).max(50).default(10),
};
export const speakerBody = z.strictObject({ personDocumentId: documentId });
export const acceptBody = z.strictObject({});
export const mergeBody = z
  .strictObject({ survivor: documentId, absorbed: z.array(documentId).min(1).max(50) })
  .refine((body) => !body.absorbed.includes(body.survivor) && new Set(body.absorbed).size === body.absorbed.length, {
    message: 'absorbed must list other people than the survivor, each once',
    path: ['absorbed'],
  });

export type QueueQuery = z.infer<z.ZodObject<typeof queueQuerySchema>>;
export type SearchQuery = z.infer<z.ZodObject<typeof searchQuerySchema>>;
export type MergeBody = z.infer<typeof mergeBody>;

/** Each answers like Strapi's own APIs: a 400 ValidationError naming the field. */
export const validateQueueQuery = (query: unknown): QueueQuery => validateZodSchema(z.object(queueQuerySchema))(query ?? {});
export const validateDocumentId = (params: unknown): string => validateZodSchema(z.object(documentIdParams))(params ?? {}).documentId;
export const validateSearchQuery = (query: unknown): SearchQuery => validateZodSchema(z.object(searchQuerySchema))(query ?? {});
export const validateSpeakerBody = (body: unknown) => validateZodSchema(speakerBody)(body ?? {});
export const validateAcceptBody = (body: unknown) => validateZodSchema(acceptBody)(body ?? {});
export const validateMergeBody = (body: unknown): MergeBody => validateZodSchema(mergeBody)(body ?? {});

const personRef = z.object({ documentId: z.string(), name: z.string(), role: z.string().nullable() });

export const reviewItem = z.object({
  documentId: z.string(),
  text: z.string(),
  kind: z.string(),
  reasons: z.array(z.enum(REVIEW_REASONS)),
  attribution: z.string().nullable(),
  confidence: z.number().nullable(),
  speaker: z.object({ documentId: z.string(), name: z.string() }).nullable(),
  article: z.object({ documentId: z.string(), title: z.string() }).nullable(),
  updatedAt: z.string().nullable(),
});
export type ReviewItem = z.infer<typeof reviewItem>;

const queueResponse = z.object({
  results: z.array(reviewItem),
  pagination: z.object({ page: z.number().int(), pageSize: z.number().int(), total: z.number().int(), pageCount: z.number().int() }),
  counts: z.object({ unattributed: z.number().int(), lowConfidence: z.number().int(), diverged: z.number().int() }),
});

const detailResponse = z.object({
  quote: reviewItem,
  provenance: z.object({ paragraph: z.string(), quoteStart: z.number().int(), quoteEnd: z.number().int(), sourceText: z.string() }).nullable(),
  diverged: z.boolean(),
  accepted: z.object({ by: z.string(), at: z.string() }).nullable(),
  diff: z.array(z.object({ op: z.enum(['equal', 'insert', 'delete']), text: z.string() })),
  candidates: z.array(personRef),
});

const mergeResult = z.object({
  survivor: z.object({ documentId: z.string(), name: z.string() }),
  absorbed: z.array(z.object({ documentId: z.string(), name: z.string() })),
  quotesMoved: z.number().int(),
  articlesRelinked: z.number().int(),
  aliases: z.array(z.string()),
  importKeys: z.number().int(),
});
export type MergeResult = z.infer<typeof mergeResult>;

const suggestionsResponse = z.object({
  results: z.array(
    z.object({
      people: z.array(z.object({ documentId: z.string(), name: z.string(), role: z.string().nullable(), quotes: z.number().int(), articles: z.number().int() })),
      reason: z.enum(['surname-initial', 'alias-overlap']),
    })
  ),
});

/** The review and merge routes' `request` and `response` entries. */
export const reviewRoutes = {
  queue: { request: { query: queueQuerySchema }, response: queueResponse },
  detail: { request: { params: documentIdParams }, response: detailResponse },
  speaker: { request: { params: documentIdParams, body: json(speakerBody) }, response: reviewItem },
  accept: { request: { params: documentIdParams, body: json(acceptBody) }, response: reviewItem },
  search: { request: { query: searchQuerySchema }, response: z.object({ results: z.array(personRef) }) },
  suggestions: { request: {}, response: suggestionsResponse },
  preview: { request: { body: json(mergeBody) }, response: mergeResult },
  merge: { request: { body: json(mergeBody) }, response: mergeResult },
};
