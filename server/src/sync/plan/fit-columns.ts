/**
 * String attributes (title, name, role, outlet, URLs, import keys) are
 * varchar(255) on PostgreSQL, and the Article title declares maxLength 255.
 * Text from a source can be any length, so the desired records are fitted
 * here, before any write: shortened with a warning, never a database error.
 */
import { hashValue } from './import-keys';

export const MAX_STRING = 255;

export interface ImportWarning {
  code: string;
  message: string;
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;

/**
 * At most `max` UTF-16 code units (what Strapi's maxLength counts; never more
 * code points than PostgreSQL counts), cut at a word boundary when one is
 * near, never inside a surrogate pair, ending with "…".
 */
export const shorten = (value: string, max = MAX_STRING): string => {
  if (value.length <= max) return value;
  let cut = max - 1;
  if (isHighSurrogate(value.charCodeAt(cut - 1))) cut--;
  const space = value.lastIndexOf(' ', cut);
  if (space > max * 0.8) cut = space;
  return `${value.slice(0, cut).trimEnd()}…`;
};

/** A field that must fit: shortened, with a warning naming the field. */
export const fitString = (value: string, field: string, warnings: ImportWarning[]): string => {
  if (value.length <= MAX_STRING) return value;
  warnings.push({ code: 'field-shortened', message: `${field} has ${value.length} characters; shortened to ${MAX_STRING}` });
  return shorten(value);
};

export const fitOptional = (value: string | null, field: string, warnings: ImportWarning[]): string | null =>
  value === null ? null : fitString(value, field, warnings);

/** A cut URL points somewhere else: too long means not stored at all. */
export const fitUrl = (value: string | null, field: string, warnings: ImportWarning[]): string | null => {
  if (value === null || value.length <= MAX_STRING) return value;
  warnings.push({ code: 'field-shortened', message: `${field} has ${value.length} characters (over ${MAX_STRING}); not stored` });
  return null;
};

/** Import keys embed names and URLs; a long one is replaced by a hash of itself (same input, same key). */
export const fitKey = (key: string): string =>
  key.length <= MAX_STRING ? key : `${key.slice(0, key.indexOf(':'))}:hash:${hashValue(key)}`;
