import type { Core } from '@strapi/strapi';
import { registerTombstones } from './sync/tombstones';
import { registerReadGuard } from './access/read-guard';
import { registerGraphqlLimits } from './access/graphql';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  registerTombstones(strapi);
  registerReadGuard(strapi);
  registerGraphqlLimits(strapi);
};
