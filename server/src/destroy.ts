import type { Core } from '@strapi/strapi';
import { removeFeedSchedule } from './feeds/schedule';
import { getService } from './get-service';

export default async ({ strapi }: { strapi: Core.Strapi }) => {
  removeFeedSchedule(strapi);
  // The chunk in flight is finished and checkpointed before Strapi closes the database.
  await getService(strapi, 'jobs').stop();
};
