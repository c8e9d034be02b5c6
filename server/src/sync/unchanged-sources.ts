import type { Core } from '@strapi/strapi';
import { UID } from '../uids';
import { change } from './plan';
import type { RecordChange } from './types';

type Doc = Record<string, any>;

/** An article still exactly as its source imported it, with what its report lists. */
export interface UnchangedArticle {
  documentId: string;
  importKey: string;
  title: string;
  changes: RecordChange[];
}

const IN_CHUNK = 500;

/**
 * The draft articles carrying one of these fingerprints (sync/fingerprint.ts),
 * by fingerprint: one query (with its populates) per 500 fingerprints. With
 * `published`, only articles that have a published version count: a run that
 * publishes has work to do on the others.
 */
export async function findUnchanged(
  strapi: Core.Strapi,
  fingerprints: string[],
  { published }: { published: boolean }
): Promise<Map<string, UnchangedArticle>> {
  const unique = [...new Set(fingerprints)];
  const drafts: Doc[] = [];
  for (let i = 0; i < unique.length; i += IN_CHUNK) {
    drafts.push(
      ...(await strapi.db.query(UID.article).findMany({
        where: { importFingerprint: { $in: unique.slice(i, i + IN_CHUNK) }, publishedAt: null },
        select: ['documentId', 'importKey', 'importFingerprint', 'title'],
        orderBy: { id: 'asc' },
        populate: {
          people: { select: ['documentId', 'importKey', 'name'] },
          quotes: { select: ['documentId', 'importKey', 'text', 'position'] },
          relatedLinks: { select: ['documentId', 'importKey', 'title', 'position'] },
        },
      }))
    );
  }
  let live: Set<string> | null = null;
  if (published && drafts.length) {
    live = new Set<string>();
    const ids = drafts.map((d) => d.documentId as string);
    for (let i = 0; i < ids.length; i += IN_CHUNK) {
      const rows = await strapi.db.query(UID.article).findMany({
        where: { documentId: { $in: ids.slice(i, i + IN_CHUNK) }, publishedAt: { $notNull: true } },
        select: ['documentId'],
      });
      for (const row of rows) live.add(row.documentId);
    }
  }

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

const byPosition = (a: Doc, b: Doc) => Number(a.position ?? 0) - Number(b.position ?? 0);
const imported = (docs: Doc[] | undefined) => (docs ?? []).filter((d) => d.importKey);

/** What planning would have reported: the article and each of its imported records, unchanged. */
function reportedChanges(draft: Doc): RecordChange[] {
  return [
    change('article', 'unchanged', draft.importKey, draft.title, draft.documentId),
    ...imported(draft.people).map((p) => change('person', 'unchanged', p.importKey, p.name, p.documentId)),
    ...imported(draft.quotes).sort(byPosition).map((q) => change('quote', 'unchanged', q.importKey, q.text, q.documentId)),
    ...imported(draft.relatedLinks).sort(byPosition).map((l) => change('related-link', 'unchanged', l.importKey, l.title, l.documentId)),
  ];
}
