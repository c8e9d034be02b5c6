import type { Core } from '@strapi/strapi';
import { UID } from '../../uids';
import { isImporterRunning } from './import-context';
import { refreshArticleDivergence, refreshQuoteDivergence } from '../../review/guard-store';

const WRITES = new Set(['create', 'update']);

const documentIdOf = (result: unknown, params: unknown): string | null => {
  const fromResult = (result as { documentId?: unknown } | null)?.documentId;
  const fromParams = (params as { documentId?: unknown } | undefined)?.documentId;
  const id = typeof fromResult === 'string' ? fromResult : fromParams;
  return typeof id === 'string' ? id : null;
};

/**
 * Document Service middleware, the misquote guard for editors' writes: after
 * a quote is created or updated, or an article's text is, the quotes
 * concerned are judged against their source span again (review/divergence.ts).
 * The importer judges its own writes once per article (sync/store/apply-plan.ts).
 */
export const registerDivergenceGuard = (strapi: Core.Strapi) => {
  strapi.documents.use(async (ctx, next) => {
    const watched = ctx.uid === UID.quote || ctx.uid === UID.article;
    if (!watched || !WRITES.has(ctx.action) || isImporterRunning()) return next();
    const result = await next();
    const documentId = documentIdOf(result, ctx.params);
    if (!documentId) return result;
    if (ctx.uid === UID.quote) await refreshQuoteDivergence(strapi, documentId);
    else await refreshArticleDivergence(strapi, documentId);
    return result;
  });
};
