/**
 * A job as the doors show it: its row and its chunks' checkpoints added up.
 * Nothing is counted twice or kept in step by hand: the report is the sum of
 * the done chunks' reports, read when asked for.
 */
import { ACTIONS, TYPES } from '../sync/report';
import type { ActionCounts, ImportOptions, ImportReport, RecordType } from '../sync/types';
import type { ChunkSummaryRow, JobRow } from './store/job-rows';
import type { JobFailure, JobView } from './types';

/** The failures a view lists; the totals count them all. */
export const MAX_LISTED_FAILURES = 100;

const zeroCounts = (): Record<RecordType, ActionCounts> =>
  Object.fromEntries(TYPES.map((type) => [type, Object.fromEntries(ACTIONS.map((action) => [action, 0]))])) as Record<RecordType, ActionCounts>;

const zeroTotals = (): ImportReport['totals'] => ({ files: 0, failed: 0, created: 0, updated: 0, unchanged: 0, conflicts: 0, removed: 0 });

export function jobView(job: JobRow, chunks: ChunkSummaryRow[], now = Date.now()): JobView {
  const counts = zeroCounts();
  const totals = zeroTotals();
  const errors: JobFailure[] = [];
  let documentsDone = 0;
  let chunksDone = 0;
  for (const chunk of chunks) {
    if (chunk.state !== 'done' || !chunk.report) continue;
    chunksDone += 1;
    documentsDone += chunk.documentCount;
    for (const type of TYPES) for (const action of ACTIONS) counts[type][action] += chunk.report.counts[type]?.[action] ?? 0;
    for (const key of Object.keys(totals) as Array<keyof typeof totals>) totals[key] += chunk.report.totals[key];
    errors.push(...chunk.report.failures.slice(0, MAX_LISTED_FAILURES - errors.length));
  }
  const started = job.startedAt ? Date.parse(job.startedAt) : null;
  const seconds = started === null ? 0 : ((job.finishedAt ? Date.parse(job.finishedAt) : now) - started) / 1000;
  return {
    id: job.documentId,
    state: job.state,
    label: job.label ?? '',
    actor: { type: job.actorType ?? 'cli', name: job.actor ?? '' },
    options: (job.options ?? {}) as ImportOptions,
    createdAt: job.createdAt,
    startedAt: job.startedAt,
    finishedAt: job.finishedAt,
    documents: { total: job.documentsTotal ?? 0, done: documentsDone },
    chunks: { total: job.chunksTotal ?? chunks.length, done: chunksDone },
    throughput: seconds > 0 ? Math.round((documentsDone / seconds) * 10) / 10 : null,
    counts,
    totals,
    errors,
    error: job.error,
  };
}
