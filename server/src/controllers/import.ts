import type { Core } from '@strapi/strapi';
import { getService } from '../get-service';
import { validateImportBody } from '../validation/import-request';
import { apiTokenActor, importOptions, type Context } from './context';

/** Content-API door: POST /api/newsroom/imports, API tokens only (see the is-api-token policy). */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async create(ctx: Context) {
    const body = validateImportBody(strapi, ctx.request.body);
    const report = await getService(strapi, 'importer').run({
      documents: body.documents,
      options: importOptions(body),
      actor: apiTokenActor(ctx),
    });
    ctx.body = { data: report };
  },
});
