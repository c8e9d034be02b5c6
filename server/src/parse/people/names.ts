import type { Person } from './types';
import { collapseSpaces, stripMarks } from '../text';

/** The Arabic article is dropped for matching: "al-Nouri" and "Nouri" are one surname. */
const computeNormalisedName = (name: string): string =>
  collapseSpaces(stripMarks(name).replace(/[’]/g, "'").replace(/\./g, ''))
    .toLowerCase()
    .replace(/(^| )(?:al|el)-(?=\p{L})/gu, '$1');

/** Name words repeat endlessly in a long text: normalise each form once (bounded memo). */
const normalisedNames = new Map<string, string>();
export const normaliseName = (name: string): string => {
  let v = normalisedNames.get(name);
  if (v === undefined) {
    v = computeNormalisedName(name);
    if (normalisedNames.size >= 20000) normalisedNames.clear();
    normalisedNames.set(name, v);
  }
  return v;
};

/**
 * Levenshtein distance of a and b, or `limit + 1` once it is sure to exceed
 * `limit` (rows of the table stop early).
 */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let least = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1));
      row.push(v);
      least = Math.min(least, v);
    }
    if (least > limit) return limit + 1;
    prev = row;
  }
  return prev[b.length]!;
}

export const keyOf = (tokens: string[]): string => `${tokens[0]} ${tokens[tokens.length - 1]}`;

export function addAlias(p: Person, alias: string): void {
  const a = collapseSpaces(alias);
  if (a !== '' && !p.aliases.includes(a)) p.aliases.push(a);
}
