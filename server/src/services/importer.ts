import path from 'path';
import type { Core } from '@strapi/strapi';
import { parseDocument, toContractJson, type ParsedDocument } from '../parse';
import { validateSourceText } from '../source/read-source';
import { UID } from '../uids';
import { desiredFromParsed } from '../sync/desired';
import { loadExisting } from '../sync/load-existing';
import { planSync } from '../sync/plan';
import { applyPlan } from '../sync/apply';
import { runAsImporter } from '../sync/import-context';
import { sha256 } from '../sync/keys';
import { emptyCounts, summarise } from '../sync/report';
import type { Actor, FileReport, ImportOptions, ImportReport, SourceDocument } from '../sync/types';

// Any constant works: it only has to be the same for every importer process.
const PG_IMPORT_LOCK = 7_346_201;

export interface ImportRequest {
  documents: SourceDocument[];
  options?: ImportOptions;
  actor: Actor;
  /** Called after each document, for progress bars. */
  onFile?: (file: FileReport, index: number, total: number) => void;
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  /**
   * Serialise article transactions across processes, so two importers started
   * at once cannot both decide to create the same person or article.
   * PostgreSQL: a transaction-scoped advisory lock. SQLite: take the database's
   * write lock up front (a no-op write); otherwise two readers that both try to
   * write later deadlock and one fails with SQLITE_BUSY instead of waiting.
   */
  const takeImportLock = async (trx: any) => {
    const client = strapi.db.dialect.client;
    if (client === 'postgres') {
      await trx.raw('SELECT pg_advisory_xact_lock(?)', [PG_IMPORT_LOCK]);
    } else if (client === 'sqlite') {
      const table = strapi.db.metadata.get(UID.tombstone).tableName;
      await trx.raw(`DELETE FROM ?? WHERE 1 = 0`, [table]);
    }
  };

  /** One document, end to end; also hands back what was parsed, for the admin preview. */
  const importOne = async (document: SourceDocument, options: ImportOptions): Promise<{ report: FileReport; parsed: ParsedDocument | null }> => {
    const bytes = Buffer.byteLength(document.text ?? '', 'utf8');
    const report: FileReport = {
      name: document.name,
      sha256: sha256(document.text ?? ''),
      bytes,
      status: 'failed',
      error: null,
      article: null,
      changes: [],
    };
    let parsed: ParsedDocument | null = null;
    try {
      if (document.error) throw new Error(document.error);
      const text = validateSourceText(document.text, document.name);
      parsed = parseDocument(text, { referenceDate: options.referenceDate, fileName: document.name });
      const desired = desiredFromParsed(parsed, text, path.basename(document.name));
      report.warnings = [...parsed.warnings, ...desired.warnings].map(({ code, message }) => ({ code, message }));
      const planOptions = { overwrite: !!options.overwrite, publish: !!options.publish };

      let documentId: string | null;
      let changes;
      if (options.dryRun) {
        const existing = await loadExisting(strapi, desired);
        const plan = planSync(desired, existing, planOptions);
        documentId = existing.article?.documentId ?? null;
        changes = plan.changes;
      } else {
        ({ documentId, changes } = await runAsImporter(() =>
          strapi.db.transaction(async ({ trx }) => {
            await takeImportLock(trx);
            const existing = await loadExisting(strapi, desired);
            const plan = planSync(desired, existing, planOptions);
            return { documentId: await applyPlan(strapi, plan, existing), changes: plan.changes };
          })
        ));
      }

      report.changes = changes;
      report.article = { documentId, title: parsed.title, importKey: desired.article.key };
      report.status = changes.every((c) => c.action === 'unchanged' || c.action === 'skip-deleted') ? 'unchanged' : 'imported';
    } catch (error) {
      report.status = 'failed';
      report.error = error instanceof Error ? error.message : String(error);
    }
    return { report, parsed };
  };

  return {
    /** The one entry point every door uses: CLI, content API and admin page. */
    async run({ documents, options = {}, actor, onFile }: ImportRequest): Promise<ImportReport> {
      const started = Date.now();
      const files: FileReport[] = [];
      for (const document of documents) {
        files.push((await importOne(document, options)).report);
        onFile?.(files[files.length - 1], files.length - 1, documents.length);
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
      if (!report.dryRun) report.runId = await recordRun(strapi, report);
      return report;
    },

    /** Parse and diff without writing: what the admin page shows before Import. */
    async preview(documents: SourceDocument[], referenceDate?: string) {
      const previews = [];
      for (const document of documents) {
        const { report, parsed } = await importOne(document, { dryRun: true, referenceDate });
        previews.push({ name: document.name, parsed: parsed && toContractJson(parsed), error: report.error, diff: parsed ? report : null });
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
