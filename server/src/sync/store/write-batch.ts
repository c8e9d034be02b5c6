import type { Core } from '@strapi/strapi';
import type { DesiredDocument } from '../plan/desired-records';
import { loadExisting, loadExistingMany, loadPeople } from './load-existing';
import { planSync } from '../plan/plan-sync';
import type { ExistingPerson, ExistingState, PlanOptions, SyncPlan } from '../plan/types';
import { applyPlan } from './apply-plan';
import { flushWrites, sharedWrites, type SharedWrites } from './shared-writes';
import type { RecordWriterFactory, Transaction } from './record-writer';
import { withBusyRetry } from './busy-retry';
import { runAsImporter } from '../hooks/import-context';
import { takeImportLock } from './import-lock';
import type { ChangeAction, RecordChange } from '../types';

/**
 * At most this many documents with something to write share one transaction,
 * and a transaction takes no new document after WRITE_BUDGET_MS: on SQLite it
 * holds the only write lock, so an editor saving meanwhile waits about that
 * long, not for the whole batch.
 */
export const WRITE_CHUNK = 50;
export const WRITE_BUDGET_MS = 250;

/** One parsed document of a batch, with what the batch read found before any lock. */
export interface BatchItem {
  desired: DesiredDocument;
  existing: ExistingState;
  /** Planned from that read; null for a new article, which is planned under the lock only. */
  plan: SyncPlan | null;
}

export type Outcome = { documentId: string | null; changes: RecordChange[] } | { error: unknown };

/** Actions that leave a record as it was. */
const UNWRITTEN = new Set<ChangeAction>(['unchanged', 'skip-deleted', 'keep']);

export const hasWrites = (plan: SyncPlan) =>
  plan.publish || plan.fingerprintStale || [plan.article, ...plan.people, ...plan.quotes, ...plan.links].some((op) => op.op !== 'none' || op.restore);

const needsLock = (item: BatchItem) => !item.plan || hasWrites(item.plan);

const keysOf = (desired: DesiredDocument) => [desired.article.key, ...desired.people.map((p) => p.key)];

const writtenKeys = (desired: DesiredDocument, changes: RecordChange[]) => [
  desired.article.key,
  ...changes.filter((c) => !UNWRITTEN.has(c.action)).map((c) => c.importKey),
];

/**
 * A transaction-start read of a new article's records, its people replaced
 * by what the transaction wrote to them since. Only people can have changed:
 * the article was not written (it would be stale itself) and no tombstone
 * was cleared.
 */
const withPeople = (state: ExistingState, desired: DesiredDocument, peopleNow: Map<string, ExistingPerson>): ExistingState => {
  const people = new Map<string, ExistingPerson>();
  for (const { key } of desired.people) {
    const person = peopleNow.get(key) ?? state.people.get(key);
    if (person) people.set(key, person);
  }
  return { ...state, people };
};

/** How a batch is written: plan options and the writer of new records (store/record-writer.ts). */
export interface WriteOptions extends PlanOptions {
  newWriter: RecordWriterFactory;
}

/** Plan from `existing` and write what the plan says, in the caller's transaction. */
async function planAndApply(
  strapi: Core.Strapi,
  trx: Transaction,
  desired: DesiredDocument,
  existing: ExistingState,
  options: WriteOptions,
  shared?: SharedWrites
) {
  const plan = planSync(desired, existing, options);
  // A new article is written whatever the plan says (a tombstoned one is skipped by applyPlan).
  const documentId =
    !existing.article || hasWrites(plan)
      ? await applyPlan({ strapi, trx, newWriter: options.newWriter, shared }, plan, existing)
      : existing.article.documentId;
  return { documentId, changes: plan.changes };
}

/**
 * Write a batch's documents, in order. A document whose plan writes nothing
 * is done without a query. The others are written in shared transactions
 * (WRITE_CHUNK, WRITE_BUDGET_MS), each taking the import lock and reading
 * again (another importer may have written since the batch read): the new
 * articles' records in one read for all of them when the transaction starts;
 * a document whose article exists, or whose article or people an earlier
 * document of the same transaction wrote, reads its own right before it is
 * planned, so an update is planned from what the database held a moment ago
 * (an editor may be saving on PostgreSQL meanwhile) and sees this
 * transaction's writes.
 *
 * Every document is still all or nothing: a transaction holds whole
 * documents only, and when one of its documents fails the transaction rolls
 * back (its `entry.*` events, deferred to the commit, with it) and those
 * documents are written again one transaction each, so that the failure
 * stays with its own document.
 */
