import type { Core, UID as StrapiUID } from '@strapi/strapi';
import { UID } from '../../uids';
import { isImporterRunning } from './import-context';
import { writeFingerprints } from '../store/write-fingerprints';
import { parseRows, touchedRecordRow } from '../store/rows';

/** Document Service actions by which an editor changes what a re-import would find. */
const TOUCHING = new Set(['update', 'delete', 'discardDraft']);

const POPULATE: Record<string, Record<string, unknown>> = {
  [UID.quote]: { article: { select: ['documentId'] } },
  [UID.relatedLink]: { article: { select: ['documentId'] } },
  // A person's articles, and those of the quotes they speak: moving a quote
  // to another speaker is an edit of the quote's article too.
  [UID.person]: { articles: { select: ['documentId'] }, quotes: { select: ['documentId'], populate: { article: { select: ['documentId'] } } } },
};

/** The articles whose import a change to this record concerns. */
async function articlesOf(strapi: Core.Strapi, uid: StrapiUID.ContentType, documentId: string): Promise<string[]> {
  if (uid === UID.article) return [documentId];
  const populate = POPULATE[uid];
  if (!populate) return [];
  const rows = parseRows(touchedRecordRow, await strapi.db.query(uid).findMany({ where: { documentId }, select: ['id'], populate }), 'edited record');
  return rows.flatMap((row) => [row.article, ...row.articles, ...row.quotes.map((q) => q.article)]).flatMap((a) => (a ? [a.documentId] : []));
}

/**
 * Document Service middleware: when an editor changes an imported article or
 * any record of it, forget the article's source fingerprint, so the next
 * import parses and plans that source again and reports the editor's change
 * as a conflict instead of skipping it as unchanged (see sync/plan/fingerprint.ts).
 * The importer's own writes keep fingerprints (it sets them itself).
 */
export const registerEditorTouch = (strapi: Core.Strapi) => {
  strapi.documents.use(async (ctx, next) => {
    const documentId = (ctx.params as { documentId?: string } | undefined)?.documentId;
    if (!TOUCHING.has(ctx.action) || !documentId || !(ctx.uid in POPULATE || ctx.uid === UID.article) || isImporterRunning()) return next();

    const before = await articlesOf(strapi, ctx.uid, documentId);
    const result = await next();
    const after = ctx.action === 'delete' ? [] : await articlesOf(strapi, ctx.uid, documentId);
    await writeFingerprints(strapi, [...new Set([...before, ...after])], null, { draftsOnly: false });
    return result;
  });
};
