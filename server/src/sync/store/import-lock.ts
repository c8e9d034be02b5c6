import type { Core } from '@strapi/strapi';
import { UID } from '../../uids';
import type { Transaction } from './record-writer';

// Any constant works: it only has to be the same for every importer process.
const PG_IMPORT_LOCK = 7_346_201;

/**
 * Serialise the importer's write transactions across processes, so two
 * importers started at once cannot both decide to create the same person or
 * article. PostgreSQL: a transaction-scoped advisory lock. SQLite: take the
 * database's write lock up front (a no-op write); otherwise two readers that
 * both try to write later deadlock and one fails with SQLITE_BUSY instead of
 * waiting.
 */
export async function takeImportLock(strapi: Core.Strapi, trx: Transaction): Promise<void> {
  const client = strapi.db.dialect.client;
  if (client === 'postgres') {
    await trx.raw('SELECT pg_advisory_xact_lock(?)', [PG_IMPORT_LOCK]);
  } else if (client === 'sqlite') {
    const table = strapi.db.metadata.get(UID.tombstone).tableName;
    await trx.raw(`DELETE FROM ?? WHERE 1 = 0`, [table]);
  }
}
