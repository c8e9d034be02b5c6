/**
 * Every read and write of the job tables (content-types/import-job*). The
 * Query Engine rather than the Document Service: a checkpoint and a state
 * change must be conditional (`WHERE state = 'pending'`) so that two nodes
 * finishing the same chunk, or a pause racing a finish, count once; the
 * Document Service has no conditional update. Rows are parsed here, so the
 * rest of jobs/ sees typed records.
 */
import type { Core } from '@strapi/strapi';
import { z } from '@strapi/utils';
import { UID } from '../../uids';
import { ACTIVE_STATES, JOB_STATES, type ChunkReport, type JobState } from '../types';

const date = z.union([z.string(), z.date()]).transform((value) => new Date(value).toISOString());

export const jobRow = z.object({
  id: z.number(),
  documentId: z.string(),
  state: z.enum(JOB_STATES),
  label: z.string().nullable().default(''),
  actor: z.string().nullable().default(''),
  actorType: z.enum(['cli', 'api-token', 'admin']).nullable().default('cli'),
  options: z.record(z.string(), z.unknown()).nullable().default({}),
  documentsTotal: z.number().nullable().default(0),
  chunksTotal: z.number().nullable().default(0),
  createdAt: date,
  startedAt: date.nullable().default(null),
  finishedAt: date.nullable().default(null),
  error: z.string().nullable().default(null),
});
export type JobRow = z.infer<typeof jobRow>;

const counts = z.record(z.string(), z.record(z.string(), z.number()));
export const chunkReport = z.object({
  runId: z.string().nullable(),
  durationMs: z.number(),
  counts,
  totals: z.object({ files: z.number(), failed: z.number(), created: z.number(), updated: z.number(), unchanged: z.number(), conflicts: z.number(), removed: z.number() }),
  failures: z.array(z.object({ file: z.string(), error: z.string() })),
});

export const chunkSummaryRow = z.object({
  id: z.number(),
  state: z.enum(['pending', 'done', 'dropped']),
  documentCount: z.number(),
  report: chunkReport.nullable().default(null),
});
export type ChunkSummaryRow = z.infer<typeof chunkSummaryRow>;

const CHUNK_SUMMARY = ['id', 'state', 'documentCount', 'report'];

export interface NewJob {
  label: string;
  actor: string;
  actorType: 'cli' | 'api-token' | 'admin';
  options: Record<string, unknown>;
  documentsTotal: number;
  chunksTotal: number;
}

export const jobs = (strapi: Core.Strapi) => strapi.db.query(UID.importJob);
export const chunks = (strapi: Core.Strapi) => strapi.db.query(UID.importJobChunk);

/** The job and its chunks in one transaction: a job is never seen without all its documents. */
export async function insertJob(strapi: Core.Strapi, job: NewJob, documentChunks: unknown[][]): Promise<{ job: JobRow; chunkIds: number[] }> {
  return strapi.db.transaction(async () => {
    const created = await strapi.documents(UID.importJob).create({ data: { ...job, state: 'queued' } });
    const row = jobRow.parse(await jobs(strapi).findOne({ where: { documentId: created.documentId } }));
    const ids: number[] = [];
    for (const [position, documents] of documentChunks.entries()) {
      const chunk = await chunks(strapi).create({
        data: { job: row.documentId, position, state: 'pending', documentCount: documents.length, documents },
        select: ['id'],
      });
      ids.push(z.object({ id: z.number() }).parse(chunk).id);
    }
    return { job: row, chunkIds: ids };
  });
}

export async function findJob(strapi: Core.Strapi, documentId: string): Promise<JobRow | null> {
  const row = await jobs(strapi).findOne({ where: { documentId } });
  return row ? jobRow.parse(row) : null;
}

export async function findJobs(strapi: Core.Strapi, { start, limit, state }: { start: number; limit: number; state?: JobState }) {
  const where = state ? { state } : {};
  const [rows, total] = await Promise.all([jobs(strapi).findMany({ where, orderBy: { createdAt: 'desc' }, offset: start, limit }), jobs(strapi).count({ where })]);
  return { rows: z.array(jobRow).parse(rows), total };
}

