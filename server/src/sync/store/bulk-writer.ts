import type { Core } from '@strapi/strapi';
import { contentTypes, errors } from '@strapi/utils';

/**
 * One new record for `createInBulk`: its scalar fields (bookkeeping included)
 * and its xToOne relations as target documentIds.
 */
export interface BulkRecord {
  data: Record<string, unknown>;
  relations: Record<string, string | null>;
}

type Row = Record<string, unknown>;
type Trx = any;
type TargetRow = { id: number; document_id: string; published_at: unknown };

/**
 * What one transaction's bulk writes learn about relation targets, so the
 * next bulk write of the same transaction does not ask again: the row ids of
 * a target document, and each join table's highest inverse order per target.
 * A target created in this transaction starts with no join rows at all.
 * Orders are only known while bulk writes are the only writers of join rows:
 * a Document Service write in between must call `forgetOrders`.
 */
export interface BulkContext {
  rows: Map<string, TargetRow[]>;
  orders: Map<string, Map<number, number>>;
  created: Set<string>;
  forgetOrders(): void;
  /** Orders and rows alike: after writes that may have added rows to a known document (publish). */
  forgetAll(): void;
}

/**
 * Tell the context a document's rows that this transaction already knows (it
 * created or read them), so no bulk write looks them up.
 */
export const knowRows = (strapi: Core.Strapi, context: BulkContext, uid: string, documentId: string, rows: Array<{ id: number; publishedAt?: unknown }>) => {
  const table: string = (strapi.db.metadata.get(uid as any) as any).tableName;
  context.rows.set(`${table}:${documentId}`, rows.map((row) => ({ id: row.id, document_id: documentId, published_at: row.publishedAt ?? null })));
};

export const bulkContext = (created: Iterable<string> = []): BulkContext => {
  const context: BulkContext = {
    rows: new Map(),
    orders: new Map(),
    created: new Set(created),
    forgetOrders() {
      context.orders.clear();
      context.created.clear();
    },
    forgetAll() {
      context.forgetOrders();
      context.rows.clear();
    },
  };
  return context;
};

const SQLITE_MAX_ROWS = 400;
const MAX_ROWS = 2_000;

/**
 * Create many records of a content type without draft & publish in a few
 * statements, producing the rows `strapi.documents(uid).create` would write
 * one record at a time: the same documentId generator (the model's
 * `documentId` default), `publishedAt` set to now (what the Document Service
 * does for types without draft & publish), no locale (the newsroom types are
 * not localized), createdAt/updatedAt from the Query Engine's timestamps, no
 * createdBy/updatedBy (the Document Service sets none either), and join rows
 * whose inverse order column continues after the target's current maximum, as
 * the Query Engine's `attachRelations` does. A relation to a draft & publish
 * target links the draft and, when there is one, the published version: what
 * the Document Service does for a source without draft & publish.
 *
 * The scalar fields are checked against the model's rules (checkAttributes)
 * rather than by Strapi's entity validator.
 *
 * DESIGN CHOICE: this bypasses the Document Service, so its middlewares
 * (strapi.documents.use) do not see these creates, and `entry.create` is
 * emitted here after the commit with the created row (relations not
 * populated) instead of the Document Service's deep-populated entry. The
 * importer uses it only for the people, quotes and related links it creates
 * inside its own transactions; see docs/performance.md.
 *
 * Must run inside a `strapi.db.transaction` (the caller's `trx`).
 */
