import { stripMarks } from '../parse/text';

export interface PersonSummary {
  documentId: string;
  name: string;
  role: string | null;
  aliases: string[];
  quotes: number;
  articles: number;
}

export type SuggestionReason = 'surname-initial' | 'alias-overlap';

export interface MergeSuggestion {
  people: Array<Omit<PersonSummary, 'aliases'>>;
  reason: SuggestionReason;
}

/** A name's words, folded: case, accents and punctuation other than hyphens and apostrophes dropped. */
const words = (name: string): string[] =>
  stripMarks(name)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}'\- ]/gu, ' ')
    .split(/\s+/)
    .filter(Boolean);

/** "J." and "John", "John" and "John", or a bare surname: names that may be one person's. */
const compatibleGiven = (a: string | undefined, b: string | undefined): boolean => {
  if (!a || !b) return true;
  if (a === b) return true;
  return (a.length === 1 && b.startsWith(a)) || (b.length === 1 && a.startsWith(b));
};

const compatibleWords = (wa: string[], wb: string[]): boolean => {
  if (!wa.length || !wb.length || wa[wa.length - 1] !== wb[wb.length - 1]) return false;
  if (wa.length === 1 && wb.length === 1) return false;
  return compatibleGiven(wa.length > 1 ? wa[0] : undefined, wb.length > 1 ? wb[0] : undefined);
};

export const sameSurnameCompatible = (a: string, b: string): boolean => compatibleWords(words(a), words(b));

/** Aliases of two words or more: a bare surname ("Smith") is shared by different people. */
const fullForms = (person: PersonSummary): string[] => [
  ...new Set([person.name, ...person.aliases].map((n) => words(n)).filter((w) => w.length > 1).map((w) => w.join(' '))),
];

/** Indexes of the people sharing each key, for keys shared by two or more. */
const sharing = (keysOf: (i: number) => string[], count: number): number[][] => {
  const byKey = new Map<string, number[]>();
  for (let i = 0; i < count; i++) for (const key of keysOf(i)) byKey.set(key, [...(byKey.get(key) ?? []), i]);
  return [...byKey.values()].filter((members) => members.length > 1);
};

/**
 * Every maximal set of people all pairwise linked (Bron–Kerbosch with a
 * pivot). A link is not transitive: a bare "Lopez" may be Maria Lopez or
 * Juan Lopez, and the two of them are not one person, so it is offered
 * with each of them, never with both at once.
 */
function maximalCliques(links: Map<number, Set<number>>): number[][] {
  const cliques: number[][] = [];
  const grow = (clique: number[], candidates: Set<number>, excluded: Set<number>) => {
    if (!candidates.size && !excluded.size) {
      if (clique.length > 1) cliques.push(clique);
      return;
    }
    const [pivot] = [...candidates, ...excluded].sort((a, b) => links.get(b)!.size - links.get(a)!.size);
    for (const v of [...candidates].filter((c) => !links.get(pivot)!.has(c))) {
      const near = links.get(v)!;
      grow([...clique, v], new Set([...candidates].filter((c) => near.has(c))), new Set([...excluded].filter((c) => near.has(c))));
      candidates.delete(v);
      excluded.add(v);
    }
  };
  grow([], new Set(links.keys()), new Set());
  return cliques;
}

/**
 * Likely duplicates among people: same surname with a compatible first name
 * or initial, or a full alias in common. A suggestion is a set of people
 * each linked to every other (maximalCliques); its reason is the surname
 * rule when any of its links met it. Only people sharing a surname or an
 * alias are compared, so a large newsroom is not compared pair by pair.
 */
export function mergeSuggestions(people: PersonSummary[]): MergeSuggestion[] {
  const links = new Map<number, Set<number>>();
  const bySurname = new Set<string>();
  const link = (i: number, j: number) => {
    for (const [a, b] of [[i, j], [j, i]]) links.set(a, (links.get(a) ?? new Set()).add(b));
  };
  const nameWords = people.map((p) => words(p.name));

  for (const members of sharing((i) => nameWords[i].slice(-1), people.length)) {
    for (const [n, i] of members.entries()) {
      for (const j of members.slice(n + 1)) {
        if (!compatibleWords(nameWords[i], nameWords[j])) continue;
        link(i, j);
        bySurname.add(`${i} ${j}`).add(`${j} ${i}`);
      }
    }
  }
  for (const members of sharing((i) => fullForms(people[i]), people.length)) {
    for (const [n, i] of members.entries()) for (const j of members.slice(n + 1)) link(i, j);
  }

  const surnameLinked = (members: number[]) => members.some((i, n) => members.slice(n + 1).some((j) => bySurname.has(`${i} ${j}`)));
  return maximalCliques(links)
    .map((members) => members.sort((a, b) => a - b))
    .map((members) => ({
      people: members.map((i) => ({ documentId: people[i].documentId, name: people[i].name, role: people[i].role, quotes: people[i].quotes, articles: people[i].articles })),
      reason: surnameLinked(members) ? ('surname-initial' as const) : ('alias-overlap' as const),
    }))
    .sort((a, b) => b.people.length - a.people.length || a.people[0].name.localeCompare(b.people[0].name));
}
