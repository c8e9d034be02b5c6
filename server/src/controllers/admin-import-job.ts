import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { getService } from '../get-service';
import { validateImportJobBody, validateJobId, validateJobListQuery } from '../validation/import-job-request';
import { adminActor, type Context } from './context';
import { jobSpec } from './job-spec';

/** Admin door for jobs: the Import page's large drops and the History's job list. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const jobs = () => getService(strapi, 'jobs');
  return {
    async create(ctx: Context) {
      const id = await jobs().enqueue(jobSpec(validateImportJobBody(strapi, ctx.request.body), adminActor(ctx)));
      ctx.status = 202;
      ctx.body = { data: await jobs().get(id) };
    },
    async find(ctx: Context) {
      ctx.body = await jobs().list(validateJobListQuery(ctx.query));
    },
    async findOne(ctx: Context) {
      const id = validateJobId(ctx.params.id);
      const job = await jobs().get(id);
      if (!job) throw new errors.NotFoundError(`import job ${id} not found`);
      ctx.body = { data: job };
    },
    async pause(ctx: Context) {
      ctx.body = { data: await jobs().pause(validateJobId(ctx.params.id)) };
    },
    async resume(ctx: Context) {
      ctx.body = { data: await jobs().resume(validateJobId(ctx.params.id)) };
    },
    async cancel(ctx: Context) {
      ctx.body = { data: await jobs().cancel(validateJobId(ctx.params.id)) };
    },
  };
};
