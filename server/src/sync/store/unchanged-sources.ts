import type { Core } from '@strapi/strapi';
import { UID } from '../../uids';
import { change } from '../plan/record-change';
import type { RecordChange } from '../types';
import { publishedArticles } from './load-existing';
import { inChunks } from '../chunks';
import { fingerprintedArticleRow, parseRows, type FingerprintedArticleRow } from './rows';

/** An article still exactly as its source imported it, with what its report lists. */
export interface UnchangedArticle {
  documentId: string;
  importKey: string;
  title: string;
  changes: RecordChange[];
}

/**
 * The draft articles carrying one of these fingerprints (sync/plan/fingerprint.ts),
 * by fingerprint: one query (with its populates) per 500 fingerprints. With
 * `published`, only articles that have a published version count: a run that
 * publishes has work to do on the others.
 */
export async function findUnchanged(
  strapi: Core.Strapi,
  fingerprints: string[],
  { published }: { published: boolean }
): Promise<Map<string, UnchangedArticle>> {
  const rows = await inChunks(fingerprints, (chunk) =>
    strapi.db.query(UID.article).findMany({
      where: { importFingerprint: { $in: chunk }, publishedAt: null },
      select: ['documentId', 'importKey', 'importFingerprint', 'title'],
      orderBy: { id: 'asc' },
      populate: {
        people: { select: ['documentId', 'importKey', 'name'] },
        quotes: { select: ['documentId', 'importKey', 'text', 'position'] },
        relatedLinks: { select: ['documentId', 'importKey', 'title', 'position'] },
      },
    })
  );
  const drafts = parseRows(fingerprintedArticleRow, rows, 'fingerprinted article');
  const live = published ? await publishedArticles(strapi, drafts.map((d) => d.documentId)) : null;

  const found = new Map<string, UnchangedArticle>();
  for (const draft of drafts) {
    if (found.has(draft.importFingerprint) || (live && !live.has(draft.documentId))) continue;
    found.set(draft.importFingerprint, {
      documentId: draft.documentId,
      importKey: draft.importKey,
      title: draft.title,
      changes: reportedChanges(draft),
    });
  }
  return found;
}

const byPosition = (a: { position: number | null }, b: { position: number | null }) => (a.position ?? 0) - (b.position ?? 0);
const imported = <R extends { importKey: string | null }>(rows: R[]) => rows.filter((r): r is R & { importKey: string } => !!r.importKey);

/** What planning would have reported: the article and each of its imported records, unchanged. */
function reportedChanges(draft: FingerprintedArticleRow): RecordChange[] {
  return [
    change('article', 'unchanged', draft.importKey, draft.title, draft.documentId),
    ...imported(draft.people).map((p) => change('person', 'unchanged', p.importKey, p.name, p.documentId)),
    ...imported(draft.quotes).sort(byPosition).map((q) => change('quote', 'unchanged', q.importKey, q.text, q.documentId)),
    ...imported(draft.relatedLinks).sort(byPosition).map((l) => change('related-link', 'unchanged', l.importKey, l.title, l.documentId)),
  ];
}
