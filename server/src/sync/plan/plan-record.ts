import type { ChangeAction, RecordType } from '../types';
import type { ExistingRecord, RecordOp } from './types';
import { change } from './record-change';
import { mergeFields } from './merge-fields';
import { hashFields, sameHashes } from './hashed-fields';

/** An operation that writes nothing: a record skipped, kept or unchanged. */
export const leaveAlone = (type: RecordType, key: string, documentId: string | null, action: ChangeAction, label: string): RecordOp => ({
  type,
  op: 'none',
  key,
  documentId,
  data: {},
  importedFields: {},
  restore: false,
  change: change(type, action, key, label, documentId),
});

/** Gone from the source and nobody edited it since. */
export const remove = (type: RecordType, key: string, documentId: string, label: string): RecordOp => ({
  ...leaveAlone(type, key, documentId, 'remove', label),
  op: 'delete',
});

const NONE: ReadonlySet<string> = new Set();

/**
 * One record: created when the database has none (restored when an editor
 * had deleted it), else merged field by field with what the database holds
 * (sync/plan/merge-fields.ts).
 */
export function planRecord(
  type: RecordType,
  key: string,
  fields: Record<string, unknown>,
  current: ExistingRecord | null,
  tombstoned: boolean,
  overwrite: boolean,
  label: string,
  volatile: ReadonlySet<string> = NONE,
  refreshVolatile = false
): RecordOp {
  const hashed = hashFields(fields);
  if (!current) {
    const action: ChangeAction = tombstoned ? 'restore' : 'create';
    return {
      type,
      op: 'create',
      key,
      documentId: null,
      data: fields,
      importedFields: hashed.hashes,
      restore: tombstoned,
      change: change(type, action, key, label, null, Object.keys(fields)),
    };
  }
  const merge = mergeFields(fields, current.values, current.importedFields, overwrite, hashed);
  settleVolatile(merge, current.importedFields, volatile, refreshVolatile);
  const allWritten = Object.keys(merge.write);
  // Volatile fields refreshed on their own are no change to report.
  const written = allWritten.some((field) => !volatile.has(field)) ? allWritten : [];
  const needsWrite = allWritten.length > 0 || merge.bookkeepingChanged || current.key !== key;
  const action: ChangeAction = merge.conflicts.length > 0 ? 'conflict' : written.length > 0 ? 'update' : 'unchanged';
  return {
    type,
    op: needsWrite ? 'update' : 'none',
    key,
    documentId: current.documentId,
    data: merge.write,
    importedFields: merge.importedFields,
    restore: false,
    change: change(type, action, key, label, current.documentId, written, merge.conflicts),
  };
}

/**
 * Volatile fields (offsets, context, position) follow from the rest of the
 * source: a typo fixed earlier in the text shifts every later offset. They are
 * refreshed when the record is written for a real change, or when `refresh`
 * says the text they index is being rewritten (the misquote guard judges
 * quotes by their offsets); never an editor conflict, never a change to report.
 */
function settleVolatile(merge: ReturnType<typeof mergeFields>, imported: Record<string, string> | null, volatile: ReadonlySet<string>, refresh: boolean) {
  if (volatile.size === 0) return;
  merge.conflicts = merge.conflicts.filter((c) => !volatile.has(c.field));
  const substantive = Object.keys(merge.write).some((field) => !volatile.has(field));
  if (substantive || refresh) return;
  for (const field of Object.keys(merge.write)) {
    delete merge.write[field];
    if (imported?.[field] !== undefined) merge.importedFields[field] = imported[field];
    else delete merge.importedFields[field];
  }
  merge.bookkeepingChanged = !sameHashes(merge.importedFields, imported ?? {});
}
