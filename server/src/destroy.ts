import type { Core } from '@strapi/strapi';
import { getService } from './get-service';

export default async ({ strapi }: { strapi: Core.Strapi }) => {
  // The chunk in flight (and a feed tick) is finished and checkpointed before Strapi closes the database.
  await getService(strapi, 'jobs').stop();
};
