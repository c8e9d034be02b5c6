import type { Core } from '@strapi/strapi';
import { PLUGIN_ID } from '../uids';
import { validateImportBody } from '../validation/import-request';

/** Content-API door: POST /api/newsroom/imports, API tokens only (see the is-api-token policy). */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async create(ctx: any) {
    const body = await validateImportBody(strapi, ctx.request.body);
    const token = ctx.state.auth?.credentials;
    const report = await strapi.plugin(PLUGIN_ID).service('importer').run({
      documents: body.documents,
      options: { dryRun: body.dryRun, publish: body.publish, overwrite: body.overwrite, referenceDate: body.referenceDate },
      actor: { type: 'api-token', name: token?.name ? `token:${token.name}` : 'token' },
    });
    ctx.body = { data: report };
  },
});
