import type { Core } from '@strapi/strapi';
import slugify from '@sindresorhus/slugify';
import { contentTypes } from '@strapi/utils';
import { UID } from '../../uids';
import type { RecordType } from '../types';
import type { RecordOp, SyncPlan } from '../plan/plan-sync';
import type { ExistingState } from '../plan/plan-sync';
import { MAX_STRING } from '../plan/fit-columns';
import { writeFingerprints } from './unchanged-sources';
import { attachToNewRecords, bulkContext, createInBulk, knowRows, type BulkContext, type BulkRecord } from './bulk-writer';

const UID_OF: Record<RecordType, (typeof UID)[keyof typeof UID]> = {
  article: UID.article,
  person: UID.person,
  quote: UID.quote,
  'related-link': UID.relatedLink,
};

type Docs = ReturnType<Core.Strapi['documents']>;

const bookkeeping = (op: RecordOp) => ({ importKey: op.key, importHash: op.importHash, importedFields: op.importedFields });

/**
 * Write a plan with the Document Service. Runs inside the caller's
 * transaction: the caller owns atomicity, this owns ordering (people before
 * the article, the article before its quotes and links). New people, quotes
 * and links, and a new article's people links, are bulk-written
 * (sync/store/bulk-writer.ts); everything else goes through the Document Service.
 */
export async function applyPlan(
  strapi: Core.Strapi,
  trx: unknown,
  plan: SyncPlan,
  existing: ExistingState,
  shared?: SharedWrites
): Promise<string | null> {
  const docs = (type: RecordType): Docs => strapi.documents(UID_OF[type] as any);

  // What this transaction learns about people and the article serves the
  // bulk writes below; records created here have no join rows yet. A caller
  // writing several documents in one transaction shares its context across
  // plans that only create, and holds their join rows and children back
  // (SharedWrites): their Document Service writes (people, the bare article)
  // touch no join rows, so what the context knows stays true. Any other plan
  // may read or change join rows and rows through the Document Service: what
  // is held back is written first, the shared context forgets everything,
  // and the plan gets a context of its own.
  const deferred = shared && onlyCreates(plan) ? shared : null;
  let bulk: BulkContext;
  if (deferred) bulk = deferred.bulk;
  else {
    if (shared) {
      await flushWrites(strapi, trx, shared);
      shared.bulk.forgetAll();
    }
    bulk = bulkContext();
  }
  const personIds = new Map<string, string>();
  for (const [key, person] of existing.people) {
    personIds.set(key, person.documentId);
    if (person.id !== undefined) knowRows(strapi, bulk, UID.person, person.documentId, [{ id: person.id }]);
  }
  for (const created of await createPeople(strapi, trx, plan.people.filter((p) => p.op === 'create'), bulk)) {
    personIds.set(created.key, created.documentId);
    knowRows(strapi, bulk, UID.person, created.documentId, [{ id: created.id }]);
    bulk.created.add(created.documentId);
  }
  for (const person of plan.people) {
    if (person.op === 'create') continue;
    const id = await write(strapi, docs('person'), person);
    if (id) personIds.set(person.key, id);
  }
  // Relations were planned as import keys; a hand-linked record keeps its documentId.
  const personId = (key: unknown) =>
    typeof key !== 'string' ? null : key.startsWith('doc:') ? key.slice(4) : (personIds.get(key) ?? null);

  const articleData: Record<string, unknown> = { ...plan.article.data };
  if (plan.article.op !== 'none') articleData.importFingerprint = plan.fingerprint;
  if (Array.isArray(articleData.people)) articleData.people = articleData.people.map(personId).filter(Boolean);
  let articleId: string | null;
  if (plan.article.op === 'create') {
    // A new article's people are linked in one bulk write rather than by the
    // Document Service's relation handling (a look-up per relation and
    // default-locale reads): the same join rows, tested in bulk-create.test.ts.
    const { people, ...fields } = articleData;
    const created = await create(strapi, docs('article'), { ...plan.article, data: fields }, { title: articleData.title });
    articleId = created.documentId;
    // A new article has its draft only.
    knowRows(strapi, bulk, UID.article, articleId, [{ id: created.id }]);
    bulk.created.add(articleId);
    const link = { id: created.id, targets: (people as string[] | undefined) ?? [] };
    if (deferred) deferred.people.push(link);
    else await attachToNewRecords(strapi, trx, UID.article, 'people', [link], bulk);
  } else {
    articleId = plan.article.op === 'none' && plan.article.change.action === 'skip-deleted'
      ? null
      : await write(strapi, docs('article'), { ...plan.article, data: articleData }, { title: articleData.title });
  }
  if (!articleId) return null;
  // The fingerprint alone, when nothing else of the article is written.
  if (plan.article.op === 'none' && plan.fingerprintStale) await writeFingerprints(strapi, [articleId], plan.fingerprint, { draftsOnly: true });

  // Children in plan order; consecutive creates of one type go in one bulk
  // write, so the join tables' order columns come out as one-by-one creates
  // in the same order would leave them.
  const children = [...plan.quotes, ...plan.links];
  for (let i = 0; i < children.length; ) {
    const child = children[i];
    if (child.op === 'create') {
      const run: RecordOp[] = [];
      while (i < children.length && children[i].op === 'create' && children[i].type === child.type) run.push(children[i++]);
      const records = childRecords(run, articleId, personId);
      if (deferred) holdBack(deferred, run, records);
      else await createChildren(strapi, trx, run, records, bulk);
      continue;
    }
    i += 1;
    bulk.forgetOrders();
    if (child.op === 'delete') {
      await docs(child.type).delete({ documentId: child.documentId as string });
      continue;
    }
    const data = { ...child.data };
    if ('speaker' in data) data.speaker = personId(data.speaker);
    await write(strapi, docs(child.type), { ...child, data });
  }

  const restored = [plan.article, ...plan.people, ...plan.quotes, ...plan.links].filter((o) => o.restore).map((o) => o.key);
  if (restored.length) {
    await strapi.db.query(UID.tombstone).deleteMany({ where: { importKey: { $in: restored } } });
  }

  if (plan.publish) await docs('article').publish({ documentId: articleId });
  return articleId;
}

