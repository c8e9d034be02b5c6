import type { Core } from '@strapi/strapi';
import { UID } from '../uids';
import type { DesiredDocument } from './desired';
import type { ExistingPerson, ExistingRecord, ExistingState } from './plan';

type Doc = Record<string, any>;

const QUOTE_FIELDS = ['importKey', 'importedFields', 'text', 'kind', 'position', 'context', 'verb', 'startOffset', 'endOffset'];
const LINK_FIELDS = ['importKey', 'importedFields', 'title', 'url', 'kind', 'position'];
const ARTICLE_FIELDS = ['importKey', 'importedFields', 'title', 'lead', 'body', 'publishedDate', 'outlet', 'sourceUrl', 'source'];
const PERSON_FIELDS = ['importKey', 'importedFields', 'name', 'role', 'aliases'];

/** Relations compare by import key; a record an editor linked by hand gets a key of its own. */
const relationKey = (doc: Doc | null | undefined): string | null => (doc ? (doc.importKey ?? `doc:${doc.documentId}`) : null);

const pick = (doc: Doc, fields: string[]) =>
  Object.fromEntries(fields.filter((f) => f !== 'importKey' && f !== 'importedFields').map((f) => [f, doc[f] ?? null]));

/**
 * Everything the planner needs about one document's records, read in four
 * queries whatever the article's size (no per-quote or per-person look-ups).
 */
export async function loadExisting(strapi: Core.Strapi, desired: DesiredDocument): Promise<ExistingState> {
  // The Query Engine, not the Document Service: the bookkeeping fields are
  // private, and the Document Service refuses private fields in filters.
  const draft: Doc | null = await strapi.db.query(UID.article).findOne({
    where: { importKey: desired.article.key, publishedAt: null },
    select: ['documentId', ...ARTICLE_FIELDS.filter((f) => f !== 'publishedAt')],
    populate: {
      people: { select: ['documentId', 'importKey'] },
      quotes: { select: ['documentId', ...QUOTE_FIELDS], populate: { speaker: { select: ['documentId', 'importKey'] } } },
      relatedLinks: { select: ['documentId', ...LINK_FIELDS] },
    },
  });

  const personKeys = desired.people.map((p) => p.key);
  const childKeys = [...desired.quotes.map((q) => q.key), ...desired.links.map((l) => l.key)];
  // Sequential on purpose: inside a transaction every query shares one
  // connection, and pg refuses (deprecates) overlapping queries on a client.
  const people: Doc[] = personKeys.length
    ? await strapi.db.query(UID.person).findMany({ where: { importKey: { $in: personKeys } }, select: ['documentId', ...PERSON_FIELDS] })
    : [];
  const tombstones: Doc[] = await strapi.db.query(UID.tombstone).findMany({
    where: { importKey: { $in: [desired.article.key, ...personKeys, ...childKeys] } },
    select: ['importKey'],
  });
  const published = draft
    ? await strapi.db.query(UID.article).count({ where: { documentId: draft.documentId, publishedAt: { $notNull: true } } })
    : 0;

  const article = draft
    ? {
        documentId: draft.documentId,
        key: draft.importKey,
        importedFields: draft.importedFields ?? null,
        published: published > 0,
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
    people: new Map(
      people.map((p): [string, ExistingPerson] => [
        p.importKey,
        {
          documentId: p.documentId,
          key: p.importKey,
          importedFields: p.importedFields ?? null,
          values: { name: p.name, role: p.role ?? null, aliases: Array.isArray(p.aliases) ? p.aliases : [] },
        },
      ])
    ),
    tombstones: new Set(tombstones.map((t) => t.importKey)),
  };
}
