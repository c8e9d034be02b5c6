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
 * Likely duplicates among people: same surname with a compatible first name
 * or initial, or a full alias in common. Pairs join into groups (union-find);
 * a group's reason is the surname rule when any of its pairs met it. Only
 * people sharing a surname or an alias are compared, so a large newsroom is
 * not compared pair by pair.
 */
export function mergeSuggestions(people: PersonSummary[]): MergeSuggestion[] {
  const parent = people.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const join = (i: number, j: number) => {
    parent[find(j)] = find(i);
  };
  const bySurname = new Set<number>();
  const nameWords = people.map((p) => words(p.name));

  for (const members of sharing((i) => nameWords[i].slice(-1), people.length)) {
    for (const [n, i] of members.entries()) {
      for (const j of members.slice(n + 1)) {
        if (!compatibleWords(nameWords[i], nameWords[j])) continue;
        join(i, j);
        bySurname.add(i).add(j);
      }
    }
  }
  for (const members of sharing((i) => fullForms(people[i]), people.length)) for (const j of members.slice(1)) join(members[0], j);

  const groups = new Map<number, number[]>();
  people.forEach((_, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), i]));
  return [...groups.values()]
    .filter((members) => members.length > 1)
    .map((members) => ({
      people: members.map((i) => ({ documentId: people[i].documentId, name: people[i].name, role: people[i].role, quotes: people[i].quotes, articles: people[i].articles })),
      reason: members.some((i) => bySurname.has(i)) ? ('surname-initial' as const) : ('alias-overlap' as const),
    }))
    .sort((a, b) => b.people.length - a.people.length || a.people[0].name.localeCompare(b.people[0].name));
}
