import type { Core } from '@strapi/strapi';
import { PLUGIN_ID } from './uids';
import { syncPublicRead } from './public-read';
import { configureContentManager } from './content-manager/configure';
import { ensureImportIndexes } from './sync/store/indexes';
import { chooseRecordWriter } from './sync/store/choose-writer';
import { registerFeedSchedule } from './feeds/schedule';
import { getService } from './get-service';

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
  registerFeedSchedule(strapi);
  // Every node with the plugin runs import job workers (server/src/jobs), unless config.jobs.workers is off.
  await getService(strapi, 'jobs').start();
};
