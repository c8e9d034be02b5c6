/**
 * The schedule: once a minute the subscriptions due are run, by the job
 * queue's scheduler (jobs `everyMinute`): pg-boss's on PostgreSQL, so one
 * node takes each tick, Strapi's cron on SQLite. A node without job workers
 * (the CLI) registers nothing. claim.ts stays the safety net that keeps two
 * runs off one feed (two ticks overlapping, a run now, a tick's retry).
 */
import type { Core } from '@strapi/strapi';
import { getService } from '../get-service';

export const FEED_TASK = 'newsroom-feeds';

export async function registerFeedSchedule(strapi: Core.Strapi): Promise<void> {
  await getService(strapi, 'jobs').everyMinute(FEED_TASK, async () => {
    try {
      await getService(strapi, 'feeds').runDue();
    } catch (error) {
      strapi.log.error(`newsroom: feed schedule: ${error instanceof Error ? error.message : String(error)}`);
    }
  });
}
