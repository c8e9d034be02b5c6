import type { Core } from '@strapi/strapi';
import { registerTombstones } from './sync/hooks/tombstones';
import { registerEditorTouch } from './sync/hooks/editor-touch';
import { registerDivergenceGuard } from './sync/hooks/divergence-guard';
import { registerReadGuard } from './access/read-guard';
import { registerDefaultFields } from './access/default-fields';
import { registerGraphqlLimits } from './access/graphql';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  registerTombstones(strapi);
  registerEditorTouch(strapi);
  registerDivergenceGuard(strapi);
  registerReadGuard(strapi);
  registerDefaultFields(strapi);
  registerGraphqlLimits(strapi);
};
