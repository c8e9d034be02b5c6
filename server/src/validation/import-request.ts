import { errors, yup, validateYupSchema } from '@strapi/utils';
import type { Core } from '@strapi/strapi';
import { PLUGIN_ID } from '../uids';

const documentsSchema = (maxBytes: number, maxDocuments: number) =>
  yup
    .array()
    .of(
      yup
        .object({
          name: yup.string().trim().min(1).max(255).required(),
          text: yup
            .string()
            .required()
            .test('max-bytes', `text is larger than ${maxBytes} bytes`, (value) => !value || Buffer.byteLength(value, 'utf8') <= maxBytes),
        })
        .noUnknown()
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

export interface ImportBody {
  documents: Array<{ name: string; text: string }>;
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
  return validate<ImportBody>(schema, { strict: true }, body);
};

export const validatePreviewBody = async (strapi: Core.Strapi, body: unknown) => {
  if (!body || typeof body !== 'object') throw new errors.ValidationError('Request body must be a JSON object');
  const { maxBytes, maxDocuments } = limits(strapi);
  const schema = yup.object({ documents: documentsSchema(maxBytes, maxDocuments), referenceDate }).noUnknown();
  return validate<Pick<ImportBody, 'documents' | 'referenceDate'>>(schema, { strict: true }, body);
};

export const validateHistoryQuery = async (query: unknown) => {
  const schema = yup.object({
    page: yup.number().integer().min(1).default(1),
    pageSize: yup.number().integer().min(1).max(100).default(20),
  });
  // Query strings carry numbers as text: let yup cast them.
  return validate<{ page: number; pageSize: number }>(schema, { strict: false }, query ?? {});
};
