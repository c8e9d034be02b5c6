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

/** The quotes a person speaks, before they are deleted (the delete leaves them without a speaker). */
async function quotesOf(strapi: Core.Strapi, personDocumentId: string): Promise<string[]> {
  const rows: Array<{ documentId: string }> = await strapi.db
    .query(UID.quote)
    .findMany({ where: { speaker: { documentId: personDocumentId } }, select: ['documentId'] });
  return rows.map((row) => row.documentId);
}

/**
 * Document Service middleware, the misquote guard for editors' writes: after
 * a quote is created or updated, or an article's text is, the quotes
 * concerned are judged against their source span again (review/divergence.ts).
 * The same pass stores each quote's review verdict, so a deleted person's
 * quotes are judged again too. The importer judges its own writes once per
 * article (sync/store/apply-plan.ts).
 */
export const registerDivergenceGuard = (strapi: Core.Strapi) => {
  strapi.documents.use(async (ctx, next) => {
    if (ctx.uid === UID.person && ctx.action === 'delete' && !isImporterRunning()) {
      const personId = documentIdOf(null, ctx.params);
      const quotes = personId ? await quotesOf(strapi, personId) : [];
      const result = await next();
      for (const quote of quotes) await refreshQuoteDivergence(strapi, quote);
      return result;
    }
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
