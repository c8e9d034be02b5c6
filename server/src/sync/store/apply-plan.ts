import type { Core } from '@strapi/strapi';
import { UID } from '../../uids';
import type { ExistingState, RecordOp, SyncPlan } from '../plan/types';
import { writeFingerprints } from './write-fingerprints';
import type { RecordWriter, RecordWriterFactory, Transaction } from './record-writer';
import { bookkeeping, childRecords, createChildren, createPeople, UID_OF } from './new-records';
import { uniqueSlug } from './new-slugs';
import { flushWrites, holdBack, type SharedWrites } from './shared-writes';
import { quoteReviewChanged } from '../plan/quote-texts-changed';
import { refreshArticleDivergence } from '../../review/guard-store';

/** What one plan is written with: the transaction, how new records are written, and what the transaction's documents share. */
export interface ApplyContext {
  strapi: Core.Strapi;
  trx: Transaction;
  newWriter: RecordWriterFactory;
  shared?: SharedWrites;
}

/** The writer a plan uses, and whether its people links and children are held back for the whole transaction. */
interface Writing {
  writer: RecordWriter;
  deferred: SharedWrites | null;
}

/** A relation planned as an import key, resolved to a documentId; a hand-linked record keeps its own. */
type PersonId = (key: unknown) => string | null;

/**
 * Write a plan. Runs inside the caller's transaction: the caller owns
 * atomicity, this owns ordering (people before the article, the article
 * before its quotes and links). New people, quotes and links, and a new
 * article's people links, go through the record writer
 * (store/record-writer.ts); everything else through the Document Service.
 */
export async function applyPlan(ctx: ApplyContext, plan: SyncPlan, existing: ExistingState): Promise<string | null> {
  const writing = await writerFor(ctx, plan);
  const personId = await writePeople(ctx, writing.writer, plan, existing);
  const articleId = await writeArticle(ctx, writing, plan, personId);
  if (!articleId) return null;
  await writeChildren(ctx, writing, plan, articleId, personId);
  // The misquote guard and the review verdict, for the importer's writes (editors' go through sync/hooks/divergence-guard.ts).
  if (quoteReviewChanged(plan)) await refreshArticleDivergence(ctx.strapi, articleId);

  const restored = [plan.article, ...plan.people, ...plan.quotes, ...plan.links].filter((o) => o.restore).map((o) => o.key);
  if (restored.length) await ctx.strapi.db.query(UID.tombstone).deleteMany({ where: { importKey: { $in: restored } } });
  if (plan.publish) await ctx.strapi.documents(UID.article).publish({ documentId: articleId });
  return articleId;
}

/**
 * A plan that only creates shares the transaction's writer and has its join
 * rows and children held back (SharedWrites): its Document Service writes
 * (people, the bare article) touch no join rows, so what the writer knows
 * stays true. Any other plan may read or change join rows through the
 * Document Service: what is held back is written first, the shared writer
 * forgets everything, and the plan gets a writer of its own.
 */
async function writerFor(ctx: ApplyContext, plan: SyncPlan): Promise<Writing> {
  const { shared } = ctx;
  if (shared && onlyCreates(plan)) return { writer: shared.writer, deferred: shared };
  if (shared) {
    await flushWrites(shared);
    shared.writer.forget('all');
  }
  return { writer: ctx.newWriter(ctx.strapi, ctx.trx), deferred: null };
}

/** A new, unpublished article whose children are all new, nothing restored (people are only ever created or updated). */
const onlyCreates = (plan: SyncPlan) =>
  plan.article.op === 'create' &&
  !plan.publish &&
  [...plan.quotes, ...plan.links].every((op) => op.op === 'create' || op.op === 'none') &&
  [plan.article, ...plan.people, ...plan.quotes, ...plan.links].every((op) => !op.restore);

/** People first: the article and quotes point at them. New ones go through the writer, updates through the Document Service. */
async function writePeople(ctx: ApplyContext, writer: RecordWriter, plan: SyncPlan, existing: ExistingState): Promise<PersonId> {
  const personIds = new Map<string, string>();
  for (const [key, person] of existing.people) {
    personIds.set(key, person.documentId);
    if (person.id !== undefined) writer.know(UID.person, person.documentId, [{ id: person.id }], false);
  }
  for (const created of await createPeople(ctx.strapi, writer, plan.people.filter((p) => p.op === 'create'))) {
    personIds.set(created.key, created.documentId);
    writer.know(UID.person, created.documentId, [{ id: created.id }], true);
  }
  for (const person of plan.people) {
    if (person.op === 'create') continue;
    const id = await write(ctx.strapi, person);
    if (id) personIds.set(person.key, id);
  }
  return (key) => (typeof key !== 'string' ? null : key.startsWith('doc:') ? key.slice(4) : (personIds.get(key) ?? null));
}

