/**
 * One chunk, whichever backend handed it over: imported with the importer
 * (services/importer.ts) and checkpointed. A chunk is the unit a crash loses:
 * until its checkpoint is written it stays pending and is handed out again,
 * and the importer being idempotent, a chunk imported twice writes nothing
 * twice. Writes across nodes are serialised by the importer's own lock.
 */
import type { Core } from '@strapi/strapi';
import { getService } from '../get-service';
import type { ImportOptions, ImportReport } from '../sync/types';
import { checkpointChunk, countPendingChunks, findJob, findPendingChunk, moveJob } from './store/job-rows';
import { readStoredDocuments } from './store/stored-documents';
import type { ChunkReport } from './types';

export type ChunkOutcome = 'done' | 'skipped' | 'paused';

const chunkReport = (report: ImportReport): ChunkReport => ({
  runId: report.runId,
  durationMs: report.durationMs,
  counts: report.counts,
  totals: report.totals,
  failures: report.files.filter((file) => file.status === 'failed').map((file) => ({ file: file.name, error: file.error ?? 'failed' })),
});

/** The last chunk's checkpoint completes the job; a paused or cancelled job stays as it is. */
async function completeIfDone(strapi: Core.Strapi, jobId: string) {
  if ((await countPendingChunks(strapi, jobId)) === 0) await moveJob(strapi, jobId, ['queued', 'running'], 'completed', { finishedAt: new Date() });
}

export async function runChunk(strapi: Core.Strapi, chunkId: number): Promise<ChunkOutcome> {
  const chunk = await findPendingChunk(strapi, chunkId);
  if (!chunk) return 'skipped';
  const job = await findJob(strapi, chunk.job);
  if (!job || job.state === 'cancelled' || job.state === 'completed' || job.state === 'failed') return 'skipped';
  if (job.state === 'paused') return 'paused';
  if (job.state === 'queued') await moveJob(strapi, job.documentId, ['queued'], 'running', { startedAt: new Date() });

  const report = await getService(strapi, 'importer').run({
    documents: readStoredDocuments(chunk.documents),
    options: (job.options ?? {}) as ImportOptions,
    actor: { type: job.actorType ?? 'cli', name: job.actor ?? '' },
    recordHistory: false,
  });
  await checkpointChunk(strapi, chunk.id, chunkReport(report));
  await completeIfDone(strapi, job.documentId);
  return 'done';
}

/** A chunk that cannot be imported (the database refused it, every retry used): the job stops there, with the reason. */
export async function failJob(strapi: Core.Strapi, jobId: string, error: unknown): Promise<void> {
  const message = error instanceof Error ? error.message : String(error);
  await moveJob(strapi, jobId, ['queued', 'running', 'paused'], 'failed', { finishedAt: new Date(), error: message.slice(0, 2000) });
}
