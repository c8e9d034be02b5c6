import type { Core } from '@strapi/strapi';
import { z } from '@strapi/utils';
import { historyQuerySchema, importRequestSchema, previewRequestSchema, requestLimits } from '../../validation/import-request';
import { fileReport, importReport, parsedDocument } from './import-report';

const json = <Body extends z.ZodType>(body: Body) => ({ 'application/json': body });

const importRun = z.object({
  id: z.number().int(),
  documentId: z.string(),
  startedAt: z.string(),
  durationMs: z.number().int(),
  actor: z.string(),
  actorType: z.enum(['cli', 'api-token', 'admin']),
  dryRun: z.boolean(),
  flags: z.object({ dryRun: z.boolean(), publish: z.boolean(), overwrite: z.boolean() }),
  files: z.array(fileReport.pick({ name: true, sha256: true, bytes: true, status: true, error: true, article: true })),
  counts: importReport.shape.counts,
  conflicts: z.array(
    z.object({
      file: z.string(),
      type: z.string(),
      label: z.string(),
      importKey: z.string(),
      documentId: z.string().nullable(),
      field: z.string(),
      current: z.unknown(),
      incoming: z.unknown(),
    })
  ),
  failures: z.array(z.object({ file: z.string(), error: z.string().nullable() })),
  createdAt: z.string(),
  updatedAt: z.string(),
});

/**
 * Request and response schemas of the plugin's own routes (the import door,
 * the admin's preview and history): the controllers validate with the request
 * schemas, and Strapi's OpenAPI generator reads both from the routes.
 */
export class ImportRouteValidator {
  private readonly strapi: Core.Strapi;

  constructor(strapi: Core.Strapi) {
    this.strapi = strapi;
  }

  get importRequest() {
    return { body: json(importRequestSchema(requestLimits(this.strapi))) };
  }

  get previewRequest() {
    return { body: json(previewRequestSchema(requestLimits(this.strapi))) };
  }

  get historyRequest() {
    return { query: historyQuerySchema };
  }

  get importResponse() {
    return z.object({ data: importReport });
  }

  get previewResponse() {
    return z.object({
      data: z.array(
        z.object({
          name: z.string(),
          text: z.string().nullable().describe('The text the parser read (what a format was normalised to): the quotes\' offsets index it'),
          parsed: parsedDocument.nullable().describe("The parser's output; null when the file could not be read or parsed"),
          error: z.string().nullable(),
          diff: fileReport.nullable().describe('What an import would change, record by record'),
        })
      ),
    });
  }

  get historyResponse() {
    return z.object({
      data: z.array(importRun),
      meta: z.object({ pagination: z.object({ page: z.number().int(), pageSize: z.number().int(), pageCount: z.number().int(), total: z.number().int() }) }),
    });
  }
}
