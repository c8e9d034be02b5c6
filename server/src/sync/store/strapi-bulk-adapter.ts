import type { Core, Schema } from '@strapi/strapi';
import { contentTypes, errors, z } from '@strapi/utils';
import { UID } from '../../uids';
import { chunks, rowsPerStatement } from '../chunks';
import { parseRows } from './rows';
import type { NewRecordUid, Transaction } from './record-writer';

/**
 * Everything the bulk writer (store/bulk-writer.ts) knows of Strapi's
 * internals, in one file: what `strapi.documents(uid).create` writes for a
 * type without draft & publish, and how the Query Engine links relations.
 * Mirrors Strapi 5.54.0:
 * - documentIds: the model's `documentId` default, `createDocumentId`
 *   (packages/core/core/src/utils/transform-content-types-to-models.ts);
 * - `publishedAt` set to now for a type without draft & publish, no locale
 *   for a type that is not localized, no createdBy/updatedBy
 *   (packages/core/core/src/services/document-service/repository.ts, `create`);
 * - model defaults, JSON columns, createdAt/updatedAt: left to the Query
 *   Engine's `createMany` (packages/core/database/src/entity-manager/index.ts);
 * - join tables, their order and inverse order columns and `on` filters, read
 *   from the metadata (packages/core/database/src/metadata/relations.ts), and
 *   the inverse order continuing after the target's maximum as
 *   `attachRelations` does (packages/core/database/src/entity-manager/index.ts);
 * - the scalar rules the entity validator enforces on a create: required,
 *   enumerations, integer bounds, string lengths, the uid format
 *   (packages/core/core/src/services/entity-validator/index.ts);
 * - `entry.create` after the commit with `defaultSanitizeOutput`'s result
 *   (packages/core/core/src/services/document-service/events.ts), but with
 *   the record's own fields, not a deep-populated entry.
 * capabilityProblems() checks at bootstrap that the running Strapi still
 * looks like this; on a mismatch the importer uses the Document Service.
 */

type Meta = ReturnType<Core.Strapi['db']['metadata']['get']>;
type MetaAttribute = Meta['attributes'][string];
type Row = Record<string, unknown>;

/** A relation stored in a join table, as the bulk writer needs it. */
export interface JoinTable {
  table: string;
  sourceColumn: string;
  targetColumn: string;
  /** The relation's own order (an article's people), counted from 1 per source. */
  orderColumn: string | null;
  /** The target's order of its sources (a person's quotes), continuing after its current maximum. */
  inverseOrderColumn: string | null;
  on: Row;
  targetTable: string;
  targetHasDraftAndPublish: boolean;
}

/** A target document's row: a draft & publish document has a draft and maybe a published row. */
export interface TargetRow {
  id: number;
  documentId: string;
  draft: boolean;
}

export interface JoinRow {
  source: number;
  target: number;
  order?: number;
  inverseOrder?: number;
}

/** The relations the importer links in bulk, and how many targets each row has. */
export const BULK_RELATIONS = [
  { uid: UID.quote, name: 'speaker', cardinality: 'one' },
  { uid: UID.quote, name: 'article', cardinality: 'one' },
  { uid: UID.relatedLink, name: 'article', cardinality: 'one' },
  { uid: UID.article, name: 'people', cardinality: 'many' },
] as const;
type Cardinality = (typeof BULK_RELATIONS)[number]['cardinality'];
const RELATIONS_OF: Record<Cardinality, string[]> = { one: ['manyToOne', 'oneToOne'], many: ['manyToMany', 'oneToMany'] };

const idRow = z.object({ id: z.coerce.number(), document_id: z.string() });
const targetRow = z.object({ id: z.coerce.number(), document_id: z.string(), published_at: z.unknown() });
const maxRow = z.object({ target: z.coerce.number(), max: z.coerce.number().nullable() });

