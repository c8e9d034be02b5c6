import { validateZodSchema, z } from '@strapi/utils';
import type { Core } from '@strapi/strapi';
import { PLUGIN_ID } from '../uids';

/** What the plugin config lets one HTTP request carry. */
export interface RequestLimits {
  maxBytes: number;
  maxDocuments: number;
}

export const requestLimits = (strapi: Core.Strapi): RequestLimits => ({
  maxBytes: strapi.plugin(PLUGIN_ID).config<number>('maxSourceBytes'),
  maxDocuments: strapi.plugin(PLUGIN_ID).config<number>('maxDocumentsPerRequest'),
});

export const bodyObject = <Shape extends z.ZodRawShape>(shape: Shape) =>
  z.strictObject(shape, { error: (issue) => (issue.code === 'invalid_type' ? 'Request body must be a JSON object' : undefined) });

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
/** Bytes a base64 string decodes to. */
const base64Bytes = (value: string) => Math.floor((value.length * 3) / 4) - (value.endsWith('==') ? 2 : value.endsWith('=') ? 1 : 0);

/**
 * A document is `text` (any text format) or `data`, its bytes in base64
 * (binary formats such as .docx, or any file as it is); `contentType`
 * names its format when detection should not decide (server/src/source/detect.ts).
 */
export const documentSchema = ({ maxBytes }: RequestLimits) =>
  z
    .strictObject({
      name: z.string().trim().min(1, 'name is a required field').max(255, 'name must be at most 255 characters').describe('File name or label; part of the article key when the source has no id or url'),
      text: z
        .string()
        // Present but empty is a missing text, as it always was.
        .min(1, 'text is a required field')
        .refine((value) => Buffer.byteLength(value, 'utf8') <= maxBytes, { message: `text is larger than ${maxBytes} bytes` })
        .optional()
        .describe(`The source as text (plain text, Markdown, HTML, RSS/Atom, NITF, NewsML-G2, ninjs), UTF-8, at most ${maxBytes} bytes`),
      data: z
        .string()
        .refine((value) => value.length % 4 === 0 && BASE64.test(value), { message: 'data must be base64' })
        .refine((value) => base64Bytes(value) <= maxBytes, { message: `data is larger than ${maxBytes} bytes` })
        .optional()
        .describe(`The file's bytes in base64 (binary formats such as .docx, or any file as it is), at most ${maxBytes} bytes`),
      contentType: z.string().max(255, 'contentType must be at most 255 characters').optional().describe('MIME type naming the format when detection should not decide'),
    })
    .refine((document) => (document.text === undefined) !== (document.data === undefined), {
      message: 'a document has either text or data (base64), not both',
    });

const documentsSchema = (limits: RequestLimits) =>
  z
    .array(documentSchema(limits))
    .min(1, 'documents must hold at least one document')
    .max(limits.maxDocuments, `documents must hold at most ${limits.maxDocuments} documents (newsroom maxDocumentsPerRequest)`);

export const referenceDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'referenceDate must be YYYY-MM-DD')
  .describe('Anchor for dates written without a year (YYYY-MM-DD); default: today')
  .optional();

/** POST /api/newsroom/imports and the admin's POST /newsroom/imports. */
export const importRequestSchema = (limits: RequestLimits) =>
  bodyObject({
    documents: documentsSchema(limits),
    dryRun: z.boolean().optional().describe('Report what would change, write nothing (not even history)'),
    publish: z.boolean().optional().describe('Publish the imported articles (default: drafts)'),
    overwrite: z.boolean().optional().describe("Take the source's value where an editor changed a field"),
    referenceDate,
  });

/** The admin's POST /newsroom/preview: parse and diff, never write. */
export const previewRequestSchema = (limits: RequestLimits) => bodyObject({ documents: documentsSchema(limits), referenceDate });

/** The admin's GET /newsroom/imports: query strings carry numbers as text. */
export const historyQuerySchema = {
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
};

export type RequestDocument = z.infer<ReturnType<typeof documentSchema>>;

/** What the importer reads: base64 `data` decoded to bytes. */
export interface ImportDocument {
  name: string;
  text?: string;
  data?: Buffer;
  contentType?: string;
}

// Decoded after validation rather than by a zod transform: a transform has no JSON Schema, and the
// OpenAPI description shows the request as it is sent.
export const decoded = (documents: RequestDocument[]): ImportDocument[] =>
  documents.map(({ data, ...rest }) => (data === undefined ? rest : { ...rest, data: Buffer.from(data, 'base64') }));

export type ImportBody = Omit<z.infer<ReturnType<typeof importRequestSchema>>, 'documents'> & { documents: ImportDocument[] };
export type PreviewBody = Omit<z.infer<ReturnType<typeof previewRequestSchema>>, 'documents'> & { documents: ImportDocument[] };
export type HistoryQuery = z.infer<z.ZodObject<typeof historyQuerySchema>>;

/** Each validator answers like Strapi's own APIs: a 400 ValidationError naming the field. */
export const validateImportBody = (strapi: Core.Strapi, body: unknown): ImportBody => {
  const valid = validateZodSchema(importRequestSchema(requestLimits(strapi)))(body);
  return { ...valid, documents: decoded(valid.documents) };
};

export const validatePreviewBody = (strapi: Core.Strapi, body: unknown): PreviewBody => {
  const valid = validateZodSchema(previewRequestSchema(requestLimits(strapi)))(body);
  return { ...valid, documents: decoded(valid.documents) };
};

export const validateHistoryQuery = (query: unknown): HistoryQuery => validateZodSchema(z.object(historyQuerySchema))(query ?? {});
