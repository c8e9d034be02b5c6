import { z } from '@strapi/utils';

/**
 * The rows the importer reads, parsed where they come out of the Query
 * Engine, so that the rest of the code sees typed records. Field values the
 * planner only compares (title, body, offsets...) stay `unknown`: the planner
 * compares their stable JSON, whatever type a dialect hands back. What the
 * importer relies on (ids, documentIds, import keys, imported hashes) is
 * checked. Unknown keys are dropped (zod's default).
 */

const documentId = z.string();
/** Null on records an editor created by hand. */
const importKey = z.string().nullable().default(null);
/** What each field was last imported as (sync/plan/hashed-fields.ts); null on hand-made records. */
const importedFields = z.record(z.string(), z.string()).nullable().default(null);

/** A related record as a relation key is made of (sync/store/load-existing.ts). */
export const relatedRow = z.object({ documentId, importKey });
export type RelatedRow = z.infer<typeof relatedRow>;

export const QUOTE_FIELDS = ['text', 'kind', 'position', 'context', 'verb', 'attribution', 'confidence', 'startOffset', 'endOffset'] as const;
export const LINK_FIELDS = ['title', 'url', 'kind', 'position'] as const;
export const ARTICLE_FIELDS = ['title', 'lead', 'body', 'publishedDate', 'outlet', 'sourceUrl', 'source', 'sourceText'] as const;

const compared = <const F extends readonly string[]>(fields: F) =>
  Object.fromEntries(fields.map((field) => [field, z.unknown()])) as { [K in F[number]]: z.ZodUnknown };

export const quoteRow = z.object({
  documentId,
  importKey,
  importedFields,
  ...compared(QUOTE_FIELDS),
  speaker: relatedRow.nullable().default(null),
  // An editor confirmed the speaker in the review queue (sync/plan/confirmed-speaker.ts); SQLite may say 1.
  speakerConfirmed: z.unknown().transform((v) => v === true || v === 1),
});
export const linkRow = z.object({ documentId, importKey, importedFields, ...compared(LINK_FIELDS) });

/** A draft article with what the planner compares: its fields, people, quotes and links. */
export const draftArticleRow = z.object({
  documentId,
  importKey,
  importedFields,
  importFingerprint: z.string().nullable().default(null),
  ...compared(ARTICLE_FIELDS),
  people: z.array(relatedRow).default([]),
  quotes: z.array(quoteRow).default([]),
  relatedLinks: z.array(linkRow).default([]),
});
export type DraftArticleRow = z.infer<typeof draftArticleRow>;
export type QuoteRow = z.infer<typeof quoteRow>;
export type LinkRow = z.infer<typeof linkRow>;

export const personRow = z.object({
  id: z.number(),
  documentId,
  importKey: z.string(),
  importedFields,
  name: z.string(),
  role: z.string().nullable().default(null),
  aliases: z.unknown().transform((aliases) => (Array.isArray(aliases) ? aliases.filter((a): a is string => typeof a === 'string') : [])),
});
export type PersonRow = z.infer<typeof personRow>;

export const importKeyRow = z.object({ importKey });
export const documentIdRow = z.object({ documentId });

/** An article found by its source fingerprint, with what its unchanged report lists. */
export const fingerprintedArticleRow = z.object({
  documentId,
  importKey: z.string(),
  importFingerprint: z.string(),
  title: z.string(),
  people: z.array(z.object({ documentId, importKey, name: z.string() })).default([]),
  quotes: z.array(z.object({ documentId, importKey, text: z.string(), position: z.number().nullable().default(null) })).default([]),
  relatedLinks: z.array(z.object({ documentId, importKey, title: z.string(), position: z.number().nullable().default(null) })).default([]),
});
export type FingerprintedArticleRow = z.infer<typeof fingerprintedArticleRow>;

/** A quote, link or person with the articles an edit of it concerns (sync/hooks/editor-touch.ts). */
const articleRef = z.object({ documentId }).nullable().default(null);
export const touchedRecordRow = z.object({
  article: articleRef,
  articles: z.array(z.object({ documentId })).default([]),
  quotes: z.array(z.object({ article: articleRef })).default([]),
});

/** Parse every row, naming the query when one does not fit: a schema and the database disagree. */
export const parseRows = <S extends z.ZodType>(schema: S, rows: unknown[], what: string): Array<z.infer<S>> =>
  rows.map((row) => {
    const parsed = schema.safeParse(row);
    if (!parsed.success) throw new Error(`[newsroom] unexpected ${what} row: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    return parsed.data;
  });
