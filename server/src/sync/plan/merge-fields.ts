import type { FieldConflict } from '../types';
import { digest, hashValue, stableStringify } from './import-keys';
import { hashFields, sameHashes, sameJson, type HashedFields } from './hashed-fields';

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
  overwrite: boolean,
  hashed: HashedFields = hashFields(desired)
): FieldMerge => {
  const write: Record<string, unknown> = {};
  const conflicts: FieldConflict[] = [];
  const importedFields: Record<string, string> = {};

  for (const field of Object.keys(desired)) {
    const value = desired[field];
    const desiredHash = hashed.hashes[field];
    // Equal values (the usual case on a re-run) need no serialising of the current one.
    const have = current[field] ?? null;
    const currentHash = sameJson(value ?? null, have) ? desiredHash : digestOf(have, hashed.json[field], desiredHash);
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

  const bookkeepingChanged = !sameHashes(importedFields, imported ?? {});
  return { write, conflicts, importedFields, bookkeepingChanged };
};

const digestOf = (value: unknown, desiredJson: string, desiredHash: string) => {
  const json = stableStringify(value);
  return json === desiredJson ? desiredHash : digest(json);
};

/** True when no field differs from what was imported: nobody edited the record. */
export const untouchedSinceImport = (current: Record<string, unknown>, imported: Record<string, string> | null | undefined): boolean =>
  !!imported && Object.entries(imported).every(([field, hash]) => hashValue(current[field] ?? null) === hash);
