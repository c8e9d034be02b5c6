import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { getService } from '../get-service';
import { validateImportJobBody, validateJobId } from '../validation/import-job-request';
import { apiTokenActor, type Context } from './context';
import { jobSpec } from './job-spec';

/** Content-API door for jobs: POST and GET /api/newsroom/import-jobs, API tokens with the import scope only. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async create(ctx: Context) {
    const body = validateImportJobBody(strapi, ctx.request.body);
    const id = await getService(strapi, 'jobs').enqueue(jobSpec(body, apiTokenActor(ctx)));
    ctx.status = 202;
    ctx.body = { data: await getService(strapi, 'jobs').get(id) };
  },

  async findOne(ctx: Context) {
    const id = validateJobId(ctx.params.id);
    const job = await getService(strapi, 'jobs').get(id);
    if (!job) throw new errors.NotFoundError(`import job ${id} not found`);
    ctx.body = { data: job };
  },
});