/** A new, unpublished article whose children are all new, nothing restored (people are only ever created or updated). */
const onlyCreates = (plan: SyncPlan) =>
  plan.article.op === 'create' &&
  !plan.publish &&
  [...plan.quotes, ...plan.links].every((op) => op.op === 'create' || op.op === 'none') &&
  [plan.article, ...plan.people, ...plan.quotes, ...plan.links].every((op) => !op.restore);

async function write(strapi: Core.Strapi, docs: Docs, op: RecordOp, slugSource?: Record<string, unknown>): Promise<string | null> {
  if (op.op === 'none') return op.documentId;
  if (op.op === 'update') {
    await docs.update({ documentId: op.documentId as string, data: { ...op.data, ...bookkeeping(op) } as any });
    return op.documentId;
  }
  if (op.op === 'create') return (await create(strapi, docs, op, slugSource)).documentId;
  return op.documentId;
}

async function create(strapi: Core.Strapi, docs: Docs, op: RecordOp, slugSource?: Record<string, unknown>): Promise<{ documentId: string; id: number }> {
  const data: Record<string, unknown> = { ...op.data, ...bookkeeping(op) };
  if (slugSource && (op.type === 'article' || op.type === 'person')) {
    data.slug = await uniqueSlug(strapi, UID_OF[op.type], slugSource);
  }
  const created = await docs.create({ data: data as any });
  // The report links to what was created (the admin page turns it into Content Manager links).
  op.change.documentId = created.documentId as string;
  return { documentId: created.documentId as string, id: created.id as number };
}

/**
 * The Content Manager's own uid rules, so slugs look like the ones editors
 * get: its slugify (the same package and version) on the target field, then
 * its uniqueness rules. The usual case, a slug no draft has, is settled with
 * one exact count that the slug index answers (what the Content Manager's
 * availability check asks, without a Document Service call); only a taken
 * slug goes through its prefix search for a free "-N" suffix (a LIKE the
 * index cannot serve, over whole documents).
 */
