import type { Core } from '@strapi/strapi';
import { toContractJson } from '../parse';
import { readDocuments } from '../source/read-documents';
import { PLUGIN_ID } from '../uids';
import { batches } from '../sync/chunks';
import { BATCH, importBatch } from '../sync/import-batch';
import { summarise } from '../sync/report';
import { withBusyRetry } from '../sync/store/busy-retry';
import { chooseRecordWriter } from '../sync/store/choose-writer';
import { listRuns, recordRun } from '../sync/store/import-runs';
import type { Actor, FileReport, ImportOptions, ImportReport, SourceDocument } from '../sync/types';

export interface ImportRequest {
  /** An array, or an (async) iterable read a batch at a time so that large imports are not held in memory. */
  documents: Iterable<SourceDocument> | AsyncIterable<SourceDocument>;
  /** How many documents an iterable will yield, for progress bars. */
  total?: number;
  options?: ImportOptions;
  actor: Actor;
  /** Write the run to History (default). An import job's chunk does not: the job's accumulated report is its record. */
  recordHistory?: boolean;
  /** Called after each document, for progress bars. */
  onFile?: (file: FileReport, index: number, total: number) => void;
}

/** The importer: read → parse → plan → write (server/src/source/, server/src/sync/), composed for the doors. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  /** Each door's files through the source stage (server/src/source): one document per article, as the parser reads it. */
  const read = (documents: ImportRequest['documents'], format: ImportOptions['format']) =>
    readDocuments(documents, { maxBytes: strapi.plugin(PLUGIN_ID).config('maxSourceBytes') as number, format });

  return {
    /** The one entry point every door uses: CLI, content API and admin page. */
    async run({ documents, options = {}, actor, onFile, total, recordHistory = true }: ImportRequest): Promise<ImportReport> {
      const started = Date.now();
      const files: FileReport[] = [];
      const count = total ?? (Array.isArray(documents) ? documents.length : 0);
      for await (const batch of batches(read(documents, options.format), BATCH)) {
        for (const { report } of await importBatch(strapi, batch, options, chooseRecordWriter(strapi))) {
          files.push(report);
          onFile?.(report, files.length - 1, count);
        }
      }
      const report: ImportReport = {
        runId: null,
        dryRun: !!options.dryRun,
        startedAt: new Date(started).toISOString(),
        durationMs: Date.now() - started,
        actor,
        options: { dryRun: !!options.dryRun, publish: !!options.publish, overwrite: !!options.overwrite },
        files,
        ...summarise(files),
      };
      // A dry run writes nothing, not even its own history entry.
      if (!report.dryRun && recordHistory) report.runId = await withBusyRetry(strapi, () => recordRun(strapi, report));
      return report;
    },

    /** Parse and diff without writing: what the admin page shows before Import. */
    async preview(documents: SourceDocument[], referenceDate?: string) {
      const previews = [];
      for await (const batch of batches(read(documents, undefined), BATCH)) {
        const prepared = await importBatch(strapi, batch, { dryRun: true, referenceDate }, chooseRecordWriter(strapi));
        for (const [i, { report, parsed }] of prepared.entries()) {
          // `text` is what the quotes' offsets index: the extracted text for any format but plain text.
          previews.push({ name: report.name, text: parsed ? batch[i].text : null, parsed: parsed && toContractJson(parsed), error: report.error, diff: parsed ? report : null });
        }
      }
      return previews;
    },

    async history({ page = 1, pageSize = 20 }: { page?: number; pageSize?: number } = {}) {
      return listRuns(strapi, { page, pageSize });
    },
  };
};