export async function writeBatch(strapi: Core.Strapi, items: BatchItem[], options: WriteOptions): Promise<Outcome[]> {
  const outcomes: Outcome[] = new Array(items.length);
  // Keys written by earlier documents of this batch: a document naming them
  // was planned from a stale read and must be planned again.
  const written = new Set<string>();
  const settled = (item: BatchItem) => !needsLock(item) && !keysOf(item.desired).some((key) => written.has(key));
  const untouched = (item: BatchItem): Outcome => ({ documentId: item.existing.article?.documentId ?? null, changes: item.plan!.changes });
  const noteWritten = (item: BatchItem, changes: RecordChange[]) => {
    for (const key of writtenKeys(item.desired, changes)) written.add(key);
  };

  let i = 0;
  while (i < items.length) {
    if (settled(items[i])) {
      outcomes[i] = untouched(items[i]);
      i += 1;
      continue;
    }
    let end = i;
    for (let counted = 0; end < items.length && counted < WRITE_CHUNK; end += 1) if (needsLock(items[end])) counted += 1;

    const progress = { reached: i };
    try {
      const { done, next } = await inImportTransaction(strapi, (trx) => {
        progress.reached = i;
        return writeTogether(strapi, trx, { items, from: i, end, options, settled, untouched, noteWritten, progress });
      });
      for (const [k, outcome] of done) outcomes[k] = outcome;
      i = next;
    } catch {
      // Whatever failed, nothing of this transaction was kept: its documents
      // up to the failing one are written again, each alone, and the failure
      // (this error or another) is reported with its own document below.
      for (let k = i; k <= progress.reached; k += 1) {
        const item = items[k];
        if (settled(item)) {
          outcomes[k] = untouched(item);
          continue;
        }
        try {
          const outcome = await inImportTransaction(strapi, async (trx) =>
            planAndApply(strapi, trx, item.desired, await loadExisting(strapi, item.desired), options)
          );
          noteWritten(item, outcome.changes);
          outcomes[k] = outcome;
        } catch (error) {
          outcomes[k] = { error };
        }
      }
      i = progress.reached + 1;
    }
  }
  return outcomes;
}

interface Together {
  items: BatchItem[];
  from: number;
  end: number;
  options: WriteOptions;
  /** Planned from the batch read and nothing of it written since: done without a query. */
  settled(item: BatchItem): boolean;
  untouched(item: BatchItem): Outcome;
  noteWritten(item: BatchItem, changes: RecordChange[]): void;
  /** The document being written, for the caller when the transaction fails. */
  progress: { reached: number };
}

/** Documents `from`..`end` (fewer once WRITE_BUDGET_MS is spent) in the caller's transaction. */
async function writeTogether(strapi: Core.Strapi, trx: Transaction, t: Together): Promise<{ done: Array<[number, Outcome]>; next: number }> {
  const started = Date.now();
  const { items } = t;
  const fresh = new Map<number, ExistingState>();
  const newArticles: number[] = [];
  for (let k = t.from; k < t.end; k += 1) if (!items[k].plan) newArticles.push(k);
  (await loadExistingMany(strapi, newArticles.map((k) => items[k].desired))).forEach((state, n) => fresh.set(newArticles[n], state));

  const writtenHere = new Set<string>();
  // People as this transaction left them, read again after each document
  // that wrote some: a later document stale only because it names them is
  // planned from these, without reading its article again. A restore (a
  // tombstone cleared) ends the shortcut.
  const peopleNow = new Map<string, ExistingPerson>();
  let restored = false;
  // What one document's writes learn serves the next (sync/store/apply-plan.ts);
  // what the people the documents name need is asked for once.
  const shared = sharedWrites(t.options.newWriter(strapi, trx));
  await shared.writer.expectPeople([...new Set([...fresh.values()].flatMap((state) => [...state.people.values()].flatMap((p) => (p.id === undefined ? [] : [p.id]))))]);

  /** What `item` is planned from: the transaction-start read while it still holds, else a read of its own. */
  const stateOf = async (k: number, item: BatchItem): Promise<ExistingState> => {
    const start = fresh.get(k);
    if (start && !start.article) {
      if (!keysOf(item.desired).some((key) => writtenHere.has(key))) return start;
      if (!restored && !writtenHere.has(item.desired.article.key)) return withPeople(start, item.desired, peopleNow);
    }
    // Its read must see what this transaction wrote, held back or not.
    await flushWrites(shared);
    return loadExisting(strapi, item.desired);
  };

  const done: Array<[number, Outcome]> = [];
  let stop = t.end;
  for (let k = t.from; k < stop; k += 1) {
    t.progress.reached = k;
    const item = items[k];
    if (t.settled(item)) {
      done.push([k, t.untouched(item)]);
      continue;
    }
    const outcome = await planAndApply(strapi, trx, item.desired, await stateOf(k, item), t.options, shared);
    t.noteWritten(item, outcome.changes);
    for (const key of writtenKeys(item.desired, outcome.changes)) writtenHere.add(key);
    if (outcome.changes.some((c) => c.action === 'restore')) restored = true;
    const peopleWritten = outcome.changes.filter((c) => c.type === 'person' && !UNWRITTEN.has(c.action)).map((c) => c.importKey);
    if (peopleWritten.length) for (const [key, person] of await loadPeople(strapi, peopleWritten)) peopleNow.set(key, person);
    done.push([k, outcome]);
    if (Date.now() - started > WRITE_BUDGET_MS) stop = k + 1;
  }
  await flushWrites(shared);
  return { done, next: stop };
}

/** `fn` in a transaction of the importer's that holds the import lock, retried while SQLite is busy. */
const inImportTransaction = <T>(strapi: Core.Strapi, fn: (trx: Transaction) => Promise<T>): Promise<T> =>
  withBusyRetry(strapi, () =>
    runAsImporter(
      async (): Promise<T> =>
        strapi.db.transaction(async ({ trx }): Promise<T> => {
          await takeImportLock(strapi, trx);
          return fn(trx);
        })
    )
  );
