import type { Core } from '@strapi/strapi';
import { z } from '@strapi/utils';
import { UID } from '../../uids';
import { parseRows } from './rows';

const mergedRow = z.object({
  importKey: z.string(),
  mergedKeys: z.unknown().transform((v) => (Array.isArray(v) ? v.filter((k): k is string => typeof k === 'string') : [])),
});

/**
 * Absorbed person keys → the survivor's key, for the keys asked about. People
 * who absorbed others are few (an editor's merge each), so they are read in
 * one query rather than searched inside the JSON column, which SQLite and
 * PostgreSQL query differently.
 */
export async function loadMergedKeys(strapi: Core.Strapi, keys: string[]): Promise<Map<string, string>> {
  const survivorOf = new Map<string, string>();
  if (!keys.length) return survivorOf;
  const rows = await strapi.db.query(UID.person).findMany({
    where: { mergedKeys: { $notNull: true }, importKey: { $notNull: true } },
    select: ['importKey', 'mergedKeys'],
  });
  const wanted = new Set(keys);
  for (const row of parseRows(mergedRow, rows, 'merged person')) {
    for (const key of row.mergedKeys) if (wanted.has(key)) survivorOf.set(key, row.importKey);
  }
  return survivorOf;
}
