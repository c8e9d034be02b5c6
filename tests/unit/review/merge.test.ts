import { mergeSuggestions, sameSurnameCompatible, type PersonSummary } from '../../../server/src/review/merge-suggestions';
import { planMerge, type MergeSide } from '../../../server/src/review/merge-plan';

const person = (documentId: string, name: string, aliases: string[] = [name]): PersonSummary => ({ documentId, name, role: null, aliases, quotes: 1, articles: 1 });

describe('merge suggestions', () => {
  it('pairs a surname with a compatible first name or initial', () => {
    expect(sameSurnameCompatible('Maria Lopez', 'M. Lopez')).toBe(true);
    expect(sameSurnameCompatible('Maria López', 'maria lopez')).toBe(true);
    expect(sameSurnameCompatible('Maria Lopez', 'Lopez')).toBe(true);
    expect(sameSurnameCompatible('Maria Lopez', 'Juan Lopez')).toBe(false);
    expect(sameSurnameCompatible('Lopez', 'Lopez')).toBe(false);
  });

  it('groups likely duplicates and says why', () => {
    const groups = mergeSuggestions([
      person('a', 'Maria Lopez'),
      person('b', 'M. Lopez'),
      person('c', 'Juan Lopez'),
      person('d', 'Bob Stone', ['Bob Stone', 'Robert Stone Jr']),
      person('e', 'Robert Stone Jr'),
      person('f', 'Ann Lee', ['Ann Lee', 'Lee']),
      person('g', 'Tom Lee', ['Tom Lee', 'Lee']),
    ]);
    expect(groups.map((g) => [g.people.map((p) => p.documentId).sort().join(''), g.reason])).toEqual([
      ['de', 'alias-overlap'],
      ['ab', 'surname-initial'],
    ]);
  });

  it('offers a bare surname with each compatible person, never two incompatible people together', () => {
    const groups = mergeSuggestions([person('a', 'Maria Lopez'), person('b', 'Juan Lopez'), person('c', 'Lopez'), person('d', 'M. Lopez')]);
    expect(groups.map((g) => g.people.map((p) => p.documentId).join(''))).toEqual(['acd', 'bc']);
    for (const group of groups) {
      for (const [n, a] of group.people.entries()) {
        for (const b of group.people.slice(n + 1)) expect(sameSurnameCompatible(a.name, b.name)).toBe(true);
      }
    }
  });
});

describe('planMerge', () => {
  const side = (over: Partial<MergeSide>): MergeSide => ({ documentId: 'x', name: 'X', aliases: [], importKey: null, mergedKeys: [], quotes: [], articles: [], ...over });

  it('moves quotes and articles, joins aliases and keeps the absorbed import keys', () => {
    const plan = planMerge(side({ name: 'Maria Lopez', aliases: ['Maria Lopez'], importKey: 'person:maria lopez', articles: ['a1'] }), [
      side({ name: 'M. Lopez', aliases: ['M. Lopez', 'Lopez'], importKey: 'person:m lopez', mergedKeys: ['person:mary lopez'], quotes: ['q2', 'q1'], articles: ['a1', 'a2', 'a2'] }),
    ]);
    expect(plan).toEqual({
      importKey: 'person:maria lopez',
      aliases: ['Lopez', 'M. Lopez', 'Maria Lopez'],
      mergedKeys: ['person:m lopez', 'person:mary lopez'],
      quotes: ['q1', 'q2'],
      articles: ['a2'],
    });
  });

  it("gives a hand-made survivor the first absorbed person's import key", () => {
    const plan = planMerge(side({ name: 'Maria' }), [side({ importKey: 'person:a' }), side({ importKey: 'person:b' })]);
    expect(plan.importKey).toBe('person:a');
    expect(plan.mergedKeys).toEqual(['person:b']);
  });
});