export async function createInBulk(
  strapi: Core.Strapi,
  trx: Trx,
  uid: string,
  records: BulkRecord[],
  context: BulkContext = bulkContext()
): Promise<Array<{ documentId: string; id: number }>> {
  if (!records.length) return [];
  const meta: any = strapi.db.metadata.get(uid as any);
  const model: any = strapi.getModel(uid as any);
  if (model.options?.draftAndPublish) throw new Error(`createInBulk: ${uid} has draft & publish; use the Document Service`);
  const newDocumentId: () => string = meta.attributes.documentId.default;

  const now = new Date();
  const rows: Row[] = [];
  for (const record of records) {
    checkAttributes(model, record.data);
    rows.push({ ...record.data, documentId: newDocumentId(), publishedAt: now });
  }
  const documentIds = rows.map((row) => row.documentId as string);
  await strapi.db.query(uid as any).createMany({ data: rows });

  // Row ids by documentId: createMany's returned ids are not ordered on every dialect.
  const idByDocumentId = new Map<string, number>();
  for (const chunk of chunks(documentIds, chunkSize(strapi, 1))) {
    const found: Array<{ id: number; document_id: string }> = await trx(meta.tableName)
      .select('id', 'document_id')
      .whereIn('document_id', chunk);
    for (const row of found) idByDocumentId.set(row.document_id, row.id);
  }
  const ids = documentIds.map((documentId) => idByDocumentId.get(documentId) as number);

  const relationNames = [...new Set(records.flatMap((r) => Object.keys(r.relations)))];
  for (const name of relationNames) {
    await attachToOne(strapi, trx, meta, name, ids, records.map((r) => r.relations[name] ?? null), context);
  }

  emitCreated(strapi, model, rows.map((row, i) => ({ ...row, id: ids[i] })));
  return documentIds.map((documentId, i) => ({ documentId, id: ids[i] }));
}

/** The join rows of one xToOne relation for every new record, in record order. */
async function attachToOne(
  strapi: Core.Strapi,
  trx: Trx,
  meta: any,
  name: string,
  ids: number[],
  targets: Array<string | null>,
  context: BulkContext
) {
  const attribute = meta.attributes[name];
  if (!attribute?.joinTable || !['manyToOne', 'oneToOne'].includes(attribute.relation)) {
    throw new Error(`createInBulk: ${meta.uid}.${name} is not a xToOne relation with a join table`);
  }
  await attach(strapi, trx, meta, name, ids.map((id, i) => ({ id, targets: targets[i] ? [targets[i] as string] : [] })), context);
}

/**
 * The join rows of records created in this transaction for one of their
 * xToMany relations (articles' people), targets in the given order: what
 * the Document Service's create writes for `data[name]`, without its
 * per-relation look-ups (the targets' rows may be known already, and the
 * default-locale reads do not apply to these types).
 */
export async function attachToNewRecords(
  strapi: Core.Strapi,
  trx: Trx,
  uid: string,
  name: string,
  links: Array<{ id: number; targets: string[] }>,
  context: BulkContext
) {
  const meta: any = strapi.db.metadata.get(uid as any);
  const attribute = meta.attributes[name];
  if (!attribute?.joinTable || !['manyToMany', 'oneToMany'].includes(attribute.relation)) {
    throw new Error(`attachToNewRecords: ${uid}.${name} is not a xToMany relation with a join table`);
  }
  await attach(strapi, trx, meta, name, links, context);
}

/**
 * Join rows from source rows to target documents: each target resolved to its
 * rows (draft first, then published, as the Document Service resolves them),
 * the relation's order column counting from 1 per source (sources are new),
 * and the inverse order continuing after each target's current maximum, as
 * the Query Engine's `attachRelations` does.
 */
