import type { Core } from '@strapi/strapi';
import { UID } from '../../uids';
import type { DesiredDocument } from '../plan/desired-records';
import type { ExistingPerson, ExistingRecord, ExistingState } from '../plan/types';
import { inChunks } from '../chunks';
import {
  ARTICLE_FIELDS,
  LINK_FIELDS,
  QUOTE_FIELDS,
  documentIdRow,
  draftArticleRow,
  importKeyRow,
  parseRows,
  personRow,
  type DraftArticleRow,
  type RelatedRow,
} from './rows';

/** Relations compare by import key; a record an editor linked by hand gets a key of its own. */
const relationKey = (row: RelatedRow | null | undefined): string | null => (row ? (row.importKey ?? `doc:${row.documentId}`) : null);

const pick = <F extends string>(row: Record<F, unknown>, fields: readonly F[]) => Object.fromEntries(fields.map((f) => [f, row[f] ?? null]));

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
 * The Query Engine, not the Document Service: the bookkeeping fields are
 * private, and the Document Service refuses private fields in filters.
 */
export async function loadExistingMany(strapi: Core.Strapi, documents: DesiredDocument[]): Promise<ExistingState[]> {
  const draftByKey = await loadDrafts(strapi, documents.map((d) => d.article.key));
  const personByKey = await loadPeople(strapi, documents.flatMap((d) => d.people.map((p) => p.key)));
  const tombstones = await loadTombstones(strapi, documents.flatMap(keysOf));
  const published = await publishedArticles(strapi, [...draftByKey.values()].map((d) => d.documentId));

  return documents.map((desired) => {
    const personKeys = desired.people.map((p) => p.key);
    return toExistingState(
      draftByKey.get(desired.article.key) ?? null,
      personKeys.map((key) => personByKey.get(key)).filter((p): p is ExistingPerson => !!p),
      keysOf(desired).filter((key) => tombstones.has(key)),
      published
    );
  });
}

const keysOf = (d: DesiredDocument) => [d.article.key, ...d.people.map((p) => p.key), ...d.quotes.map((q) => q.key), ...d.links.map((l) => l.key)];

/** Draft articles by import key, with their people, quotes (and speakers) and links. */
async function loadDrafts(strapi: Core.Strapi, keys: string[]): Promise<Map<string, DraftArticleRow>> {
  const rows = await inChunks(keys, (chunk) =>
    strapi.db.query(UID.article).findMany({
      where: { importKey: { $in: chunk }, publishedAt: null },
      select: ['documentId', 'importKey', 'importedFields', 'importFingerprint', ...ARTICLE_FIELDS],
      orderBy: { id: 'asc' },
      populate: {
        people: { select: ['documentId', 'importKey'] },
        quotes: { select: ['documentId', 'importKey', 'importedFields', 'speakerConfirmed', ...QUOTE_FIELDS], populate: { speaker: { select: ['documentId', 'importKey'] } } },
        relatedLinks: { select: ['documentId', 'importKey', 'importedFields', ...LINK_FIELDS] },
      },
    })
  );
  const byKey = new Map<string, DraftArticleRow>();
  for (const draft of parseRows(draftArticleRow, rows, 'draft article')) if (draft.importKey && !byKey.has(draft.importKey)) byKey.set(draft.importKey, draft);
  return byKey;
}

async function loadTombstones(strapi: Core.Strapi, keys: string[]): Promise<Set<string>> {
  const rows = await inChunks(keys, (chunk) => strapi.db.query(UID.tombstone).findMany({ where: { importKey: { $in: chunk } }, select: ['importKey'] }));
  return new Set(parseRows(importKeyRow, rows, 'tombstone').flatMap((t) => (t.importKey ? [t.importKey] : [])));
}

/** Which of these articles have a published version: one query per 500. */
export async function publishedArticles(strapi: Core.Strapi, documentIds: string[]): Promise<Set<string>> {
  if (!documentIds.length) return new Set();
  const rows = await inChunks(documentIds, (ids) =>
    strapi.db.query(UID.article).findMany({ where: { documentId: { $in: ids }, publishedAt: { $notNull: true } }, select: ['documentId'] })
  );
  return new Set(parseRows(documentIdRow, rows, 'published article').map((row) => row.documentId));
}

/** People by import key, as the planner sees them: one query per 500 keys. */
export async function loadPeople(strapi: Core.Strapi, keys: string[]): Promise<Map<string, ExistingPerson>> {
  const rows = await inChunks(keys, (chunk) =>
    strapi.db.query(UID.person).findMany({
      where: { importKey: { $in: chunk } },
      select: ['id', 'documentId', 'importKey', 'importedFields', 'name', 'role', 'aliases'],
    })
  );
  return new Map(
    parseRows(personRow, rows, 'person').map((p): [string, ExistingPerson] => [
      p.importKey,
      { id: p.id, documentId: p.documentId, key: p.importKey, importedFields: p.importedFields, values: { name: p.name, role: p.role, aliases: p.aliases } },
    ])
  );
}

/** Only records the importer made are planned; a quote or link an editor added by hand is theirs. */
const imported = <R extends { importKey: string | null }>(rows: R[]) => rows.filter((r): r is R & { importKey: string } => !!r.importKey);

function toExistingState(draft: DraftArticleRow | null, people: ExistingPerson[], tombstoneKeys: string[], published: Set<string>): ExistingState {
  const article =
    draft && draft.importKey
      ? {
          documentId: draft.documentId,
          key: draft.importKey,
          importedFields: draft.importedFields,
          published: published.has(draft.documentId),
          fingerprint: draft.importFingerprint,
          values: { ...pick(draft, ARTICLE_FIELDS), people: draft.people.map(relationKey).sort() },
        }
      : null;

  return {
    article,
    quotes: imported(draft?.quotes ?? []).map(
      (q): ExistingRecord => ({
        documentId: q.documentId,
        key: q.importKey,
        importedFields: q.importedFields,
        values: { ...pick(q, QUOTE_FIELDS), speaker: relationKey(q.speaker), speakerConfirmed: q.speakerConfirmed },
      })
    ),
    links: imported(draft?.relatedLinks ?? []).map(
      (l): ExistingRecord => ({ documentId: l.documentId, key: l.importKey, importedFields: l.importedFields, values: pick(l, LINK_FIELDS) })
    ),
    people: new Map(people.map((p) => [p.key, p])),
    tombstones: new Set(tombstoneKeys),
  };
}
