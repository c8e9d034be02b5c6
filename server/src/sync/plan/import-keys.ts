import { createHash } from 'crypto';
import { foldText } from '../../parse/text';

/** Keys are built from the parser's text fold (match-children folds with it too). */
export { foldText };

/**
 * Stable JSON: object keys sorted, so equal values always hash equally.
 * Written with loops rather than entries/map/join: every imported field of
 * every record goes through it on each run, and this shape allocates far less.
 */
export const stableStringify = (value: unknown): string => {
  if (value === undefined) return 'null';
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  let out: string;
  if (Array.isArray(value)) {
    out = '[';
    for (let i = 0; i < value.length; i++) out += (i ? ',' : '') + stableStringify(value[i]);
    return out + ']';
  }
  const object = value as Record<string, unknown>;
  const keys = Object.keys(object).sort();
  out = '{';
  let first = true;
  for (const key of keys) {
    const item = object[key];
    if (item === undefined) continue;
    out += (first ? '' : ',') + JSON.stringify(key) + ':' + stableStringify(item);
    first = false;
  }
  return out + '}';
};

export const sha256 = (text: string | Buffer): string => createHash('sha256').update(text).digest('hex');

/** Short hash for field values and keys; 96 bits is plenty for collisions within one newsroom. */
export const HASH_LENGTH = 24;
/** The short hash of a value's stable JSON. */
export const digest = (json: string): string => sha256(json).slice(0, HASH_LENGTH);
export const hashValue = (value: unknown): string => digest(stableStringify(value));

/** A Person's key: the folded name without punctuation, shared by every article that names them. */
export const personKey = (name: string): string =>
  `person:${foldText(name).replace(/[^a-z0-9' -]/g, '').replace(/\s+/g, ' ').trim()}`;

/**
 * An Article's key: front matter `url` or `id` when the source has one (stable
 * across renames), else the source file's name and the title.
 */
export const articleKey = (input: { url: string | null; id: unknown; fileName: string; title: string }): string => {
  if (typeof input.id === 'string' || typeof input.id === 'number') return `article:id:${String(input.id).trim()}`;
  if (input.url) return `article:url:${input.url.trim().replace(/\/+$/, '')}`;
  return `article:file:${hashValue([input.fileName, foldText(input.title)])}`;
};

export const quoteKey = (article: string, text: string): string => `quote:${hashValue([article, foldText(text)])}`;

export const linkKey = (article: string, title: string, url: string | null): string =>
  `link:${hashValue([article, foldText(title), url ?? ''])}`;
