/**
 * The schedule: Strapi's cron (strapi.cron, @strapi/core's services/cron.js,
 * on croner) ticks every minute on every node and runs the subscriptions
 * due; claim.ts keeps two nodes off one feed. A tick still running when the
 * next fires is not doubled on this node.
 */
import type { Core } from '@strapi/strapi';
import { getService } from '../get-service';

export const FEED_CRON_TASK = 'newsroom-feeds';
/** Second 0 of every minute (croner's six-field pattern). */
export const FEED_CRON_RULE = '0 * * * * *';

export function registerFeedSchedule(strapi: Core.Strapi): void {
  let ticking = false;
  strapi.cron.add({
    [FEED_CRON_TASK]: {
      options: { rule: FEED_CRON_RULE },
      async task() {
        if (ticking) return;
        ticking = true;
        try {
          await getService(strapi, 'feeds').runDue();
        } catch (error) {
          strapi.log.error(`newsroom: feed schedule: ${error instanceof Error ? error.message : String(error)}`);
        } finally {
          ticking = false;
        }
      },
    },
  });
}

export function removeFeedSchedule(strapi: Core.Strapi): void {
  strapi.cron.remove(FEED_CRON_TASK);
}
