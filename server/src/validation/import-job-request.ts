import { validateZodSchema, z } from '@strapi/utils';
import type { Core } from '@strapi/strapi';
import type { JobsConfig } from '../config';
import { JOB_STATES } from '../jobs/types';
import { PLUGIN_ID } from '../uids';
import { bodyObject, decoded, documentSchema, referenceDate, requestLimits, type ImportDocument } from './import-request';

const maxJobDocuments = (strapi: Core.Strapi) => strapi.plugin(PLUGIN_ID).config<JobsConfig>('jobs').maxDocuments;

/**
 * POST /api/newsroom/import-jobs and the admin's POST /newsroom/import-jobs:
 * the import body without the per-request document limit (a job takes up to
 * jobs.maxDocuments; .zip and .tar.gz archives are opened), or a feed URL.
 */
export const importJobRequestSchema = (strapi: Core.Strapi) => {
  const limit = maxJobDocuments(strapi);
  return bodyObject({
    documents: z
      .array(documentSchema(requestLimits(strapi)))
      .min(1, 'documents must hold at least one document')
      .max(limit, `documents must hold at most ${limit} documents (newsroom jobs.maxDocuments)`)
      .optional()
      .describe('Source documents, as for POST /imports; a .zip or .tar.gz among them is opened into its files'),
    url: z
      .string()
      .regex(/^https?:\/\/\S+$/i, 'url must be an http or https URL')
      .max(2048, 'url must be at most 2048 characters')
      .optional()
      .describe('An RSS or Atom feed to fetch once and import, instead of documents'),
    dryRun: z.boolean().optional(),
    publish: z.boolean().optional(),
    overwrite: z.boolean().optional(),
    referenceDate,
  }).refine((body) => (body.documents === undefined) !== (body.url === undefined), { message: 'a job has either documents or a url, not both' });
};

/** GET /newsroom/import-jobs: query strings carry numbers as text. */
export const jobListQuerySchema = {
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
  state: z.enum(JOB_STATES).optional(),
};

export type ImportJobBody = Omit<z.infer<ReturnType<typeof importJobRequestSchema>>, 'documents'> & { documents?: ImportDocument[] };

export const validateImportJobBody = (strapi: Core.Strapi, body: unknown): ImportJobBody => {
  const valid = validateZodSchema(importJobRequestSchema(strapi))(body);
  return { ...valid, documents: valid.documents && decoded(valid.documents) };
};

export const validateJobListQuery = (query: unknown) => validateZodSchema(z.object(jobListQuerySchema))(query ?? {});

/** A job id is a documentId: 24 lower-case letters and digits. */
export const validateJobId = (id: unknown): string => validateZodSchema(z.string().regex(/^[a-z0-9]{1,64}$/, 'id must be an import job id'))(id);
