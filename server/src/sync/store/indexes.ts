import type { Core } from '@strapi/strapi';
import { UID } from '../../uids';
import { joinTableOf } from './strapi-bulk-adapter';

/**
 * Secondary indexes on the columns the importer looks records up by: import
 * keys (every import reads the article, its people and tombstones by key), the
 * source fingerprint (a re-run finds unchanged sources by it) and
 * slugs (the uid generator checks each new article's and person's slug).
 * Without them each look-up scans its table, so an import slows down as the
 * newsroom grows.
 *
 * Created here rather than declared in the schemas so that existing databases
 * get them too and Strapi's schema sync never sees a diff; Strapi leaves
 * indexes it did not create alone. Idempotent and safe to call from several
 * processes at once: an index another process just created is not an error.
 */
const WANTED: Array<{ uid: string; attribute: string }> = [
  { uid: UID.article, attribute: 'importKey' },
  { uid: UID.article, attribute: 'slug' },
  { uid: UID.article, attribute: 'importFingerprint' },
  { uid: UID.person, attribute: 'importKey' },
  { uid: UID.person, attribute: 'slug' },
  { uid: UID.quote, attribute: 'importKey' },
  { uid: UID.relatedLink, attribute: 'importKey' },
  { uid: UID.tombstone, attribute: 'importKey' },
];

/**
 * Relations whose inverse order the importer (and the Document Service) asks
 * the highest value of for each target when linking a new record: an index on
 * (target column, inverse order column) answers that in one probe instead of
 * reading every join row of the target (a speaker quoted in thousands of
 * articles has thousands).
 */
const ORDERED_RELATIONS: Array<{ uid: string; relation: string }> = [
  { uid: UID.quote, relation: 'speaker' },
  { uid: UID.quote, relation: 'article' },
  { uid: UID.relatedLink, relation: 'article' },
  { uid: UID.article, relation: 'people' },
];

const snake = (name: string) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

const wantedIndexes = (strapi: Core.Strapi): Array<{ table: string; columns: string[] }> => [
  ...WANTED.map(({ uid, attribute }) => {
    const meta = strapi.db.metadata.get(uid);
    const column = meta.attributes[attribute];
    return { table: meta.tableName, columns: [(column && 'columnName' in column ? column.columnName : undefined) ?? snake(attribute)] };
  }),
  ...ORDERED_RELATIONS.flatMap(({ uid, relation }) => {
    const join = joinTableOf(strapi, uid, relation, relation === 'people' ? 'many' : 'one');
    return join.inverseOrderColumn ? [{ table: join.table, columns: [join.targetColumn, join.inverseOrderColumn] }] : [];
  }),
];

export async function ensureImportIndexes(strapi: Core.Strapi): Promise<string[]> {
  const knex = strapi.db.connection;
  // The dialect's schema inspector (packages/core/database/src/dialects/*/schema-inspector.ts); not in Strapi's public types.
  const { schemaInspector: inspector } = strapi.db.dialect as unknown as { schemaInspector: { getIndexes(table: string): Promise<Array<{ name: string; columns: string[] }>> } };
  const created: string[] = [];
  for (const { table, columns } of wantedIndexes(strapi)) {
    // Short enough for every dialect's identifier limit (PostgreSQL: 63).
    const name = `${table}_${columns.join('_')}_nwsidx`.slice(0, 63);
    try {
      const existing: Array<{ name: string; columns: string[] }> = await inspector.getIndexes(table);
      const same = (index: { columns: string[] }) => index.columns.length === columns.length && index.columns.every((c, i) => c === columns[i]);
      if (existing.some((index) => index.name === name || same(index))) continue;
      await knex.schema.alterTable(table, (builder) => {
        builder.index(columns, name);
      });
      created.push(name);
    } catch (error) {
      // Another process won the race, or the database refused: the importer
      // works without the index, only slower. Say so and carry on.
      const again: Array<{ name: string }> = await inspector.getIndexes(table).catch(() => []);
      if (!again.some((index) => index.name === name)) {
        strapi.log.warn(`[newsroom] could not create index ${name}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  }
  return created;
}
