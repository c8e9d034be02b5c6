import { z } from '@strapi/utils';
import type { ContractJson } from '../../parse/contract';
import type { FileReport, ImportReport } from '../../sync/types';

/**
 * The importer's report as the HTTP doors send it, for Strapi's OpenAPI
 * generator. The checks at the bottom keep it honest: when the importer's
 * types and this description part, the build fails.
 */

const recordType = z.enum(['article', 'person', 'quote', 'related-link']);
const changeAction = z.enum(['create', 'update', 'unchanged', 'conflict', 'remove', 'keep', 'skip-deleted', 'restore']);

const recordChange = z.object({
  type: recordType,
  action: changeAction,
  importKey: z.string(),
  label: z.string(),
  documentId: z.string().nullable(),
  fields: z.array(z.string()).describe('Fields written (create, update) or overwritten'),
  conflicts: z
    .array(z.object({ field: z.string(), current: z.unknown().describe("The editor's value"), incoming: z.unknown().describe("The source's value") }))
    .describe('Fields an editor changed since the last import; their value was kept unless overwrite was set'),
});

export const fileReport = z.object({
  name: z.string(),
  sha256: z.string(),
  bytes: z.number().int(),
  status: z.enum(['imported', 'unchanged', 'failed']),
  error: z.string().nullable().describe('One line saying why the file failed'),
  article: z.object({ documentId: z.string().nullable(), title: z.string(), importKey: z.string() }).nullable(),
  changes: z.array(recordChange),
  warnings: z.array(z.object({ code: z.string(), message: z.string() })).optional(),
  sourceUnchanged: z.boolean().optional().describe('Imported before and untouched since: not parsed again'),
});

const actionCounts = z.object(Object.fromEntries(changeAction.options.map((action) => [action, z.number().int()])) as Record<z.infer<typeof changeAction>, z.ZodNumber>);

export const importReport = z.object({
  runId: z.string().nullable().describe('documentId of the import-run history entry; null for a dry run'),
  dryRun: z.boolean(),
  startedAt: z.string(),
  durationMs: z.number(),
  actor: z.object({ type: z.enum(['cli', 'api-token', 'admin']), name: z.string() }),
  options: z.object({ dryRun: z.boolean(), publish: z.boolean(), overwrite: z.boolean() }),
  files: z.array(fileReport),
  counts: z.object({ article: actionCounts, person: actionCounts, quote: actionCounts, 'related-link': actionCounts }),
  totals: z.object({
    files: z.number().int(),
    failed: z.number().int(),
    created: z.number().int(),
    updated: z.number().int(),
    unchanged: z.number().int(),
    conflicts: z.number().int(),
    removed: z.number().int(),
  }),
});

/** The parser's output (docs: `newsroom parse --json`), as the admin preview shows it. */
export const parsedDocument = z.object({
  title: z.string(),
  titleSource: z.string(),
  lead: z.string().nullable(),
  published: z.string().nullable(),
  outlet: z.string().nullable(),
  sourceUrl: z.string().nullable(),
  sections: z.array(z.object({ heading: z.string().nullable(), paragraphs: z.array(z.object({ text: z.string(), start: z.number().int() })) })),
  people: z.array(z.object({ name: z.string(), role: z.string().nullable(), aliases: z.array(z.string()) })),
  quotes: z.array(
    z.object({
      text: z.string(),
      speaker: z.string().nullable(),
      kind: z.string(),
      start: z.number().int(),
      end: z.number().int(),
      paragraph: z.number().int(),
      verb: z.string().nullable(),
    })
  ),
  relatedLinks: z.array(z.object({ title: z.string(), url: z.string().nullable() })),
  warnings: z.array(z.object({ code: z.string(), message: z.string(), start: z.number().int().nullable() })),
});

/** `true` when every value of `Actual` fits the schema; anything else is a compile error below. */
type Describes<Schema extends z.ZodType, Actual> = [Actual] extends [z.infer<Schema>] ? true : false;
type Holds<Check extends true> = Check;
export type DescriptionsHold = [
  Holds<Describes<typeof importReport, ImportReport>>,
  Holds<Describes<typeof fileReport, FileReport>>,
  Holds<Describes<typeof parsedDocument, ContractJson>>,
];
