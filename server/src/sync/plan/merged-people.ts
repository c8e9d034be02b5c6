import type { DesiredDocument, DesiredPerson } from './desired-records';

/**
 * A document's people after editors' merges: a person key that was absorbed
 * into another person (review/merge-plan.ts) becomes the survivor's key, so
 * importing any of the merged people's sources reaches the survivor and no
 * new person is created. Two people of one document that now share a key
 * are one, their aliases joined. Pure.
 */
export function canonicalPeople(desired: DesiredDocument, survivorOf: ReadonlyMap<string, string>): DesiredDocument {
  const keyOf = (key: string) => survivorOf.get(key) ?? key;
  if (!desired.people.some((p) => survivorOf.has(p.key))) return desired;

  const people: DesiredPerson[] = [];
  for (const person of desired.people) {
    const key = keyOf(person.key);
    const same = people.find((p) => p.key === key);
    if (same) {
      same.aliases = [...new Set([...same.aliases, ...person.aliases])].sort();
      same.role = same.role ?? person.role;
    } else people.push({ ...person, key });
  }
  return {
    ...desired,
    people,
    article: { ...desired.article, fields: { ...desired.article.fields, people: [...new Set(desired.article.fields.people.map(keyOf))].sort() } },
    quotes: desired.quotes.map((q) => (q.fields.speaker ? { ...q, fields: { ...q.fields, speaker: keyOf(q.fields.speaker) } } : q)),
  };
}
