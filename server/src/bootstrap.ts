import type { Core } from '@strapi/strapi';
import { PLUGIN_ID } from './uids';
import { syncPublicRead } from './public-read';
import { configureContentManager } from './content-manager/configure';
import { ensureImportIndexes } from './sync/store/indexes';
import { chooseRecordWriter } from './sync/store/choose-writer';
import { registerFeedSchedule } from './feeds/schedule';
import { getService } from './get-service';

/** A database from before the review fields holds `needsReview` false for every quote: set it from the rule once. */
async function reconcileReviewVerdicts(strapi: Core.Strapi) {
  try {
    const changed = await getService(strapi, 'review').reconcileVerdicts();
    if (changed) strapi.log.info(`[newsroom] set the stored "needs review" verdict of ${changed} quotes from the review rule`);
  } catch (error) {
    strapi.log.warn(`[newsroom] could not check the stored "needs review" verdicts: ${error instanceof Error ? error.message : String(error)}`);
  }
}

export default async ({ strapi }: { strapi: Core.Strapi }) => {
  await strapi.service('admin::permission').actionProvider.registerMany([
    {
      section: 'plugins',
      displayName: 'Import source documents',
      uid: 'import',
      pluginName: PLUGIN_ID,
    },
    { section: 'plugins', displayName: 'Review quotes', uid: 'review', pluginName: PLUGIN_ID },
    { section: 'plugins', displayName: 'Merge people', uid: 'merge', pluginName: PLUGIN_ID },
  ]);
  await ensureImportIndexes(strapi);
  chooseRecordWriter(strapi);
  await syncPublicRead(strapi);
  await configureContentManager(strapi);
  await reconcileReviewVerdicts(strapi);
  // Every node with the plugin runs import job workers (server/src/jobs), unless config.jobs.workers is off; those nodes also tick the feeds.
  await getService(strapi, 'jobs').start();
  await registerFeedSchedule(strapi);
};
