import type { Core } from '@strapi/strapi';
import { z } from '@strapi/utils';
import { JOB_STATES } from '../../jobs/types';
import { importJobRequestSchema, jobListQuerySchema } from '../../validation/import-job-request';
import { importReport } from './import-report';

const jobView = z.object({
  id: z.string(),
  state: z.enum(JOB_STATES),
  label: z.string(),
  actor: z.object({ type: z.enum(['cli', 'api-token', 'admin']), name: z.string() }),
  options: z.object({ dryRun: z.boolean().optional(), publish: z.boolean().optional(), overwrite: z.boolean().optional(), referenceDate: z.string().optional() }),
  createdAt: z.string(),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
  documents: z.object({ total: z.number().int(), done: z.number().int() }).describe('Source documents (a feed is one, however many items)'),
  chunks: z.object({ total: z.number().int(), done: z.number().int() }),
  throughput: z.number().nullable().describe('Source documents per second since the job started'),
  counts: importReport.shape.counts,
  totals: importReport.shape.totals,
  errors: z.array(z.object({ file: z.string(), error: z.string() })).describe('Failed files so far (the first 100)'),
  error: z.string().nullable().describe('Why the job itself failed'),
});

const json = <Body extends z.ZodType>(body: Body) => ({ 'application/json': body });
const idParams = { id: z.string().describe('The import job id') };

/** Request and response schemas of the import job routes (content API and admin). */
export class ImportJobRouteValidator {
  private readonly strapi: Core.Strapi;

  constructor(strapi: Core.Strapi) {
    this.strapi = strapi;
  }

  get createRequest() {
    return { body: json(importJobRequestSchema(this.strapi)) };
  }

  get listRequest() {
    return { query: jobListQuerySchema };
  }

  get idRequest() {
    return { params: idParams };
  }

  get jobResponse() {
    return z.object({ data: jobView });
  }

  get listResponse() {
    return z.object({
      data: z.array(jobView),
      meta: z.object({ pagination: z.object({ page: z.number().int(), pageSize: z.number().int(), pageCount: z.number().int(), total: z.number().int() }) }),
    });
  }
}