async function attach(strapi: Core.Strapi, trx: Trx, meta: any, name: string, links: Array<{ id: number; targets: string[] }>, context: BulkContext) {
  const attribute = meta.attributes[name];
  const { name: table, joinColumn, inverseJoinColumn, orderColumnName, inverseOrderColumnName, on } = attribute.joinTable;
  const wanted = [...new Set(links.flatMap((link) => link.targets))];
  if (!wanted.length) return;

  const targetMeta: any = strapi.db.metadata.get(attribute.target);
  const targetIsDp = !!strapi.getModel(attribute.target).options?.draftAndPublish;
  const rowKey = (documentId: string) => `${targetMeta.tableName}:${documentId}`;
  const unknownTargets = wanted.filter((documentId) => !context.rows.has(rowKey(documentId)));
  for (const chunk of chunks(unknownTargets, chunkSize(strapi, 1))) {
    const found: TargetRow[] = await trx(targetMeta.tableName).select('id', 'document_id', 'published_at').whereIn('document_id', chunk).orderBy('id');
    for (const row of found) context.rows.set(rowKey(row.document_id), [...(context.rows.get(rowKey(row.document_id)) ?? []), row]);
  }
  const targetRows = wanted.flatMap((documentId) => context.rows.get(rowKey(documentId)) ?? []);
  const rowIds = new Map<string, number[]>();
  for (const status of targetIsDp ? ['draft', 'published'] : ['published']) {
    for (const row of targetRows) {
      const isDraft = row.published_at === null || row.published_at === undefined;
      if (targetIsDp && (status === 'draft') !== isDraft) continue;
      rowIds.set(row.document_id, [...(rowIds.get(row.document_id) ?? []), row.id]);
    }
  }

  const next = ordersOf(context, table);
  if (inverseOrderColumnName) {
    const unknownIds: number[] = [];
    for (const row of targetRows) {
      if (next.has(row.id)) continue;
      if (context.created.has(row.document_id)) next.set(row.id, 0);
      else unknownIds.push(row.id);
    }
    await loadOrders(strapi, trx, meta, name, unknownIds, next);
  }

  const joinRows: Row[] = [];
  for (const { id, targets } of links) {
    let position = 0;
    for (const documentId of targets) {
      const resolved = rowIds.get(documentId);
      // The Document Service refuses a relation to a document that does not exist.
      if (!resolved?.length) throw new Error(`Document with id "${documentId}" not found (${meta.uid}.${name})`);
      for (const targetId of resolved) {
        const row: Row = { [joinColumn.name]: id, [inverseJoinColumn.name]: targetId, ...(on ?? {}) };
        if (orderColumnName) row[orderColumnName] = ++position;
        if (inverseOrderColumnName) {
          const order = (next.get(targetId) ?? 0) + 1;
          next.set(targetId, order);
          row[inverseOrderColumnName] = order;
        }
        joinRows.push(row);
      }
    }
  }
  for (const chunk of chunks(joinRows, chunkSize(strapi, Object.keys(joinRows[0] ?? { a: 1 }).length))) {
    await trx(table).insert(chunk);
  }
}

const ordersOf = (context: BulkContext, table: string) => {
  const orders = context.orders.get(table) ?? new Map<number, number>();
  context.orders.set(table, orders);
  return orders;
};

/** Each target row's highest inverse order in `meta.name`'s join table, into `into`. */
async function loadOrders(strapi: Core.Strapi, trx: Trx, meta: any, name: string, targetIds: number[], into: Map<number, number>) {
  const { name: table, inverseJoinColumn, inverseOrderColumnName, on } = meta.attributes[name].joinTable;
  const targetTable: string = (strapi.db.metadata.get(meta.attributes[name].target) as any).tableName;
  for (const chunk of chunks([...new Set(targetIds)], chunkSize(strapi, 1))) {
    // One max() per target as a correlated subquery, which both databases
    // answer from the (target, order) index (sync/store/indexes.ts) in one probe;
    // a GROUP BY over the join table reads every row of a target, and a
    // person quoted in thousands of articles has thousands.
    const maxima: Array<{ target: number; max: number | null }> = await trx(targetTable)
      .select({ target: 'id' })
      .select(
        trx(table)
          .max(inverseOrderColumnName)
          .where(inverseJoinColumn.name, trx.ref(`${targetTable}.id`))
          .where(on ?? {})
          .as('max')
      )
      .whereIn('id', chunk);
    for (const id of chunk) into.set(id, 0);
    for (const { target, max } of maxima) into.set(Number(target), Number(max ?? 0));
  }
}

/**
 * Ask once for the inverse orders that many bulk writes of one transaction
 * will need (the people of all its articles), instead of per write.
 */
export async function learnOrders(strapi: Core.Strapi, trx: Trx, uid: string, name: string, targetIds: number[], context: BulkContext) {
  const meta: any = strapi.db.metadata.get(uid as any);
  const { name: table, inverseOrderColumnName } = meta.attributes[name]?.joinTable ?? {};
  if (!inverseOrderColumnName) return;
  const known = ordersOf(context, table);
  await loadOrders(strapi, trx, meta, name, targetIds.filter((id) => !known.has(id)), known);
}

