import type { Core } from '@strapi/strapi';
import { UID } from '../uids';
import type { DesiredDocument } from './desired';
import type { ExistingPerson, ExistingRecord, ExistingState } from './plan';

type Doc = Record<string, any>;

const QUOTE_FIELDS = ['importKey', 'importedFields', 'text', 'kind', 'position', 'context', 'verb', 'attribution', 'confidence', 'startOffset', 'endOffset'];
const LINK_FIELDS = ['importKey', 'importedFields', 'title', 'url', 'kind', 'position'];
const ARTICLE_FIELDS = ['importKey', 'importedFields', 'title', 'lead', 'body', 'publishedDate', 'outlet', 'sourceUrl', 'source', 'sourceText'];
const PERSON_FIELDS = ['importKey', 'importedFields', 'name', 'role', 'aliases'];

/** Relations compare by import key; a record an editor linked by hand gets a key of its own. */
const relationKey = (doc: Doc | null | undefined): string | null => (doc ? (doc.importKey ?? `doc:${doc.documentId}`) : null);

const pick = (doc: Doc, fields: string[]) =>
  Object.fromEntries(fields.filter((f) => f !== 'importKey' && f !== 'importedFields').map((f) => [f, doc[f] ?? null]));

/** Keys per `$in` query: under SQLite's bound-parameter limit with room to spare. */
const IN_CHUNK = 500;

export const inChunks = async (keys: string[], query: (chunk: string[]) => Promise<Doc[]>): Promise<Doc[]> => {
  const unique = [...new Set(keys)];
  const rows: Doc[] = [];
  for (let i = 0; i < unique.length; i += IN_CHUNK) rows.push(...(await query(unique.slice(i, i + IN_CHUNK))));
  return rows;
};

/**
 * Everything the planner needs about one document's records, read in four
 * queries whatever the article's size (no per-quote or per-person look-ups).
 */
export async function loadExisting(strapi: Core.Strapi, desired: DesiredDocument): Promise<ExistingState> {
  return (await loadExistingMany(strapi, [desired]))[0];
}

/**
 * The same for many documents at once, still four queries (per 500 keys):
 * a re-run reads a batch of unchanged articles without a query per article.
 */
export async function loadExistingMany(strapi: Core.Strapi, documents: DesiredDocument[]): Promise<ExistingState[]> {
  // The Query Engine, not the Document Service: the bookkeeping fields are
  // private, and the Document Service refuses private fields in filters.
  // Sequential on purpose: inside a transaction every query shares one
  // connection, and pg refuses (deprecates) overlapping queries on a client.
  const drafts = await inChunks(documents.map((d) => d.article.key), (keys) =>
    strapi.db.query(UID.article).findMany({
      where: { importKey: { $in: keys }, publishedAt: null },
      select: ['documentId', 'importFingerprint', ...ARTICLE_FIELDS],
      orderBy: { id: 'asc' },
      populate: {
        people: { select: ['documentId', 'importKey'] },
        quotes: { select: ['documentId', ...QUOTE_FIELDS], populate: { speaker: { select: ['documentId', 'importKey'] } } },
        relatedLinks: { select: ['documentId', ...LINK_FIELDS] },
      },
    })
  );
  const draftByKey = new Map<string, Doc>();
  for (const draft of drafts) if (!draftByKey.has(draft.importKey)) draftByKey.set(draft.importKey, draft);

  const personByKey = await loadPeople(strapi, documents.flatMap((d) => d.people.map((p) => p.key)));

  const allKeys = documents.flatMap((d) => [d.article.key, ...d.people.map((p) => p.key), ...d.quotes.map((q) => q.key), ...d.links.map((l) => l.key)]);
  const tombstones = new Set(
    (await inChunks(allKeys, (keys) => strapi.db.query(UID.tombstone).findMany({ where: { importKey: { $in: keys } }, select: ['importKey'] }))).map(
      (t) => t.importKey as string
    )
  );

  const published = await publishedArticles(strapi, [...draftByKey.values()].map((d) => d.documentId));

  return documents.map((desired) => {
    const personKeys = desired.people.map((p) => p.key);
    const childKeys = [...desired.quotes.map((q) => q.key), ...desired.links.map((l) => l.key)];
    return toExistingState(
      draftByKey.get(desired.article.key) ?? null,
      personKeys.map((key) => personByKey.get(key)).filter((p): p is ExistingPerson => !!p),
      [desired.article.key, ...personKeys, ...childKeys].filter((key) => tombstones.has(key)),
      published
    );
  });
}

/** Which of these articles have a published version: one query per 500. */
export async function publishedArticles(strapi: Core.Strapi, documentIds: string[]): Promise<Set<string>> {
  if (!documentIds.length) return new Set();
  const rows = await inChunks(documentIds, (ids) =>
    strapi.db.query(UID.article).findMany({ where: { documentId: { $in: ids }, publishedAt: { $notNull: true } }, select: ['documentId'] })
  );
  return new Set(rows.map((row) => row.documentId as string));
}

/** People by import key, as the planner sees them: one query per 500 keys. */
export async function loadPeople(strapi: Core.Strapi, keys: string[]): Promise<Map<string, ExistingPerson>> {
  const rows = await inChunks(keys, (chunk) =>
    strapi.db.query(UID.person).findMany({ where: { importKey: { $in: chunk } }, select: ['id', 'documentId', ...PERSON_FIELDS] })
  );
  return new Map(
    rows.map((p): [string, ExistingPerson] => [
      p.importKey,
      {
        id: p.id,
        documentId: p.documentId,
        key: p.importKey,
        importedFields: p.importedFields ?? null,
        values: { name: p.name, role: p.role ?? null, aliases: Array.isArray(p.aliases) ? p.aliases : [] },
      },
    ])
  );
}

function toExistingState(draft: Doc | null, people: ExistingPerson[], tombstoneKeys: string[], published: Set<string>): ExistingState {
  const article = draft
    ? {
        documentId: draft.documentId,
        key: draft.importKey,
        importedFields: draft.importedFields ?? null,
        published: published.has(draft.documentId),
        fingerprint: draft.importFingerprint ?? null,
        values: {
          ...pick(draft, ARTICLE_FIELDS),
          people: (draft.people ?? []).map(relationKey).sort(),
        },
      }
    : null;

  const imported = (docs: Doc[] | undefined) => (docs ?? []).filter((d) => d.importKey);

  return {
    article,
    quotes: imported(draft?.quotes).map(
      (q): ExistingRecord => ({
        documentId: q.documentId,
        key: q.importKey,
        importedFields: q.importedFields ?? null,
        values: { ...pick(q, QUOTE_FIELDS), speaker: relationKey(q.speaker) },
      })
    ),
    links: imported(draft?.relatedLinks).map(
      (l): ExistingRecord => ({
        documentId: l.documentId,
        key: l.importKey,
        importedFields: l.importedFields ?? null,
        values: pick(l, LINK_FIELDS),
      })
    ),
    people: new Map(people.map((p) => [p.key, p])),
    tombstones: new Set(tombstoneKeys),
  };
}
