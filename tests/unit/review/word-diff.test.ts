import { wordDiff } from '../../../server/src/review/word-diff';

describe('wordDiff', () => {
  it('goes from the source span (deleted words) to the quote (inserted words)', () => {
    const parts = wordDiff('We will open the park in spring,', 'We will open the park in summer,');
    expect(parts.map((p) => p.op)).toEqual(['equal', 'delete', 'insert', 'equal']);
    expect(parts.filter((p) => p.op !== 'equal').map((p) => p.text)).toEqual(['spring', 'summer']);
    expect(parts.filter((p) => p.op !== 'insert').map((p) => p.text).join('')).toBe('We will open the park in spring,');
    expect(parts.filter((p) => p.op !== 'delete').map((p) => p.text).join('')).toBe('We will open the park in summer,');
  });

  it('sees no difference in typography or spacing', () => {
    expect(wordDiff('it\u2019s  fine', "it's fine")).toEqual([{ op: 'equal', text: "it's fine" }]);
  });
});
