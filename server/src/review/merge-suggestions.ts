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

export const sameSurnameCompatible = (a: string, b: string): boolean => {
  const wa = words(a);
  const wb = words(b);
  if (!wa.length || !wb.length || wa[wa.length - 1] !== wb[wb.length - 1]) return false;
  if (wa.length === 1 && wb.length === 1) return false;
  return compatibleGiven(wa.length > 1 ? wa[0] : undefined, wb.length > 1 ? wb[0] : undefined);
};

/** Aliases of two words or more: a bare surname ("Smith") is shared by different people. */
const fullForms = (person: PersonSummary): Set<string> =>
  new Set([person.name, ...person.aliases].map((n) => words(n)).filter((w) => w.length > 1).map((w) => w.join(' ')));

const overlaps = (a: Set<string>, b: Set<string>) => [...a].some((form) => b.has(form));

/**
 * Likely duplicates among people: same surname with a compatible first name
 * or initial, or a full alias in common. Pairs join into groups (union-find);
 * a group's reason is the surname rule when any of its pairs met it.
 */
export function mergeSuggestions(people: PersonSummary[]): MergeSuggestion[] {
  const parent = people.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const bySurname = new Set<number>();
  const forms = people.map(fullForms);
  for (let i = 0; i < people.length; i++) {
    for (let j = i + 1; j < people.length; j++) {
      const surname = sameSurnameCompatible(people[i].name, people[j].name);
      if (!surname && !overlaps(forms[i], forms[j])) continue;
      const root = find(j);
      parent[root] = find(i);
      if (surname) bySurname.add(i).add(j);
    }
  }
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
