import type { Core } from '@strapi/strapi';
import { UID } from '../uids';
import type { RecordType } from './types';
import type { RecordOp, SyncPlan } from './plan';
import type { ExistingState } from './plan';
import { MAX_STRING } from './fit-columns';
import { bulkContext, createInBulk, type BulkContext } from './bulk-create';

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
 * the article, the article before its quotes and links). New quotes and links
 * are bulk-written (sync/bulk-create.ts); everything else goes through the
 * Document Service.
 */
export async function applyPlan(strapi: Core.Strapi, trx: unknown, plan: SyncPlan, existing: ExistingState): Promise<string | null> {
  const docs = (type: RecordType): Docs => strapi.documents(UID_OF[type] as any);

  const personIds = new Map<string, string>();
  for (const [key, person] of existing.people) personIds.set(key, person.documentId);
  for (const person of plan.people) {
    const id = await write(strapi, docs('person'), person, { name: person.data.name });
    if (id) personIds.set(person.key, id);
  }
  // Relations were planned as import keys; a hand-linked record keeps its documentId.
  const personId = (key: unknown) =>
    typeof key !== 'string' ? null : key.startsWith('doc:') ? key.slice(4) : (personIds.get(key) ?? null);

  const articleData: Record<string, unknown> = { ...plan.article.data };
  if (plan.article.op !== 'none') articleData.importFingerprint = plan.fingerprint;
  if (Array.isArray(articleData.people)) articleData.people = articleData.people.map(personId).filter(Boolean);
  const articleId = plan.article.op === 'none' && plan.article.change.action === 'skip-deleted'
    ? null
    : await write(strapi, docs('article'), { ...plan.article, data: articleData }, { title: articleData.title });
  if (!articleId) return null;
  if (plan.article.op === 'none' && plan.fingerprintStale) await setFingerprint(strapi, trx, articleId, plan.fingerprint);

  // Children in plan order; consecutive creates of one type go in one bulk
  // write, so the join tables' order columns come out as one-by-one creates
  // in the same order would leave them. Records created above have no join
  // rows yet, which spares the bulk writes a look-up.
  const created = [plan.article, ...plan.people].filter((o) => o.op === 'create').map((o) => o.change.documentId as string);
  const bulk = bulkContext(created);
  const children = [...plan.quotes, ...plan.links];
  for (let i = 0; i < children.length; ) {
    const child = children[i];
    if (child.op === 'create') {
      const run: RecordOp[] = [];
      while (i < children.length && children[i].op === 'create' && children[i].type === child.type) run.push(children[i++]);
      await createChildren(strapi, trx, run, articleId, personId, bulk);
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

async function write(strapi: Core.Strapi, docs: Docs, op: RecordOp, slugSource?: Record<string, unknown>): Promise<string | null> {
  if (op.op === 'none') return op.documentId;
  if (op.op === 'update') {
    await docs.update({ documentId: op.documentId as string, data: { ...op.data, ...bookkeeping(op) } as any });
    return op.documentId;
  }
  if (op.op === 'create') {
    const data: Record<string, unknown> = { ...op.data, ...bookkeeping(op) };
    if (slugSource && (op.type === 'article' || op.type === 'person')) {
      data.slug = await uniqueSlug(strapi, UID_OF[op.type], slugSource);
    }
    const created = await docs.create({ data: data as any });
    // The report links to what was created (the admin page turns it into Content Manager links).
    op.change.documentId = created.documentId as string;
    return created.documentId as string;
  }
  return op.documentId;
}

/**
 * The draft's fingerprint alone, when nothing else of the article is written.
 * A plain column update: bookkeeping, not an edit, so updatedAt stays.
 */
async function setFingerprint(strapi: Core.Strapi, trx: any, documentId: string, fingerprint: string | null) {
  const meta: any = strapi.db.metadata.get(UID.article);
  await trx(meta.tableName)
    .where({ document_id: documentId })
    .whereNull('published_at')
    .update({ [meta.attributes.importFingerprint.columnName ?? 'import_fingerprint']: fingerprint });
}

/** The Content Manager's own uid generator, so slugs look like the ones editors get. */
async function uniqueSlug(strapi: Core.Strapi, uid: string, data: Record<string, unknown>): Promise<string> {
  const slugs = strapi.plugin('content-manager').service('uid');
  const slug: string = await slugs.generateUIDField({ contentTypeUID: uid, field: 'slug', data });
  // uid columns are varchar(255) on PostgreSQL, and transliteration can make the slug of a
  // 255-character title longer ("щ" → "shch"): cut it, leaving room for a "-2" suffix.
  if (slug.length <= MAX_STRING) return slug;
  return slugs.findUniqueUID({ contentTypeUID: uid, field: 'slug', value: slug.slice(0, MAX_STRING - 15).replace(/-+$/, '') });
}

/** New quotes or links of one article: one bulk write instead of a Document Service create each. */
async function createChildren(
  strapi: Core.Strapi,
  trx: unknown,
  ops: RecordOp[],
  articleId: string,
  personId: (key: unknown) => string | null,
  bulk: BulkContext
) {
  const records = ops.map((op) => {
    const { speaker, article: _article, ...fields } = op.data;
    const relations: Record<string, string | null> = { article: articleId };
    if (op.type === 'quote') relations.speaker = personId(speaker);
    return { data: { ...fields, ...bookkeeping(op) }, relations };
  });
  const documentIds = await createInBulk(strapi, trx, UID_OF[ops[0].type], records, bulk);
  // The report links to what was created (the admin page turns it into Content Manager links).
  ops.forEach((op, i) => {
    op.change.documentId = documentIds[i];
  });
}
