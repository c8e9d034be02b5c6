import type { Core } from '@strapi/strapi';
import { getService } from '../get-service';
import { validateCreateFeed, validateFeedParams, validateUpdateFeed } from '../routes/validation/feeds';
import type { Context } from './context';

/** Admin door: feed subscriptions on the Newsroom page. Routes require the plugin::newsroom.import permission. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const feeds = () => getService(strapi, 'feeds');
  const documentId = (ctx: Context) => validateFeedParams(ctx.params).documentId;

  return {
    async list(ctx: Context) {
      ctx.body = { data: await feeds().list() };
    },

    async create(ctx: Context) {
      ctx.status = 201;
      ctx.body = { data: await feeds().create(validateCreateFeed(ctx.request.body)) };
    },

    async update(ctx: Context) {
      ctx.body = { data: await feeds().update(documentId(ctx), validateUpdateFeed(ctx.request.body)) };
    },

    async remove(ctx: Context) {
      const id = documentId(ctx);
      await feeds().remove(id);
      ctx.body = { data: { documentId: id } };
    },

    async run(ctx: Context) {
      ctx.body = { data: await feeds().runNow(documentId(ctx)) };
    },

    async runs(ctx: Context) {
      ctx.body = { data: await feeds().runs(documentId(ctx)) };
    },
  };
};
