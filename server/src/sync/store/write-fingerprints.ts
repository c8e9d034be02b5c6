import type { Core } from '@strapi/strapi';
import { UID } from '../../uids';

/**
 * The draft articles' fingerprint column (sync/plan/fingerprint.ts), written
 * as plain bookkeeping (not an edit: updatedAt stays), in the caller's
 * transaction when there is one. With `draftsOnly`, the published version
 * keeps the fingerprint it was published with.
 */
export async function writeFingerprints(strapi: Core.Strapi, documentIds: string[], fingerprint: string | null, { draftsOnly }: { draftsOnly: boolean }) {
  if (!documentIds.length) return;
  const meta = strapi.db.metadata.get(UID.article);
  const attribute = meta.attributes.importFingerprint;
  const column = (attribute && 'columnName' in attribute ? attribute.columnName : undefined) ?? 'import_fingerprint';
  await strapi.db.transaction(({ trx }) => {
    const rows = trx(meta.tableName).whereIn('document_id', documentIds);
    if (draftsOnly) rows.whereNull('published_at');
    return rows.update({ [column]: fingerprint });
  });
}