async function uniqueSlug(strapi: Core.Strapi, uid: string, data: Record<string, unknown>): Promise<string> {
  const slugs = strapi.plugin('content-manager').service('uid');
  const attribute: any = (strapi.contentTypes as any)[uid].attributes.slug;
  const source = data[attribute.targetField];
  if (typeof source === 'string' && source.trim()) {
    const base = slugify(source, attribute.options);
    // Drafts only, as the Content Manager looks; a type without draft & publish has no status.
    const where = contentTypes.hasDraftAndPublish(strapi.getModel(uid as any)) ? { slug: base, publishedAt: null } : { slug: base };
    if (base && base.length <= MAX_STRING && (await strapi.db.query(uid as any).count({ where })) === 0) return base;
  }
  const slug: string = await slugs.generateUIDField({ contentTypeUID: uid, field: 'slug', data });
  // uid columns are varchar(255) on PostgreSQL, and transliteration can make the slug of a
  // 255-character title longer ("щ" → "shch"): cut it, leaving room for a "-2" suffix.
  if (slug.length <= MAX_STRING) return slug;
  return slugs.findUniqueUID({ contentTypeUID: uid, field: 'slug', value: slug.slice(0, MAX_STRING - 15).replace(/-+$/, '') });
}

/** Bulk-writer records for new quotes or links of one article. */
const childRecords = (ops: RecordOp[], articleId: string, personId: (key: unknown) => string | null): BulkRecord[] =>
  ops.map((op) => {
    const { speaker, article: _article, ...fields } = op.data;
    const relations: Record<string, string | null> = { article: articleId };
    if (op.type === 'quote') relations.speaker = personId(speaker);
    return { data: { ...fields, ...bookkeeping(op) }, relations };
  });

/** New quotes or links of one type: one bulk write instead of a Document Service create each. */
async function createChildren(strapi: Core.Strapi, trx: unknown, ops: RecordOp[], records: BulkRecord[], bulk: BulkContext) {
  const created = await createInBulk(strapi, trx, UID_OF[ops[0].type], records, bulk);
  // The report links to what was created (the admin page turns it into Content Manager links).
  ops.forEach((op, i) => {
    op.change.documentId = created[i].documentId;
  });
}

/**
 * A plan's new people: one bulk write (people have no draft & publish and no
 * relation data when created), each with the slug the Content Manager's
 * rules give. Two new people whose names slug alike are not written in one
 * statement: the second is created after the first exists, so that its slug
 * gets its "-1".
 */
async function createPeople(strapi: Core.Strapi, trx: unknown, ops: RecordOp[], bulk: BulkContext) {
  const slugs = new Set<string>();
  const now: Array<{ op: RecordOp; record: BulkRecord }> = [];
  const after: RecordOp[] = [];
  for (const op of ops) {
    const slug = await uniqueSlug(strapi, UID.person, { name: op.data.name });
    if (slugs.has(slug)) {
      after.push(op);
      continue;
    }
    slugs.add(slug);
    now.push({ op, record: { data: { ...op.data, ...bookkeeping(op), slug }, relations: {} } });
  }
  const written = await createInBulk(strapi, trx, UID.person, now.map((n) => n.record), bulk);
  const created = now.map(({ op }, i) => {
    op.change.documentId = written[i].documentId;
    return { key: op.key, ...written[i] };
  });
  for (const op of after) created.push({ ...(await createPeople(strapi, trx, [op], bulk))[0], key: op.key });
  return created;
}

/**
 * What the documents of one transaction write together (sync/store/write-batch.ts):
 * the bulk context they share, and the people links and new children of
 * their new articles, held back so that each table gets one statement for
 * all of them (flushWrites) instead of one per article. The rows are the ones
 * writing each article in turn leaves: records keep their order, and each
 * join table's order columns count on per target in that order.
 */
export interface SharedWrites {
  bulk: BulkContext;
  people: Array<{ id: number; targets: string[] }>;
  children: Map<RecordType, { ops: RecordOp[]; records: BulkRecord[] }>;
}

export const sharedWrites = (): SharedWrites => ({ bulk: bulkContext(), people: [], children: new Map() });

const holdBack = (shared: SharedWrites, ops: RecordOp[], records: BulkRecord[]) => {
  const held = shared.children.get(ops[0].type) ?? { ops: [], records: [] };
  held.ops.push(...ops);
  held.records.push(...records);
  shared.children.set(ops[0].type, held);
};

/** Write what is held back; before the transaction commits and before anything reads those records. */
export async function flushWrites(strapi: Core.Strapi, trx: unknown, shared: SharedWrites): Promise<void> {
  const people = shared.people.splice(0);
  if (people.length) await attachToNewRecords(strapi, trx, UID.article, 'people', people, shared.bulk);
  const children = [...shared.children.values()];
  shared.children.clear();
  for (const { ops, records } of children) await createChildren(strapi, trx, ops, records, shared.bulk);
}