/** The article through the Document Service; a new one's people are linked by the writer. Null for a tombstoned article. */
async function writeArticle(ctx: ApplyContext, { writer, deferred }: Writing, plan: SyncPlan, personId: PersonId): Promise<string | null> {
  const articleData: Record<string, unknown> = { ...plan.article.data };
  if (plan.article.op !== 'none') articleData.importFingerprint = plan.fingerprint;
  if (Array.isArray(articleData.people)) articleData.people = articleData.people.map(personId).filter(Boolean);
  const slugSource = { title: articleData.title };

  if (plan.article.op === 'create') {
    // A new article's people are linked by the writer rather than by the
    // Document Service's relation handling (a look-up per relation and
    // default-locale reads): the same join rows, tested in bulk-create.test.ts.
    const { people, ...fields } = articleData;
    const created = await create(ctx.strapi, { ...plan.article, data: fields }, slugSource);
    // A new article has its draft only.
    writer.know(UID.article, created.documentId, [{ id: created.id }], true);
    const link = { id: created.id, documentId: created.documentId, people: Array.isArray(people) ? people.filter((p): p is string => typeof p === 'string') : [] };
    if (deferred) deferred.people.push(link);
    else await writer.linkPeople([link]);
    return created.documentId;
  }
  if (plan.article.op === 'none' && plan.article.change.action === 'skip-deleted') return null;
  const articleId = await write(ctx.strapi, { ...plan.article, data: articleData }, slugSource);
  // The fingerprint alone, when nothing else of the article is written.
  if (articleId && plan.article.op === 'none' && plan.fingerprintStale) {
    await writeFingerprints(ctx.strapi, [articleId], plan.fingerprint, { draftsOnly: true });
  }
  return articleId;
}

/**
 * Children in plan order; consecutive creates of one type go in one writer
 * call, so the join tables' order columns come out as one-by-one creates in
 * the same order would leave them. Updates and deletes go through the
 * Document Service, after which the writer's orders are stale.
 */
async function writeChildren(ctx: ApplyContext, { writer, deferred }: Writing, plan: SyncPlan, articleId: string, personId: PersonId) {
  const children = [...plan.quotes, ...plan.links];
  for (let i = 0; i < children.length; ) {
    const child = children[i];
    if (child.op === 'create') {
      const run: RecordOp[] = [];
      while (i < children.length && children[i].op === 'create' && children[i].type === child.type) run.push(children[i++]);
      const records = childRecords(run, articleId, personId);
      if (deferred) holdBack(deferred, run, records);
      else await createChildren(writer, run, records);
      continue;
    }
    i += 1;
    writer.forget('orders');
    if (child.op === 'delete' && child.documentId) {
      await ctx.strapi.documents(UID_OF[child.type]).delete({ documentId: child.documentId });
      continue;
    }
    const data = { ...child.data };
    if ('speaker' in data) data.speaker = personId(data.speaker);
    await write(ctx.strapi, { ...child, data });
  }
}

/** An update (or nothing) through the Document Service; returns the record's documentId. */
async function write(strapi: Core.Strapi, op: RecordOp, slugSource?: Record<string, unknown>): Promise<string | null> {
  if (op.op === 'update' && op.documentId) {
    const data: Record<string, unknown> = { ...op.data, ...bookkeeping(op) };
    await strapi.documents(UID_OF[op.type]).update({ documentId: op.documentId, data });
    return op.documentId;
  }
  if (op.op === 'create') return (await create(strapi, op, slugSource)).documentId;
  return op.documentId;
}

/** A Document Service create, with the Content Manager's slug for articles and people. */
async function create(strapi: Core.Strapi, op: RecordOp, slugSource?: Record<string, unknown>): Promise<{ documentId: string; id: number }> {
  const data: Record<string, unknown> = { ...op.data, ...bookkeeping(op) };
  if (slugSource && (op.type === 'article' || op.type === 'person')) data.slug = await uniqueSlug(strapi, UID_OF[op.type], slugSource);
  const created = await strapi.documents(UID_OF[op.type]).create({ data });
  // The report links to what was created (the admin page turns it into Content Manager links).
  op.change.documentId = created.documentId;
  return { documentId: created.documentId, id: Number(created.id) };
}
