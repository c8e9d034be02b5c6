import { provenance } from '../../../server/src/review/provenance';

const SOURCE = 'Title\n\nFirst paragraph.\n\n  Residents said "it is about time" on Friday.\n\nLast one.\n';

describe('provenance', () => {
  it('finds the paragraph around the offsets, the quote placed inside it', () => {
    const start = SOURCE.indexOf('it is about');
    const end = start + 'it is about time'.length;
    const found = provenance(SOURCE, start, end);
    expect(found?.paragraph).toBe('Residents said "it is about time" on Friday.');
    expect(found && found.paragraph.slice(found.quoteStart, found.quoteEnd)).toBe('it is about time');
    expect(found?.sourceText).toBe('it is about time');
  });

  it('is null when the offsets do not fit the text', () => {
    expect(provenance(SOURCE, 5, SOURCE.length + 10)).toBeNull();
    expect(provenance(null, 0, 1)).toBeNull();
    expect(provenance(SOURCE, null, 3)).toBeNull();
  });

  it('takes the first and last paragraphs to the text edges', () => {
    expect(provenance('Only "one" paragraph', 6, 9)?.paragraph).toBe('Only "one" paragraph');
  });
});
