import { parseDocument } from '../../../server/src/parse';
import { findOutlet } from '../../../server/src/parse/outlet';

/**
 * Inputs that once made a regular expression backtrack exponentially. With
 * the bug, the 40-word case below takes hours, so the test times out instead
 * of passing; nothing here asserts a duration.
 */
describe('pathological input', () => {
  const capsWords = (n: number) =>
    Array.from({ length: n }, (_, i) => ['COUNCIL', 'MEMBERS', 'VOTED', 'AGAINST', 'THE', 'BUDGET', 'PLAN', 'TODAY'][i % 8]).join(' ');

  it('an all-caps sentence of 40 words is scanned for an outlet without backtracking forever', () => {
    expect(findOutlet([`${capsWords(40)}.`])).toBeNull();
  });

  it('an all-caps article parses, and a long capitalised run before a cue still yields the outlet', () => {
    const doc = parseDocument([capsWords(12), `${capsWords(60)}.`, `${capsWords(60)}.`].join('\n\n'), { referenceDate: '2024-06-01' });
    expect(doc.sections.flatMap((s) => s.paragraphs)).toHaveLength(2);
    expect(findOutlet([`${capsWords(30)} were shown on screens, and The Daily Herald reported on Monday that the vote was delayed.`])).toBe('The Daily Herald');
  });
});