const meta = (strapi: Core.Strapi, uid: string): Meta => strapi.db.metadata.get(uid);
const hasDraftAndPublish = (strapi: Core.Strapi, uid: string) => contentTypes.hasDraftAndPublish(strapi.getModel(uid as NewRecordUid));

export function joinTableOf(strapi: Core.Strapi, uid: string, name: string, cardinality: Cardinality): JoinTable {
  const attribute: MetaAttribute | undefined = meta(strapi, uid).attributes[name];
  const relation = attribute && 'relation' in attribute ? attribute : null;
  const joinTable =
    relation && 'joinTable' in relation && relation.joinTable && 'joinColumn' in relation.joinTable && 'inverseJoinColumn' in relation.joinTable
      ? relation.joinTable
      : null;
  if (!relation || !joinTable || !RELATIONS_OF[cardinality].includes(relation.relation) || !('target' in relation)) {
    throw new Error(`bulk writer: ${uid}.${name} is not a to-${cardinality} relation with a join table`);
  }
  const orders = joinTable as { orderColumnName?: string; inverseOrderColumnName?: string };
  return {
    table: joinTable.name,
    sourceColumn: joinTable.joinColumn.name,
    targetColumn: joinTable.inverseJoinColumn.name,
    orderColumn: orders.orderColumnName ?? null,
    inverseOrderColumn: orders.inverseOrderColumnName ?? null,
    on: joinTable.on ?? {},
    targetTable: meta(strapi, relation.target).tableName,
    targetHasDraftAndPublish: hasDraftAndPublish(strapi, relation.target),
  };
}

/** The model's documentId generator: Strapi's `createDocumentId`, set as the attribute's default. */
function documentIdGenerator(strapi: Core.Strapi, uid: string): () => string {
  const attribute = meta(strapi, uid).attributes.documentId;
  const generate: unknown = attribute && 'default' in attribute ? attribute.default : undefined;
  if (typeof generate !== 'function') throw new Error(`bulk writer: ${uid}.documentId has no generator`);
  return () => String((generate as () => unknown)());
}

export const strapiBulkAdapter = (strapi: Core.Strapi, trx: Transaction) => {
  const client = strapi.db.dialect.client;
  return {
    tableOf: (uid: string) => meta(strapi, uid).tableName,
    joinTable: (uid: string, name: string, cardinality: Cardinality) => joinTableOf(strapi, uid, name, cardinality),

    /** The rows `documents(uid).create` would insert for these records, checked as it would check them. */
    newRows(uid: NewRecordUid, records: Row[]): Row[] {
      if (hasDraftAndPublish(strapi, uid)) throw new Error(`bulk writer: ${uid} has draft & publish; use the Document Service`);
      const model = strapi.getModel(uid);
      const newDocumentId = documentIdGenerator(strapi, uid);
      const now = new Date();
      return records.map((data) => {
        checkAttributes(model, data);
        return { ...data, documentId: newDocumentId(), publishedAt: now };
      });
    },

    insert: async (uid: NewRecordUid, rows: Row[]) => {
      await strapi.db.query(uid).createMany({ data: rows });
    },

    /** Row ids by documentId: createMany's returned ids are not ordered on every dialect. */
    async idsOf(uid: string, documentIds: string[]): Promise<Map<string, number>> {
      const ids = new Map<string, number>();
      for (const chunk of chunks(documentIds, rowsPerStatement(client, 1))) {
        const rows = await trx(meta(strapi, uid).tableName).select('id', 'document_id').whereIn('document_id', chunk);
        for (const row of parseRows(idRow, rows, 'new row id')) ids.set(row.document_id, row.id);
      }
      return ids;
    },

    /** The rows of these documents, in id order (a draft before its published version). */
    async rowsOf(table: string, documentIds: string[]): Promise<TargetRow[]> {
      const found: TargetRow[] = [];
      for (const chunk of chunks(documentIds, rowsPerStatement(client, 1))) {
        const rows = await trx(table).select('id', 'document_id', 'published_at').whereIn('document_id', chunk).orderBy('id');
        for (const row of parseRows(targetRow, rows, 'relation target')) {
          found.push({ id: row.id, documentId: row.document_id, draft: row.published_at === null || row.published_at === undefined });
        }
      }
      return found;
    },

    /** Each target row's highest inverse order in the join table (0 when it has none). */
    maxInverseOrders: (join: JoinTable, targetIds: number[]) => maxInverseOrders(trx, client, join, targetIds),

    async insertJoinRows(join: JoinTable, rows: JoinRow[]) {
      const values = rows.map(({ source, target, order, inverseOrder }) => {
        const row: Row = { [join.sourceColumn]: source, [join.targetColumn]: target, ...join.on };
        if (join.orderColumn) row[join.orderColumn] = order;
        if (join.inverseOrderColumn) row[join.inverseOrderColumn] = inverseOrder;
        return row;
      });
      for (const chunk of chunks(values, rowsPerStatement(client, Object.keys(values[0] ?? {}).length))) await trx(join.table).insert(chunk);
    },

    /** `entry.create` for each record once the transaction commits, as the Document Service sends it. */
    emitCreated: (uid: NewRecordUid, rows: Row[]) => emitCreated(strapi, uid, rows),
  };
};