/** Move a job from any of `from` to `to`; false when it was in none of them (another node moved it first). */
export async function moveJob(strapi: Core.Strapi, documentId: string, from: JobState[], to: JobState, extra: Record<string, unknown> = {}): Promise<boolean> {
  const { count } = await jobs(strapi).updateMany({ where: { documentId, state: { $in: from } }, data: { state: to, ...extra } });
  return count > 0;
}

export async function chunkSummaries(strapi: Core.Strapi, jobId: string): Promise<ChunkSummaryRow[]> {
  return z.array(chunkSummaryRow).parse(await chunks(strapi).findMany({ where: { job: jobId }, select: CHUNK_SUMMARY, orderBy: { position: 'asc' } }));
}

export async function pendingChunkIds(strapi: Core.Strapi, jobId: string, limit?: number): Promise<number[]> {
  const rows = await chunks(strapi).findMany({ where: { job: jobId, state: 'pending' }, select: ['id'], orderBy: { position: 'asc' }, limit });
  return z.array(z.object({ id: z.number() })).parse(rows).map((row) => row.id);
}

export async function countPendingChunks(strapi: Core.Strapi, jobId: string): Promise<number> {
  return chunks(strapi).count({ where: { job: jobId, state: 'pending' } });
}

export async function findPendingChunk(strapi: Core.Strapi, id: number) {
  const row = await chunks(strapi).findOne({ where: { id, state: 'pending' }, select: ['id', 'job', 'documents'] });
  return row ? z.object({ id: z.number(), job: z.string(), documents: z.unknown() }).parse(row) : null;
}

/**
 * The checkpoint: the chunk is done and carries its report; its documents are
 * dropped, since they will not be read again. A chunk a cancel dropped while
 * it was in flight was imported all the same, so it is counted too. False
 * when another node checkpointed it first: that report is the one that counts.
 */
export async function checkpointChunk(strapi: Core.Strapi, id: number, report: ChunkReport): Promise<boolean> {
  const { count } = await chunks(strapi).updateMany({
    where: { id, state: { $in: ['pending', 'dropped'] } },
    data: { state: 'done', report, documents: null, finishedAt: new Date() },
  });
  return count > 0;
}

export async function dropPendingChunks(strapi: Core.Strapi, jobId: string): Promise<void> {
  await chunks(strapi).updateMany({ where: { job: jobId, state: 'pending' }, data: { state: 'dropped', documents: null } });
}

/**
 * Every queued or running job with its pending chunks (none: every chunk was
 * checkpointed but the job's completion did not land). What a node re-sends
 * so that no chunk waits on a message that was never sent.
 */
export async function pendingChunksOfActiveJobs(strapi: Core.Strapi): Promise<Array<{ jobId: string; chunkIds: number[] }>> {
  const active = z.array(z.object({ documentId: z.string() })).parse(await jobs(strapi).findMany({ where: { state: { $in: ACTIVE_STATES } }, select: ['documentId'] }));
  if (active.length === 0) return [];
  const rows = await chunks(strapi).findMany({
    where: { job: { $in: active.map((job) => job.documentId) }, state: 'pending' },
    select: ['id', 'job'],
    orderBy: [{ position: 'asc' }],
  });
  const byJob = new Map<string, number[]>(active.map((job) => [job.documentId, []]));
  for (const row of z.array(z.object({ id: z.number(), job: z.string() })).parse(rows)) byJob.get(row.job)?.push(row.id);
  return [...byJob].map(([jobId, chunkIds]) => ({ jobId, chunkIds }));
}

/** The oldest job with work to hand out (the SQLite runner's next job). */
export async function oldestActiveJob(strapi: Core.Strapi): Promise<JobRow | null> {
  const row = await jobs(strapi).findOne({ where: { state: { $in: ['queued', 'running'] } }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
  return row ? jobRow.parse(row) : null;
}
