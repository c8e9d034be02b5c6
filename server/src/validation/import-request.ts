import { errors, yup, validateYupSchema } from '@strapi/utils';
import type { Core } from '@strapi/strapi';
import { PLUGIN_ID } from '../uids';

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
/** Bytes a base64 string decodes to. */
const base64Bytes = (value: string) => Math.floor((value.length * 3) / 4) - (value.endsWith('==') ? 2 : value.endsWith('=') ? 1 : 0);

/**
 * A document is `text` (any text format) or `data`, its bytes in base64
 * (binary formats such as .docx, or any file as it is); `contentType`
 * names its format when detection should not decide (server/src/source/detect.ts).
 */
const documentsSchema = (maxBytes: number, maxDocuments: number) =>
  yup
    .array()
    .of(
      yup
        .object({
          name: yup.string().trim().min(1).max(255).required(),
          text: yup
            .string()
            // Present but empty is what it always was: a missing text.
            .test('required', '${path} is a required field', (value) => value !== '')
            .test('max-bytes', `text is larger than ${maxBytes} bytes`, (value) => !value || Buffer.byteLength(value, 'utf8') <= maxBytes),
          data: yup
            .string()
            .test('base64', 'data must be base64', (value) => value === undefined || (value.length % 4 === 0 && BASE64.test(value)))
            .test('max-bytes', `data is larger than ${maxBytes} bytes`, (value) => value === undefined || base64Bytes(value) <= maxBytes),
          contentType: yup.string().max(255),
        })
        .noUnknown()
        .test('text-or-data', 'a document has either text or data (base64), not both', (value) => !!value && (value.text === undefined) !== (value.data === undefined))
    )
    .min(1)
    .max(maxDocuments)
    .required();

/** Longest rejected value echoed back in `error.details`: a 5 MB text is not sent back whole. */
const ECHO_LIMIT = 200;

const shorten = (value: unknown) =>
  typeof value === 'string' && value.length > ECHO_LIMIT ? `${value.slice(0, ECHO_LIMIT)}… (${value.length} characters)` : value;

/** Strapi's yup validation, with long rejected values cut down in the error details. */
const validate = <T>(schema: any, options: { strict: boolean }, input: unknown): Promise<T> =>
  (validateYupSchema(schema, options)(input) as Promise<T>).catch((error: unknown) => {
    const details = (error as { details?: { errors?: Array<{ value?: unknown }> } })?.details;
    for (const entry of details?.errors ?? []) entry.value = shorten(entry.value);
    throw error;
  });

const referenceDate = yup.string().matches(/^\d{4}-\d{2}-\d{2}$/, 'referenceDate must be YYYY-MM-DD');

interface RequestDocument {
  name: string;
  text?: string;
  data?: string;
  contentType?: string;
}

/** What the importer reads: base64 `data` decoded to bytes. */
export interface ImportDocument {
  name: string;
  text?: string;
  data?: Buffer;
  contentType?: string;
}

const decoded = (documents: RequestDocument[]): ImportDocument[] =>
  documents.map(({ data, ...rest }) => (data === undefined ? rest : { ...rest, data: Buffer.from(data, 'base64') }));

export interface ImportBody {
  documents: ImportDocument[];
  dryRun?: boolean;
  publish?: boolean;
  overwrite?: boolean;
  referenceDate?: string;
}

const limits = (strapi: Core.Strapi) => ({
  maxBytes: strapi.plugin(PLUGIN_ID).config('maxSourceBytes') as number,
  maxDocuments: strapi.plugin(PLUGIN_ID).config('maxDocumentsPerRequest') as number,
});

/** Validates an import request body; answers like Strapi's own APIs (400 ValidationError). */
export const validateImportBody = async (strapi: Core.Strapi, body: unknown): Promise<ImportBody> => {
  if (!body || typeof body !== 'object') throw new errors.ValidationError('Request body must be a JSON object');
  const { maxBytes, maxDocuments } = limits(strapi);
  const schema = yup
    .object({
      documents: documentsSchema(maxBytes, maxDocuments),
      dryRun: yup.boolean(),
      publish: yup.boolean(),
      overwrite: yup.boolean(),
      referenceDate,
    })
    .noUnknown();
  const valid = await validate<Omit<ImportBody, 'documents'> & { documents: RequestDocument[] }>(schema, { strict: true }, body);
  return { ...valid, documents: decoded(valid.documents) };
};

export const validatePreviewBody = async (strapi: Core.Strapi, body: unknown) => {
  if (!body || typeof body !== 'object') throw new errors.ValidationError('Request body must be a JSON object');
  const { maxBytes, maxDocuments } = limits(strapi);
  const schema = yup.object({ documents: documentsSchema(maxBytes, maxDocuments), referenceDate }).noUnknown();
  const valid = await validate<{ documents: RequestDocument[]; referenceDate?: string }>(schema, { strict: true }, body);
  return { ...valid, documents: decoded(valid.documents) };
};

export const validateHistoryQuery = async (query: unknown) => {
  const schema = yup.object({
    page: yup.number().integer().min(1).default(1),
    pageSize: yup.number().integer().min(1).max(100).default(20),
  });
  // Query strings carry numbers as text: let yup cast them.
  return validate<{ page: number; pageSize: number }>(schema, { strict: false }, query ?? {});
};
