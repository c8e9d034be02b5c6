import { digest, stableStringify } from './import-keys';

/**
 * A record's fields with their stable JSON and short hashes, computed once per
 * record and shared by everything the planner asks of them: the per-field
 * hashes (what a record is imported as) and the comparison with what the
 * database holds.
 */
export interface HashedFields {
  json: Record<string, string>;
  hashes: Record<string, string>;
}

export const hashFields = (fields: Record<string, unknown>): HashedFields => {
  // Without a prototype: any field name, "__proto__" included, is an own key.
  const json: Record<string, string> = Object.create(null);
  const hashes: Record<string, string> = Object.create(null);
  for (const name of Object.keys(fields)) {
    json[name] = stableStringify(fields[name]);
    hashes[name] = digest(json[name]);
  }
  return { json, hashes };
};

/**
 * True only when both values serialise to the same stable JSON, decided
 * without serialising: primitives by identity, arrays item by item, plain
 * objects by their defined keys. It may answer false for values that do
 * serialise alike (NaN, a Date); callers then compare the JSON.
 */
export const sameJson = (a: unknown, b: unknown): boolean => {
  if (a === b) return a !== undefined;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    if (a.length !== other.length) return false;
    // In an array, undefined serialises as null.
    for (let i = 0; i < a.length; i++) if (!sameJson(a[i] ?? null, other[i] ?? null)) return false;
    return true;
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  let defined = 0;
  for (const key of Object.keys(left)) {
    if (left[key] === undefined) continue;
    defined += 1;
    if (!sameJson(left[key], right[key])) return false;
  }
  for (const key of Object.keys(right)) if (right[key] !== undefined) defined -= 1;
  return defined === 0;
};

/** Two maps of hashes alike: what comparing their stable JSON would say, without building it. */
export const sameHashes = (a: Record<string, string>, b: Record<string, string>): boolean => {
  const keys = Object.keys(a).filter((key) => a[key] !== undefined);
  return keys.length === Object.keys(b).filter((key) => b[key] !== undefined).length && keys.every((key) => a[key] === b[key]);
};
