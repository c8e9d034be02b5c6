/**
 * A worker node's safety net for chunks no message will ever hand out: the
 * job and its chunks are stored before their messages are sent, so a node
 * that dies between the two, or a send that fails, leaves pending chunks
 * with no message. Each worker node re-sends the pending chunks of every
 * active job when it starts and every jobs.maintenanceIntervalSeconds; the
 * backend's messages have one id per chunk, so a chunk whose message exists
 * is not sent twice. An active job with no pending chunk left (its last
 * checkpoint landed, its completion did not) is completed here.
 */
import type { Core } from '@strapi/strapi';
import { moveJob, pendingChunksOfActiveJobs } from './store/job-rows';
import { ACTIVE_STATES } from './types';

type Dispatch = (jobId: string, chunkIds: number[]) => Promise<void>;

export async function resendPending(strapi: Core.Strapi, dispatch: Dispatch): Promise<void> {
  for (const { jobId, chunkIds } of await pendingChunksOfActiveJobs(strapi)) {
    if (chunkIds.length > 0) await dispatch(jobId, chunkIds);
    else await moveJob(strapi, jobId, ACTIVE_STATES, 'completed', { finishedAt: new Date() });
  }
}

/** resendPending now and every `seconds`, one pass at a time; `stop` waits for the pass in flight. */
export function keepResending(strapi: Core.Strapi, dispatch: Dispatch, seconds: number): { stop(): Promise<void> } {
  let pass: Promise<void> = Promise.resolve();
  let running = false;
  const run = () => {
    if (running) return;
    running = true;
    pass = resendPending(strapi, dispatch)
      .catch((error: unknown) => {
        strapi.log.error(`newsroom: could not re-send the pending chunks of import jobs: ${error instanceof Error ? error.message : String(error)}`);
      })
      .finally(() => {
        running = false;
      });
  };
  run();
  const timer = setInterval(run, seconds * 1000);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await pass;
    },
  };
}
