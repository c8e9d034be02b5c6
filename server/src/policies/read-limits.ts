import type { Core } from '@strapi/strapi';
import { PLUGIN_ID } from '../uids';
import { checkRestQuery } from '../access/limits';

/**
 * On the REST find/findOne routes of the four types: refuse oversized pages
 * and absurd populate depths with a 400 (see access/limits.ts).
 */
export default (
  policyContext: { request?: { query?: Record<string, unknown> } },
  _config: unknown,
  { strapi }: { strapi: Core.Strapi }
) => {
  const plugin = strapi.plugin(PLUGIN_ID);
  // The policy context copies the koa context's own properties: the parsed query lives on its request.
  checkRestQuery(policyContext.request?.query, {
    maxPageSize: plugin.config<number>('maxPageSize'),
    maxPopulateDepth: plugin.config<number>('maxPopulateDepth'),
  });
  return true;
};
