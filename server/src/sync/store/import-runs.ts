import type { Core } from '@strapi/strapi';
import { UID } from '../../uids';
import type { ImportReport } from '../types';

/** A run's history entry (plugin::newsroom.import-run): who, when, files, counts, conflicts, failures. */
export async function recordRun(strapi: Core.Strapi, report: ImportReport): Promise<string> {
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
    },
  });
  return run.documentId;
}

/** The runs, newest first, a page at a time. */
export async function listRuns(strapi: Core.Strapi, { page, pageSize }: { page: number; pageSize: number }) {
  const runs = strapi.documents(UID.importRun);
  const [data, total] = await Promise.all([runs.findMany({ sort: { startedAt: 'desc' }, start: (page - 1) * pageSize, limit: pageSize }), runs.count({})]);
  return { data, meta: { pagination: { page, pageSize, pageCount: Math.ceil(total / pageSize), total } } };
}
