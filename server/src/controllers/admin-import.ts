import type { Core } from '@strapi/strapi';
import { PLUGIN_ID } from '../uids';
import { validateHistoryQuery, validateImportBody, validatePreviewBody } from '../validation/import-request';

const importer = (strapi: Core.Strapi) => strapi.plugin(PLUGIN_ID).service('importer');

/** Admin door: the Newsroom page. Routes require the plugin::newsroom.import permission. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async preview(ctx: any) {
    const body = await validatePreviewBody(strapi, ctx.request.body);
    ctx.body = { data: await importer(strapi).preview(body.documents, body.referenceDate) };
  },

  async create(ctx: any) {
    const body = await validateImportBody(strapi, ctx.request.body);
    const user = ctx.state.user;
    const report = await importer(strapi).run({
      documents: body.documents,
      options: { dryRun: body.dryRun, publish: body.publish, overwrite: body.overwrite, referenceDate: body.referenceDate },
      actor: { type: 'admin', name: user?.email ?? `admin:${user?.id ?? 'unknown'}` },
    });
    ctx.body = { data: report };
  },

  async history(ctx: any) {
    const query = await validateHistoryQuery(ctx.query);
    ctx.body = await importer(strapi).history(query);
  },
});
