import path from 'path';
import type { Core } from '@strapi/strapi';
import { parseDocument, toContractJson, type ParsedDocument } from '../parse';
import { validateSourceText } from '../source/read-source';
import { readDocuments, type ReadDocument } from '../source/read-documents';
import { PLUGIN_ID } from '../uids';
import { UID } from '../uids';
import { desiredFromParsed } from '../sync/plan/desired-records';
import { loadExistingMany } from '../sync/store/load-existing';
import { planSync, type ExistingState } from '../sync/plan/plan-sync';
import type { DesiredDocument } from '../sync/plan/desired-records';
import { withBusyRetry } from '../sync/store/busy-retry';
import { writeBatch, type BatchItem, type Outcome } from '../sync/store/write-batch';
import { sha256 } from '../sync/plan/import-keys';
import { emptyCounts, summarise } from '../sync/report';
import { sourceFingerprint } from '../sync/plan/fingerprint';
import { findUnchanged, type UnchangedArticle } from '../sync/store/unchanged-sources';
import type { Actor, FileReport, ImportOptions, ImportReport, SourceDocument } from '../sync/types';

/** Documents parsed, read and planned together. */
const BATCH = 100;

interface Prepared {
  report: FileReport;
  parsed: ParsedDocument | null;
  desired: DesiredDocument | null;
}

/**
 * What a failed file's report says: one line. A database error's message
 * starts with the whole SQL statement (knex puts it there); the report keeps
 * only the database's own complaint.
 */
export const failureMessage = (error: unknown): string => {
  const message = error instanceof Error ? error.message : String(error);
  const sql = (error as { sql?: unknown })?.sql;
  const cause = typeof sql === 'string' && message.startsWith(sql) ? `database error: ${message.slice(sql.length).replace(/^\s*-\s*/, '')}` : message;
  return cause.replace(/\s*[\r\n]+\s*/g, ' ').slice(0, 500);
};

const fail = (report: FileReport, error: unknown): FileReport => {
  report.status = 'failed';
  report.error = failureMessage(error);
  return report;
};