export type StrapiBulkAdapter = ReturnType<typeof strapiBulkAdapter>;

async function maxInverseOrders(trx: Transaction, client: string, join: JoinTable, targetIds: number[]): Promise<Map<number, number>> {
  const maxima = new Map<number, number>();
  if (!join.inverseOrderColumn) return maxima;
  for (const chunk of chunks([...new Set(targetIds)], rowsPerStatement(client, 1))) {
    // One max() per target as a correlated subquery, which both databases
    // answer from the (target, order) index (sync/store/indexes.ts) in one
    // probe; a GROUP BY over the join table reads every row of a target,
    // and a person quoted in thousands of articles has thousands.
    const rows = await trx(join.targetTable)
      .select({ target: 'id' })
      .select(trx(join.table).max(join.inverseOrderColumn).where(join.targetColumn, trx.ref(`${join.targetTable}.id`)).where(join.on).as('max'))
      .whereIn('id', chunk);
    for (const id of chunk) maxima.set(id, 0);
    for (const { target, max } of parseRows(maxRow, rows, 'highest order')) maxima.set(target, max ?? 0);
  }
  return maxima;
}

function emitCreated(strapi: Core.Strapi, uid: NewRecordUid, rows: Row[]) {
  const model = strapi.getModel(uid);
  const sanitize = outputSanitizer(model);
  strapi.db.transaction(({ onCommit }) => {
    // Nobody awaits a commit callback: a failure is logged, not left unhandled.
    onCommit(async () => {
      try {
        for (const row of rows) await strapi.eventHub.emit('entry.create', { model: model.modelName, uid: model.uid, entry: sanitize(row) });
      } catch (error) {
        strapi.log.error(`[newsroom] entry.create events for ${model.uid}: ${error instanceof Error ? error.message : String(error)}`);
      }
    });
  });
}

/**
 * What the bulk writer assumes of this Strapi, checked against the running
 * one: each new-record type without draft & publish and with a documentId
 * generator, each bulk-linked relation in a join table with the order
 * columns it expects. Empty when all holds.
 */
