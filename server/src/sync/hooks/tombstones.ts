import type { Core } from '@strapi/strapi';
import { UID } from '../../uids';
import { isImporterRunning } from './import-context';
import { importKeyRow, parseRows } from '../store/rows';

const TRACKED = new Set<string>([UID.article, UID.person, UID.quote, UID.relatedLink]);

/**
 * Document Service middleware: when an editor deletes an imported record, keep
 * its import key so that the next import does not silently bring it back.
 */
export const registerTombstones = (strapi: Core.Strapi) => {
  strapi.documents.use(async (ctx, next) => {
    if (ctx.action !== 'delete' || !TRACKED.has(ctx.uid) || isImporterRunning()) return next();

    const params = ctx.params as { documentId?: string; locale?: string };
    const row = params.documentId ? await strapi.db.query(ctx.uid).findOne({ where: { documentId: params.documentId }, select: ['importKey'] }) : null;
    const record = row ? parseRows(importKeyRow, [row], 'deleted record')[0] : null;
    const result = await next();
    if (record?.importKey) {
      const existing = await strapi.db.query(UID.tombstone).findOne({ where: { importKey: record.importKey } });
      if (!existing) {
        await strapi.db.query(UID.tombstone).create({
          data: { targetUid: ctx.uid, importKey: record.importKey, deletedAt: new Date() },
        });
      }
    }
    return result;
  });
};
