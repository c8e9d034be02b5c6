import type { Core } from '@strapi/strapi';
import { getService } from '../get-service';
import {
  validateAcceptBody,
  validateDocumentId,
  validateMergeBody,
  validateQueueQuery,
  validateSearchQuery,
  validateSpeakerBody,
} from '../routes/validation/review';
import { adminName, type Context } from './context';

/** Admin door: the review queue and its actions. Routes require plugin::newsroom.review. */
export const adminReview = ({ strapi }: { strapi: Core.Strapi }) => ({
  async queue(ctx: Context) {
    ctx.body = await getService(strapi, 'review').queue(validateQueueQuery(ctx.query));
  },

  async detail(ctx: Context) {
    ctx.body = await getService(strapi, 'review').detail(validateDocumentId(ctx.params));
  },

  async speaker(ctx: Context) {
    const documentId = validateDocumentId(ctx.params);
    const { personDocumentId } = validateSpeakerBody(ctx.request.body);
    ctx.body = await getService(strapi, 'review').confirmSpeaker(documentId, personDocumentId);
  },

  async accept(ctx: Context) {
    const documentId = validateDocumentId(ctx.params);
    validateAcceptBody(ctx.request.body);
    ctx.body = await getService(strapi, 'review').accept(documentId, adminName(ctx));
  },

  async searchPeople(ctx: Context) {
    const { q, limit } = validateSearchQuery(ctx.query);
    ctx.body = await getService(strapi, 'review').searchPeople(q, limit);
  },
});

/** Admin door: merging people. Routes require plugin::newsroom.merge. */
export const adminMerge = ({ strapi }: { strapi: Core.Strapi }) => ({
  async suggestions(ctx: Context) {
    ctx.body = await getService(strapi, 'people-merge').suggestions();
  },

  async preview(ctx: Context) {
    ctx.body = await getService(strapi, 'people-merge').preview(validateMergeBody(ctx.request.body));
  },

  async merge(ctx: Context) {
    ctx.body = await getService(strapi, 'people-merge').merge(validateMergeBody(ctx.request.body));
  },
});
