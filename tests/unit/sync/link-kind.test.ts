import { parseDocument } from '../../../server/src/parse';
import { desiredFromParsed } from '../../../server/src/sync/plan/desired-records';

/** A related link's kind comes from the cue of the line the parser read it from. */
const kinds = (text: string) => desiredFromParsed(parseDocument(text), text, 'a.txt').links.map((l) => [l.fields.title, l.fields.kind]);

describe('related link kinds', () => {
  it('names each cue the schema knows, and `other` for the rest', () => {
    const text = [
      'Council Approves Harbour Plan',
      '',
      'The council approved the harbour plan on Friday, officials said.',
      '',
      'Read also: Ferry fares rise https://example.org/a',
      'Read more: Dredging starts https://example.org/b',
      'Related stories: Port budget https://example.org/c',
      'See also: Harbour history https://example.org/d',
      'Also read: Quay repairs https://example.org/e',
    ].join('\n');
    expect(kinds(text)).toEqual([
      ['Ferry fares rise', 'read-also'],
      ['Dredging starts', 'read-more'],
      ['Port budget', 'related'],
      ['Harbour history', 'see-also'],
      ['Quay repairs', 'other'],
    ]);
  });

  it('holds when the title had two spaces in the source', () => {
    const text = 'Council Approves Harbour Plan\n\nThe council approved the plan on Friday.\n\nRead also: Ferry  fares rise https://example.org/a\n';
    expect(kinds(text)).toEqual([['Ferry fares rise', 'read-also']]);
  });

  it('holds when the related title repeats the headline', () => {
    const text = 'Council Approves Harbour Plan\n\nThe council approved the plan on Friday.\n\nSee also: Council Approves Harbour Plan https://example.org/old\n';
    expect(kinds(text)).toEqual([['Council Approves Harbour Plan', 'see-also']]);
  });
});
