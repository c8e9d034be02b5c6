import type { Core } from '@strapi/strapi';
import { registerTombstones } from './sync/tombstones';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  registerTombstones(strapi);
};
