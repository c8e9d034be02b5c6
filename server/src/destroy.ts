import type { Core } from '@strapi/strapi';
import { removeFeedSchedule } from './feeds/schedule';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  removeFeedSchedule(strapi);
};