async function* inBatches<T>(items: Iterable<T> | AsyncIterable<T>, size: number): AsyncGenerator<T[]> {
  let batch: T[] = [];
  for await (const item of items) {
    batch.push(item);
    if (batch.length === size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length) yield batch;
}

export interface ImportRequest {
  /** An array, or an (async) iterable read a batch at a time so that large imports are not held in memory. */
  documents: Iterable<SourceDocument> | AsyncIterable<SourceDocument>;
  /** How many documents an iterable will yield, for progress bars. */
  total?: number;
  options?: ImportOptions;
  actor: Actor;
  /** Called after each document, for progress bars. */
  onFile?: (file: FileReport, index: number, total: number) => void;
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const newReport = (document: ReadDocument): FileReport => ({
    name: document.name,
    sha256: document.sha256 ?? sha256(document.text ?? ''),
    bytes: document.bytes ?? Buffer.byteLength(document.text ?? '', 'utf8'),
    status: 'failed',
    error: null,
    article: null,
    changes: [],
  });

  /** Parse one document; a document that cannot be read or parsed gets a failed report. */
  const prepare = (document: ReadDocument, options: ImportOptions, report: FileReport, fingerprint: string | null): Prepared => {
    try {
      if (document.error) throw new Error(document.error);
      const text = validateSourceText(document.text, document.name);
      const parsed = parseDocument(text, { referenceDate: options.referenceDate, fileName: document.name });
      const desired = desiredFromParsed(parsed, text, path.basename(document.name), document.original);
      if (fingerprint) desired.fingerprint = fingerprint;
      report.warnings = [...parsed.warnings, ...desired.warnings].map(({ code, message }) => ({ code, message }));
      return { report, parsed, desired };
    } catch (error) {
      return { report: fail(report, error), parsed: null, desired: null };
    }
  };

  /** A source imported before, untouched since: its report without parsing or planning it. */
  const unchanged = (report: FileReport, article: UnchangedArticle): Prepared => {
    report.status = 'unchanged';
    report.article = { documentId: article.documentId, title: article.title, importKey: article.importKey };
    report.changes = article.changes.map((c) => ({ ...c }));
    report.sourceUnchanged = true;
    return { report, parsed: null, desired: null };
  };

  /** What each document would be imported from (sync/plan/fingerprint.ts); null for one that could not be read. */
  const fingerprintsOf = (documents: ReadDocument[], reports: FileReport[], options: ImportOptions) =>
    documents.map((d, i) => (d.error || typeof d.text !== 'string' ? null : sourceFingerprint(reports[i].sha256, d.name, options.referenceDate)));

  /**
   * The batch's sources that are already in the database exactly as imported
   * (a re-run's usual case). Not for dry runs, which show the parse, nor for
   * --overwrite, which must compare every field. A failed look-up only costs
   * the shortcut.
   */
  const findImported = async (fingerprints: Array<string | null>, options: ImportOptions): Promise<Array<UnchangedArticle | undefined>> => {
    if (options.dryRun || options.overwrite) return [];
    try {
      const wanted = fingerprints.filter((f): f is string => !!f);
      const found = await withBusyRetry(strapi, () => findUnchanged(strapi, wanted, { published: !!options.publish }));
      return fingerprints.map((f) => (f ? found.get(f) : undefined));
    } catch {
      return [];
    }
  };

  /**
   * A batch of documents: parsed, their existing records read for all of them
   * at once, and planned; then written in order (sync/store/write-batch.ts): a
   * document whose plan writes nothing is done there, without a transaction
   * or the lock, which is what makes a re-run of an unchanged corpus cheap.
   */
  const importBatch = async (documents: ReadDocument[], options: ImportOptions): Promise<Prepared[]> => {
    const reports = documents.map(newReport);
    const fingerprints = fingerprintsOf(documents, reports, options);
    const imported = await findImported(fingerprints, options);
    const prepared = documents.map((document, i) => {
      const article = imported[i];
      return article ? unchanged(reports[i], article) : prepare(document, options, reports[i], fingerprints[i]);
    });
    const planOptions = { overwrite: !!options.overwrite, publish: !!options.publish };
    const parsed = prepared.filter((p): p is Prepared & { desired: DesiredDocument } => !!p.desired);
    let existing: ExistingState[];
    try {
      existing = await withBusyRetry(strapi, () => loadExistingMany(strapi, parsed.map((p) => p.desired)));
    } catch (error) {
      for (const p of parsed) fail(p.report, error);
      return prepared;
    }

    const items: BatchItem[] = [];
    const planned: Array<Prepared & { desired: DesiredDocument }> = [];
    for (const [i, item] of parsed.entries()) {
      try {
        // A new article is written whatever the plan says: it is planned once, under the lock.
        const plan = options.dryRun || existing[i].article ? planSync(item.desired, existing[i], planOptions) : null;
        items.push({ desired: item.desired, existing: existing[i], plan });
        planned.push(item);
      } catch (error) {
        fail(item.report, error);
      }
    }
    const outcomes: Outcome[] = options.dryRun
      ? items.map(({ existing: state, plan }) => ({ documentId: state.article?.documentId ?? null, changes: plan!.changes }))
      : await writeBatch(strapi, items, planOptions);

    for (const [i, { report, parsed: doc, desired }] of planned.entries()) {
      const outcome = outcomes[i];
      if ('error' in outcome) {
        fail(report, outcome.error);
        continue;
      }
      const { documentId, changes } = outcome;
      report.changes = changes;
      report.article = { documentId, title: doc!.title, importKey: desired.article.key };
      report.status = changes.every((c) => c.action === 'unchanged' || c.action === 'skip-deleted') ? 'unchanged' : 'imported';
    }
    return prepared;
  };

  /** Each door's files through the source stage (server/src/source): one document per article, as the parser reads it. */
  const read = (documents: ImportRequest['documents'], format: ImportOptions['format']) =>
    readDocuments(documents, { maxBytes: strapi.plugin(PLUGIN_ID).config('maxSourceBytes') as number, format });

  return {
    /** The one entry point every door uses: CLI, content API and admin page. */
    async run({ documents, options = {}, actor, onFile, total }: ImportRequest): Promise<ImportReport> {
      const started = Date.now();
      const files: FileReport[] = [];
      const count = total ?? (Array.isArray(documents) ? documents.length : 0);
      for await (const batch of inBatches(read(documents, options.format), BATCH)) {
        for (const { report } of await importBatch(batch, options)) {
          files.push(report);
          onFile?.(report, files.length - 1, count);
        }
      }

      const report: ImportReport = {
        runId: null,
        dryRun: !!options.dryRun,
        startedAt: new Date(started).toISOString(),
        durationMs: 0,
        actor,
        options: { dryRun: !!options.dryRun, publish: !!options.publish, overwrite: !!options.overwrite },
        files,
        counts: emptyCounts(),
        totals: { files: 0, failed: 0, created: 0, updated: 0, unchanged: 0, conflicts: 0, removed: 0 },
      };
      Object.assign(report, summarise(files));
      report.durationMs = Date.now() - started;

      // A dry run writes nothing, not even its own history entry.
      if (!report.dryRun) report.runId = await withBusyRetry(strapi, () => recordRun(strapi, report));
      return report;
    },

    /** Parse and diff without writing: what the admin page shows before Import. */
    async preview(documents: SourceDocument[], referenceDate?: string) {
      const previews = [];
      for await (const batch of inBatches(read(documents, undefined), BATCH)) {
        for (const [i, { report, parsed }] of (await importBatch(batch, { dryRun: true, referenceDate })).entries()) {
          // `text` is what the quotes' offsets index: the extracted text for any format but plain text.
          previews.push({ name: report.name, text: parsed ? batch[i].text : null, parsed: parsed && toContractJson(parsed), error: report.error, diff: parsed ? report : null });
        }
      }
      return previews;
    },

    async history({ page = 1, pageSize = 20 }: { page?: number; pageSize?: number } = {}) {
      const runs = strapi.documents(UID.importRun);
      const [data, total] = await Promise.all([
        runs.findMany({ sort: { startedAt: 'desc' }, start: (page - 1) * pageSize, limit: pageSize } as any),
        runs.count({}),
      ]);
      return { data, meta: { pagination: { page, pageSize, pageCount: Math.ceil(total / pageSize), total } } };
    },
  };
};

async function recordRun(strapi: Core.Strapi, report: ImportReport): Promise<string> {
  const conflicts = report.files.flatMap((file) =>
    file.changes.flatMap((change) =>
      change.conflicts.map((conflict) => ({
        file: file.name,
        type: change.type,
        label: change.label,
        importKey: change.importKey,
        documentId: change.documentId,
        field: conflict.field,
        current: conflict.current,
        incoming: conflict.incoming,
      }))
    )
  );
  const run = await strapi.documents(UID.importRun).create({
    data: {
      startedAt: report.startedAt,
      durationMs: report.durationMs,
      actor: report.actor.name,
      actorType: report.actor.type,
      dryRun: report.dryRun,
      flags: report.options,
      files: report.files.map(({ name, sha256: hash, bytes, status, error, article }) => ({ name, sha256: hash, bytes, status, error, article })),
      counts: report.counts,
      conflicts,
      failures: report.files.filter((f) => f.status === 'failed').map((f) => ({ file: f.name, error: f.error })),
    } as any,
  });
  return run.documentId as string;
}
