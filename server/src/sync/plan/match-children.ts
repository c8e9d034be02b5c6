import { foldText } from './import-keys';

export interface Keyed {
  key: string;
  text: string;
}

/**
 * Pairs desired children (quotes, links) with existing records: by key first,
 * then, for what is left, by text similarity so a typo fix or a reworded link
 * title updates its record instead of replacing it.
 */
export const matchChildren = <D extends Keyed, E extends Keyed>(
  desired: D[],
  existing: E[],
  minSimilarity = 0.6
): { pairs: Array<[D, E]>; added: D[]; gone: E[] } => {
  const byKey = new Map(existing.map((e) => [e.key, e]));
  const pairs: Array<[D, E]> = [];
  const unmatched: D[] = [];
  const used = new Set<E>();

  for (const d of desired) {
    const e = byKey.get(d.key);
    if (e && !used.has(e)) {
      pairs.push([d, e]);
      used.add(e);
    } else unmatched.push(d);
  }

  // Each text's bigrams once, and none at all when nothing is left to pair (a new article).
  const leftovers = existing.filter((e) => !used.has(e)).map((e) => ({ e, grams: bigrams(e.text) }));
  const candidates: Array<{ d: D; e: E; score: number }> = [];
  for (const d of leftovers.length ? unmatched : []) {
    const dGrams = bigrams(d.text);
    for (const { e, grams } of leftovers) {
      const score = dice(dGrams, grams);
      if (score >= minSimilarity) candidates.push({ d, e, score });
    }
  }
  candidates.sort((a, b) => b.score - a.score);
  const pairedDesired = new Set<D>();
  for (const { d, e } of candidates) {
    if (pairedDesired.has(d) || used.has(e)) continue;
    pairs.push([d, e]);
    pairedDesired.add(d);
    used.add(e);
  }

  return {
    pairs,
    added: unmatched.filter((d) => !pairedDesired.has(d)),
    gone: existing.filter((e) => !used.has(e)),
  };
};

const bigrams = (text: string): Map<string, number> => {
  const folded = foldText(text).replace(/[^a-z0-9 ]/g, '');
  const grams = new Map<string, number>();
  for (let i = 0; i < folded.length - 1; i += 1) {
    const gram = folded.slice(i, i + 2);
    grams.set(gram, (grams.get(gram) ?? 0) + 1);
  }
  return grams;
};

/** Sørensen–Dice coefficient over character bigrams: 1 for equal texts, near 1 for a typo apart. */
const dice = (a: Map<string, number>, b: Map<string, number>): number => {
  let total = 0;
  let shared = 0;
  for (const count of a.values()) total += count;
  for (const count of b.values()) total += count;
  if (total === 0) return 0;
  for (const [gram, count] of a) shared += Math.min(count, b.get(gram) ?? 0);
  return (2 * shared) / total;
};
