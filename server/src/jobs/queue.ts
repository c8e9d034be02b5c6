/**
 * The job queue the doors use (getService(strapi, 'jobs')): the same
 * interface on both databases; only how chunks reach workers differs
 * (backends/). Jobs, documents and checkpoints are the plugin's tables.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { JobsConfig } from '../config';
import { SourceError } from '../source/read-source';
import { chunks as cut } from '../sync/chunks';
import type { SourceDocument } from '../sync/types';
import { PLUGIN_ID } from '../uids';
import { inProcessBackend } from './backends/in-process';
import { pgBossBackend } from './backends/pg-boss';
import { expandArchives } from './expand-archives';
import { fetchFeedDocument } from './feed-document';
import { jobView } from './job-view';
import { chunkSummaries, dropPendingChunks, findJob, findJobs, insertJob, moveJob, pendingChunkIds } from './store/job-rows';
import { storeDocument } from './store/stored-documents';
import { ACTIVE_STATES, type JobBackend, type JobQueue, type JobSpec, type JobView } from './types';

export const jobsConfig = (strapi: Core.Strapi): JobsConfig => strapi.plugin(PLUGIN_ID).config<JobsConfig>('jobs');

export const createBackend = (strapi: Core.Strapi): JobBackend =>
  strapi.db.dialect.client === 'postgres' ? pgBossBackend(strapi, jobsConfig(strapi)) : inProcessBackend(strapi, jobsConfig(strapi));

/** Stores a job and its chunks, then hands the chunks to the backend's workers. */
async function enqueueJob(
  strapi: Core.Strapi,
  spec: JobSpec,
  documentsOf: (spec: JobSpec) => Promise<SourceDocument[]>,
  backend: () => JobBackend
): Promise<string> {
  const documents = await documentsOf(spec);
  const chunkSize = spec.chunkSize ?? jobsConfig(strapi).chunkSize;
  const slices = cut(documents.map(storeDocument), chunkSize);
  const { job, chunkIds } = await insertJob(
    strapi,
    {
      label: (spec.label ?? (spec.source.kind === 'feed' ? spec.source.url : documents[0]!.name)).slice(0, 255),
      actor: spec.actor.name,
      actorType: spec.actor.type,
      options: { ...spec.options },
      documentsTotal: documents.length,
      chunksTotal: slices.length,
    },
    slices
  );
  await handOut(strapi, backend(), job.documentId, chunkIds);
  return job.documentId;
}

/**
 * The job is stored whatever happens to its messages: a send that fails is
 * logged, not thrown, and the worker nodes' re-send of pending chunks
 * (resend-pending.ts) hands the chunks out.
 */
async function handOut(strapi: Core.Strapi, backend: JobBackend, jobId: string, chunkIds: number[]) {
  try {
    await backend.dispatch(jobId, chunkIds);
  } catch (error) {
    strapi.log.warn(`newsroom: import job ${jobId} is stored; its chunks are handed out by the workers' next re-send (${error instanceof Error ? error.message : String(error)})`);
  }
}

export function createJobQueue(strapi: Core.Strapi, backend: () => JobBackend): JobQueue {
  const maxBytes = () => strapi.plugin(PLUGIN_ID).config<number>('maxSourceBytes');

  async function view(id: string): Promise<JobView | null> {
    const job = await findJob(strapi, id);
    return job ? jobView(job, await chunkSummaries(strapi, id)) : null;
  }

  async function existing(id: string): Promise<JobView> {
    const found = await view(id);
    if (!found) throw new errors.NotFoundError(`import job ${id} not found`);
    return found;
  }

  /** The job's documents: archives opened, a feed fetched; bad input refused before anything is stored. */
  async function documentsOf(spec: JobSpec) {
    const { maxDocuments } = jobsConfig(strapi);
    try {
      const documents = spec.source.kind === 'feed' ? [await fetchFeedDocument(spec.source.url, maxBytes())] : spec.source.documents;
      const expanded = await expandArchives(documents, { maxBytes: maxBytes(), maxDocuments });
      if (expanded.length === 0) throw new errors.ValidationError('a job needs at least one document');
      return expanded;
    } catch (error) {
      if (error instanceof SourceError) throw new errors.ValidationError(error.message);
      throw error;
    }
  }

  return {
    enqueue: (spec) => enqueueJob(strapi, spec, documentsOf, backend),

    get: view,

    async list({ page = 1, pageSize = 20, state } = {}) {
      const { rows, total } = await findJobs(strapi, { start: (page - 1) * pageSize, limit: pageSize, state });
      const data = await Promise.all(rows.map(async (row) => jobView(row, await chunkSummaries(strapi, row.documentId))));
      return { data, meta: { pagination: { page, pageSize, pageCount: Math.ceil(total / pageSize), total } } };
    },

    async cancel(id) {
      const job = await existing(id);
      if (await moveJob(strapi, id, [...ACTIVE_STATES, 'paused'], 'cancelled', { finishedAt: new Date() })) await dropPendingChunks(strapi, id);
      else throw new errors.ApplicationError(`import job ${id} is ${job.state}; only a queued, running or paused job can be cancelled`);
      return existing(id);
    },

    async pause(id) {
      const job = await existing(id);
      if (!(await moveJob(strapi, id, ACTIVE_STATES, 'paused'))) {
        throw new errors.ApplicationError(`import job ${id} is ${job.state}; only a queued or running job can be paused`);
      }
      return existing(id);
    },

    async resume(id) {
      const job = await existing(id);
      if (!(await moveJob(strapi, id, ['paused'], job.startedAt ? 'running' : 'queued'))) {
        throw new errors.ApplicationError(`import job ${id} is ${job.state}; only a paused job can be resumed`);
      }
      // Chunks whose messages were consumed while paused are handed out again; one handed out twice is skipped once done.
      await handOut(strapi, backend(), id, await pendingChunkIds(strapi, id));
      return existing(id);
    },
  };
}