/**
 * `entry.create` for each record once the transaction commits, as the
 * Document Service does (webhooks, audit logs), with the private fields
 * sanitised away. The entry carries the record's own fields only.
 */
function emitCreated(strapi: Core.Strapi, model: any, entries: Row[]) {
  const sanitize = outputSanitizer(model);
  strapi.db.transaction(({ onCommit }) => {
    // Nobody awaits a commit callback: a failure is logged, not left unhandled.
    onCommit(async () => {
      try {
        for (const entry of entries) {
          await strapi.eventHub.emit('entry.create', { model: model.modelName, uid: model.uid, entry: sanitize(entry) });
        }
      } catch (error) {
        strapi.log.error(`[newsroom] entry.create events for ${model.uid}: ${error instanceof Error ? error.message : String(error)}`);
      }
    });
  });
}

/**
 * What Strapi's `defaultSanitizeOutput` makes of a flat row (scalar fields, no
 * populated relations): the row without the attributes it removes, private
 * ones (the schema's flag or the `api.responses.privateAttributes` config)
 * and passwords. Decided once per model instead of walking every row, which
 * cost more than the event itself; bulk-create.test.ts compares the two.
 */
export function outputSanitizer(model: any): (row: Row) => Row {
  const hidden = new Set(
    Object.entries<any>(model.attributes)
      .filter(([name, attribute]) => attribute.type === 'password' || attribute.private === true || contentTypes.isPrivateAttribute(model, name))
      .map(([name]) => name)
  );
  return (row) => {
    const out: Row = {};
    for (const key of Object.keys(row)) if (!hidden.has(key)) out[key] = row[key];
    return out;
  };
}

/**
 * The schema rules a Document Service create would enforce on these records'
 * scalar fields (required, enumerations, integer bounds, string lengths), read
 * from the model. Strapi's entity validator builds a yup schema per record,
 * which cost more than the insert itself; the importer's records are typed
 * already, so these checks are what is left to catch.
 */
function checkAttributes(model: any, data: Record<string, unknown>) {
  for (const [name, attribute] of Object.entries<any>(model.attributes)) {
    if (attribute.type === 'relation' || !(name in data || attribute.required)) continue;
    const value = data[name];
    const fail = (problem: string) => {
      throw new errors.ValidationError(`${name} ${problem}`, { path: [name] } as any);
    };
    if (value === null || value === undefined || (value === '' && attribute.type !== 'json')) {
      if (attribute.required) fail('must be defined.');
      continue;
    }
    if (attribute.type === 'enumeration' && !attribute.enum.includes(value)) fail(`must be one of the following values: ${attribute.enum.join(', ')}`);
    if (attribute.type === 'integer' && !Number.isInteger(value)) fail('must be an integer');
    if (typeof value === 'number') {
      if (attribute.min !== undefined && value < attribute.min) fail(`must be greater than or equal to ${attribute.min}`);
      if (attribute.max !== undefined && value > attribute.max) fail(`must be less than or equal to ${attribute.max}`);
    }
    // The Document Service's uid rule; uniqueness is the caller's (uniqueSlug in sync/store/apply-plan.ts).
    if (attribute.type === 'uid' && (typeof value !== 'string' || !/^[A-Za-z0-9-_.~]*$/.test(value))) fail('must match the uid format');
    if (typeof value === 'string' && ['string', 'text', 'enumeration', 'uid'].includes(attribute.type)) {
      if (attribute.maxLength !== undefined && value.length > attribute.maxLength) fail(`must be at most ${attribute.maxLength} characters`);
      if (attribute.minLength !== undefined && value.length < attribute.minLength) fail(`must be at least ${attribute.minLength} characters`);
    } else if (['string', 'text'].includes(attribute.type)) {
      fail('must be a `string` type');
    }
  }
}

/** Rows per statement under SQLite's and PostgreSQL's bound-parameter limits. */
const chunkSize = (strapi: Core.Strapi, columns: number) =>
  Math.max(1, Math.floor((strapi.db.dialect.client === 'sqlite' ? SQLITE_MAX_ROWS * 2 : MAX_ROWS * 10) / Math.max(columns, 2)));

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
