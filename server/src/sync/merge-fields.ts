import type { FieldConflict } from './types';
import { HASH_LENGTH, hashValue, sha256, stableStringify } from './keys';

const digest = (json: string) => sha256(json).slice(0, HASH_LENGTH);

export interface FieldMerge {
  /** Fields to write, with the source's values. */
  write: Record<string, unknown>;
  /** Fields an editor changed since the last import; their values stay. */
  conflicts: FieldConflict[];
  /** What the record will have been imported as after this run. */
  importedFields: Record<string, string>;
  /** Whether the bookkeeping changed even where no field is written. */
  bookkeepingChanged: boolean;
}

/**
 * Three-way merge per field between the source (desired), the database
 * (current) and what the last import wrote (imported hashes):
 *  - current equals the source: nothing to write;
 *  - current equals what was imported (nobody touched it): take the source;
 *  - otherwise an editor changed it: keep it and report a conflict, unless
 *    `overwrite` says the source wins.
 */
export const mergeFields = (
  desired: Record<string, unknown>,
  current: Record<string, unknown>,
  imported: Record<string, string> | null | undefined,
  overwrite: boolean
): FieldMerge => {
  const write: Record<string, unknown> = {};
  const conflicts: FieldConflict[] = [];
  const importedFields: Record<string, string> = {};

  for (const [field, value] of Object.entries(desired)) {
    // hashValue, with one digest instead of two when the values are equal (the usual case on a re-run).
    const desiredJson = stableStringify(value);
    const currentJson = stableStringify(current[field] ?? null);
    const desiredHash = digest(desiredJson);
    const currentHash = currentJson === desiredJson ? desiredHash : digest(currentJson);
    const importedHash = imported?.[field];

    if (currentHash === desiredHash) {
      importedFields[field] = desiredHash;
    } else if (importedHash === undefined || currentHash === importedHash || overwrite) {
      write[field] = value;
      importedFields[field] = desiredHash;
    } else {
      conflicts.push({ field, current: current[field] ?? null, incoming: value });
      importedFields[field] = importedHash;
    }
  }

  const bookkeepingChanged = stableStringify(importedFields) !== stableStringify(imported ?? {});
  return { write, conflicts, importedFields, bookkeepingChanged };
};

/** True when no field differs from what was imported: nobody edited the record. */
export const untouchedSinceImport = (current: Record<string, unknown>, imported: Record<string, string> | null | undefined): boolean =>
  !!imported && Object.entries(imported).every(([field, hash]) => hashValue(current[field] ?? null) === hash);
