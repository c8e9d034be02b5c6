/**
 * The SQLite backend: one runner in the Strapi process works through the
 * pending chunks of the oldest active job, one chunk at a time. SQLite has
 * one writer anyway, so a second runner would only wait on the first. The
 * chunks are rows of the plugin's tables, so a restart picks up where the
 * last checkpoint left off. Its scheduled tasks are Strapi's cron
 * (strapi.cron, @strapi/core's services/cron.js, on croner).
 */
import type { Core } from '@strapi/strapi';
import { failJob, runChunk } from '../run-chunk';
import { moveJob, oldestActiveJob, pendingChunkIds } from '../store/job-rows';
import type { JobBackend } from '../types';

/** Second 0 of every minute (croner's six-field pattern). */
const EVERY_MINUTE = '0 * * * * *';

export function inProcessBackend(strapi: Core.Strapi, { pollingIntervalSeconds }: { pollingIntervalSeconds: number }): JobBackend {
  let stopped = true;
  let wake: (() => void) | null = null;
  let loop: Promise<void> = Promise.resolve();
  const cronTasks: string[] = [];

  const idle = () =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        wake = null;
        resolve();
      }, pollingIntervalSeconds * 1000);
      wake = () => {
        clearTimeout(timer);
        wake = null;
        resolve();
      };
    });

  /** One chunk of the oldest active job; false when there was nothing to do. */
  async function step(): Promise<boolean> {
    const job = await oldestActiveJob(strapi);
    if (!job) return false;
    const [chunkId] = await pendingChunkIds(strapi, job.documentId, 1);
    if (chunkId === undefined) {
      // Every chunk was checkpointed but the last completion did not land (a restart between the two).
      await moveJob(strapi, job.documentId, ['queued', 'running'], 'completed', { finishedAt: new Date() });
      return true;
    }
    try {
      await runChunk(strapi, chunkId);
    } catch (error) {
      strapi.log.error(`newsroom: import job ${job.documentId} failed: ${error instanceof Error ? error.message : String(error)}`);
      await failJob(strapi, job.documentId, error);
    }
    return true;
  }

  async function run() {
    while (!stopped) {
      const worked = await step().catch((error: unknown) => {
        strapi.log.error(`newsroom: the job runner could not read its tables: ${error instanceof Error ? error.message : String(error)}`);
        return false;
      });
      if (!worked && !stopped) await idle();
    }
  }

  return {
    async start() {
      stopped = false;
      loop = run();
    },
    async stop() {
      stopped = true;
      for (const name of cronTasks.splice(0)) strapi.cron.remove(name);
      wake?.();
      // The chunk in flight finishes and is checkpointed before the database closes.
      await loop;
    },
    async dispatch() {
      wake?.();
    },
    async everyMinute(name, task) {
      // A tick still running when the next fires is not doubled.
      let ticking = false;
      strapi.cron.add({
        [name]: {
          options: { rule: EVERY_MINUTE },
          async task() {
            if (ticking) return;
            ticking = true;
            try {
              await task();
            } finally {
              ticking = false;
            }
          },
        },
      });
      cronTasks.push(name);
    },
  };
}