export function capabilityProblems(strapi: Core.Strapi): string[] {
  const problems: string[] = [];
  const check = (what: string, fn: () => unknown) => {
    try {
      if (fn() === false) problems.push(what);
    } catch (error) {
      problems.push(`${what}: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  for (const uid of [UID.person, UID.quote, UID.relatedLink] as const) {
    check(`${uid} without draft & publish`, () => !hasDraftAndPublish(strapi, uid));
    check(`${uid} documentId generator`, () => typeof documentIdGenerator(strapi, uid)() === 'string');
    check(`${uid} createMany`, () => typeof strapi.db.query(uid).createMany === 'function');
  }
  for (const { uid, name, cardinality } of BULK_RELATIONS) {
    check(`${uid}.${name} join table with an inverse order`, () => !!joinTableOf(strapi, uid, name, cardinality).inverseOrderColumn);
  }
  check('article people ordered', () => !!joinTableOf(strapi, UID.article, 'people', 'many').orderColumn);
  return problems;
}

/**
 * What Strapi's `defaultSanitizeOutput` makes of a flat row (scalar fields, no
 * populated relations): the row without the attributes it removes, private
 * ones (the schema's flag or the `api.responses.privateAttributes` config)
 * and passwords. Decided once per model instead of walking every row, which
 * cost more than the event itself; bulk-create.test.ts compares the two.
 */
export function outputSanitizer(model: Schema.ContentType | Schema.Component): (row: Row) => Row {
  const hidden = new Set(
    Object.entries(model.attributes)
      .filter(([name, attribute]) => attribute.type === 'password' || ('private' in attribute && attribute.private === true) || contentTypes.isPrivateAttribute(model, name))
      .map(([name]) => name)
  );
  return (row) => {
    const out: Row = {};
    for (const key of Object.keys(row)) if (!hidden.has(key)) out[key] = row[key];
    return out;
  };
}

type AnyAttribute = Schema.Attribute.AnyAttribute;
const option = <K extends string>(attribute: AnyAttribute, key: K): unknown => (key in attribute ? (attribute as Record<K, unknown>)[key] : undefined);
const numberOption = (attribute: AnyAttribute, key: string) => {
  const value = option(attribute, key);
  return typeof value === 'number' ? value : undefined;
};

/**
 * The schema rules a Document Service create would enforce on these records'
 * scalar fields (required, enumerations, integer bounds, string lengths), read
 * from the model. Strapi's entity validator builds a yup schema per record,
 * which cost more than the insert itself; the importer's records are typed
 * already, so these checks are what is left to catch.
 */
function checkAttributes(model: Schema.ContentType | Schema.Component, data: Row) {
  for (const [name, attribute] of Object.entries(model.attributes)) {
    const required = option(attribute, 'required') === true;
    if (attribute.type === 'relation' || !(name in data || required)) continue;
    const value = data[name];
    const fail = (problem: string) => {
      throw new errors.ValidationError(`${name} ${problem}`, { path: [name] });
    };
    if (value === null || value === undefined || (value === '' && attribute.type !== 'json')) {
      if (required) fail('must be defined.');
      continue;
    }
    if (attribute.type === 'enumeration' && !attribute.enum.includes(String(value))) fail(`must be one of the following values: ${attribute.enum.join(', ')}`);
    if (attribute.type === 'integer' && !Number.isInteger(value)) fail('must be an integer');
    const min = numberOption(attribute, 'min');
    const max = numberOption(attribute, 'max');
    if (typeof value === 'number') {
      if (min !== undefined && value < min) fail(`must be greater than or equal to ${min}`);
      if (max !== undefined && value > max) fail(`must be less than or equal to ${max}`);
    }
    // The Document Service's uid rule; uniqueness is the caller's (store/new-slugs.ts).
    if (attribute.type === 'uid' && (typeof value !== 'string' || !/^[A-Za-z0-9-_.~]*$/.test(value))) fail('must match the uid format');
    const maxLength = numberOption(attribute, 'maxLength');
    const minLength = numberOption(attribute, 'minLength');
    if (typeof value === 'string' && ['string', 'text', 'enumeration', 'uid'].includes(attribute.type)) {
      if (maxLength !== undefined && value.length > maxLength) fail(`must be at most ${maxLength} characters`);
      if (minLength !== undefined && value.length < minLength) fail(`must be at least ${minLength} characters`);
    } else if (['string', 'text'].includes(attribute.type)) {
      fail('must be a `string` type');
    }
  }
}
