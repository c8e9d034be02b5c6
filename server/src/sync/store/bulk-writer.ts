import type { Core } from '@strapi/strapi';
import { UID } from '../../uids';
import type { CreatedRecord, NewArticlePeople, NewRecord, NewRecordUid, RecordWriter, Transaction } from './record-writer';
import { strapiBulkAdapter, type JoinRow, type JoinTable, type StrapiBulkAdapter, type TargetRow } from './strapi-bulk-adapter';

/**
 * What one writer has learnt in its transaction: a document's rows (by
 * `table:documentId`), each join table's highest inverse order per target
 * row, and the documents created here (no join rows point at them yet).
 */
interface Memory {
  rows: Map<string, TargetRow[]>;
  orders: Map<string, Map<number, number>>;
  created: Set<string>;
}

const rowKey = (table: string, documentId: string) => `${table}:${documentId}`;

const ordersOf = (memory: Memory, table: string) => {
  const known = memory.orders.get(table) ?? new Map<number, number>();
  memory.orders.set(table, known);
  return known;
};

/**
 * The bulk writer: the rows `strapi.documents(uid).create` would write one
 * record at a time (store/record-writer.ts), in a few statements per run of
 * records: one insert, one id look-up, one join-table insert per relation.
 * What Strapi does is mirrored in store/strapi-bulk-adapter.ts; this file
 * holds the bookkeeping: which target rows a document has, and each join
 * table's next inverse order per target, learnt once per transaction.
 *
 * DESIGN CHOICE: this bypasses the Document Service, so its middlewares
 * (strapi.documents.use) do not see these creates, and `entry.create` is
 * emitted after the commit with the created row (relations not populated)
 * instead of the Document Service's deep-populated entry. The importer uses
 * it only for the people, quotes and related links it creates inside its own
 * transactions; see docs/performance.md.
 */
export const bulkWriter = (strapi: Core.Strapi, trx: Transaction): RecordWriter => {
  const adapter = strapiBulkAdapter(strapi, trx);
  const memory: Memory = { rows: new Map(), orders: new Map(), created: new Set() };
  return {
    async create(uid: NewRecordUid, records: NewRecord[]): Promise<CreatedRecord[]> {
      if (!records.length) return [];
      const newRows = adapter.newRows(uid, records.map((r) => r.data));
      const documentIds = newRows.map((row) => String(row.documentId));
      await adapter.insert(uid, newRows);
      const idByDocumentId = await adapter.idsOf(uid, documentIds);
      const ids = documentIds.map((documentId) => idByDocumentId.get(documentId) ?? NaN);
      for (const name of [...new Set(records.flatMap((r) => Object.keys(r.relations)))]) {
        const links = ids.map((id, i) => ({ id, targets: [records[i].relations[name]].filter((t): t is string => !!t) }));
        await attach(adapter, memory, adapter.joinTable(uid, name, 'one'), links, `${uid}.${name}`);
      }
      adapter.emitCreated(uid, newRows.map((row, i) => ({ ...row, id: ids[i] })));
      return documentIds.map((documentId, i) => ({ documentId, id: ids[i] }));
    },

    async linkPeople(articles: NewArticlePeople[]) {
      const links = articles.map((a) => ({ id: a.id, targets: a.people }));
      await attach(adapter, memory, adapter.joinTable(UID.article, 'people', 'many'), links, `${UID.article}.people`);
    },

    know(uid, documentId, known, isNew) {
      // What the importer knows of a document is its draft (people: their only row).
      memory.rows.set(rowKey(adapter.tableOf(uid), documentId), known.map((row) => ({ id: row.id, documentId, draft: true })));
      if (isNew) memory.created.add(documentId);
    },

    async expectPeople(personIds: number[]) {
      if (!personIds.length) return;
      for (const join of [adapter.joinTable(UID.article, 'people', 'many'), adapter.joinTable(UID.quote, 'speaker', 'one')]) {
        const known = ordersOf(memory, join.table);
        for (const [id, max] of await adapter.maxInverseOrders(join, personIds.filter((id) => !known.has(id)))) known.set(id, max);
      }
    },

    forget(what) {
      memory.orders.clear();
      memory.created.clear();
      if (what === 'all') memory.rows.clear();
    },
  };
};

/** Join rows from new source rows to target documents, as the Query Engine's `attachRelations` orders them. */
async function attach(adapter: StrapiBulkAdapter, memory: Memory, join: JoinTable, links: Array<{ id: number; targets: string[] }>, what: string) {
  const wanted = [...new Set(links.flatMap((link) => link.targets))];
  if (!wanted.length) return;
  const unknown = wanted.filter((documentId) => !memory.rows.has(rowKey(join.targetTable, documentId)));
  for (const row of await adapter.rowsOf(join.targetTable, unknown)) {
    const key = rowKey(join.targetTable, row.documentId);
    memory.rows.set(key, [...(memory.rows.get(key) ?? []), row]);
  }
  const targetRows = wanted.flatMap((documentId) => memory.rows.get(rowKey(join.targetTable, documentId)) ?? []);
  const resolved = resolveTargets(targetRows, join.targetHasDraftAndPublish);
  const next = ordersOf(memory, join.table);
  if (join.inverseOrderColumn) await learnOrders(adapter, memory, join, targetRows, next);

  const joinRows: JoinRow[] = [];
  for (const { id, targets } of links) {
    let position = 0;
    for (const documentId of targets) {
      const targetIds = resolved.get(documentId);
      // The Document Service refuses a relation to a document that does not exist.
      if (!targetIds?.length) throw new Error(`Document with id "${documentId}" not found (${what})`);
      for (const target of targetIds) {
        const inverseOrder = (next.get(target) ?? 0) + 1;
        next.set(target, inverseOrder);
        joinRows.push({ source: id, target, order: ++position, inverseOrder });
      }
    }
  }
  await adapter.insertJoinRows(join, joinRows);
}

/** The highest inverse orders of these targets not known yet; a document created here has none. */
async function learnOrders(adapter: StrapiBulkAdapter, memory: Memory, join: JoinTable, targetRows: TargetRow[], next: Map<number, number>) {
  const unknownIds: number[] = [];
  for (const row of targetRows) {
    if (next.has(row.id)) continue;
    if (memory.created.has(row.documentId)) next.set(row.id, 0);
    else unknownIds.push(row.id);
  }
  for (const [id, max] of await adapter.maxInverseOrders(join, unknownIds)) next.set(id, max);
}

/** Each target document's row ids: the draft first, then the published version, as the Document Service links them. */
function resolveTargets(targetRows: TargetRow[], draftAndPublish: boolean): Map<string, number[]> {
  const ids = new Map<string, number[]>();
  const add = (row: TargetRow) => ids.set(row.documentId, [...(ids.get(row.documentId) ?? []), row.id]);
  if (!draftAndPublish) targetRows.forEach(add);
  else {
    targetRows.filter((row) => row.draft).forEach(add);
    targetRows.filter((row) => !row.draft).forEach(add);
  }
  return ids;
}
