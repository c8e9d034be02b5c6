/**
 * The one place that cuts work into pieces: documents into batches, keys into
 * `$in` look-ups, rows into statements. Pure: the database's limit comes in
 * as its client name.
 */

/** Keys per `$in` look-up: under SQLite's bound-parameter limit with room to spare. */
export const KEYS_PER_QUERY = 500;

/** Bound parameters per statement: SQLite's default limit is 999; PostgreSQL takes 65,535, and knex builds long statements slowly. */
const PARAMETERS_PER_STATEMENT = { sqlite: 800, other: 20_000 };

/** Rows of `columns` values each that one statement may carry on this database. */
export const rowsPerStatement = (client: string, columns: number): number =>
  Math.max(1, Math.floor((client === 'sqlite' ? PARAMETERS_PER_STATEMENT.sqlite : PARAMETERS_PER_STATEMENT.other) / Math.max(columns, 2)));

export function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** An (async) iterable a batch at a time, so that a large import is never held in memory whole. */
export async function* batches<T>(items: Iterable<T> | AsyncIterable<T>, size: number): AsyncGenerator<T[]> {
  let batch: T[] = [];
  for await (const item of items) {
    batch.push(item);
    if (batch.length === size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length) yield batch;
}

/**
 * One query per KEYS_PER_QUERY distinct keys, rows concatenated. Sequential
 * on purpose: inside a transaction every query shares one connection, and pg
 * refuses (deprecates) overlapping queries on a client.
 */
export async function inChunks<R>(keys: readonly string[], query: (chunk: string[]) => Promise<R[]>): Promise<R[]> {
  const rows: R[] = [];
  for (const chunk of chunks([...new Set(keys)], KEYS_PER_QUERY)) rows.push(...(await query(chunk)));
  return rows;
}
