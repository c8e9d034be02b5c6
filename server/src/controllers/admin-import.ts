import type { Core } from '@strapi/strapi';
import { getService } from '../get-service';
import { validateHistoryQuery, validateImportBody, validatePreviewBody } from '../validation/import-request';
import { adminActor, importOptions, type Context } from './context';

/** Admin door: the Newsroom page. Routes require the plugin::newsroom.import permission. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async preview(ctx: Context) {
    const body = validatePreviewBody(strapi, ctx.request.body);
    ctx.body = { data: await getService(strapi, 'importer').preview(body.documents, body.referenceDate) };
  },

  async create(ctx: Context) {
    const body = validateImportBody(strapi, ctx.request.body);
    const report = await getService(strapi, 'importer').run({
      documents: body.documents,
      options: importOptions(body),
      actor: adminActor(ctx),
    });
    ctx.body = { data: report };
  },

  async history(ctx: Context) {
    ctx.body = await getService(strapi, 'importer').history(validateHistoryQuery(ctx.query));
  },
});
