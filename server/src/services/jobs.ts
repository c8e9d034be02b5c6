import type { Core } from '@strapi/strapi';
import { createBackend, createJobQueue, jobsConfig } from '../jobs/queue';
import type { JobBackend, JobQueue } from '../jobs/types';

/**
 * The import job queue (server/src/jobs): enqueue, read, pause, resume,
 * cancel; its lifecycle, started by bootstrap and stopped by destroy on
 * every node; and the once-a-minute tasks of the worker nodes (feeds).
 */
export interface JobsService extends JobQueue {
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Run `task` once a minute on one worker node (JobBackend.everyMinute); a node without workers runs nothing. */
  everyMinute(name: string, task: () => Promise<void>): Promise<void>;
}

export default ({ strapi }: { strapi: Core.Strapi }): JobsService => {
  let backend: JobBackend | null = null;
  const started = () => {
    if (!backend) throw new Error('newsroom: the import job queue is not started (plugin bootstrap)');
    return backend;
  };
  return {
    ...createJobQueue(strapi, started),
    async start() {
      backend = createBackend(strapi);
      // A node without workers (the CLI) starts nothing: it enqueues, and the nodes with workers take it from there.
      if (jobsConfig(strapi).workers) await backend.start();
    },
    async everyMinute(name, task) {
      if (jobsConfig(strapi).workers) await started().everyMinute(name, task);
    },
    async stop() {
      // Also closes what enqueueing opened on a node without workers.
      await backend?.stop();
      backend = null;
    },
  };
};
