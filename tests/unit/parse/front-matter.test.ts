import { parseDocument, ParseError } from '../../../server/src/parse';

describe('front matter', () => {
  const doc = [
    '---',
    'title: Council votes to close two libraries',
    'outlet: The Valley Gazette',
    'published: 2024-03-05',
    'url: https://example.com/libraries',
    'id: lib-1',
    'author: Jo Writer',
    '---',
    'The council voted on Tuesday to close two branch libraries.',
    '"This is a sad day," said councillor Marisol Lugo.',
  ].join('\n');

  it('overrides heuristics and keeps extra keys as metadata', () => {
    const d = parseDocument(doc, { referenceDate: '2025-01-01' });
    expect(d.title).toBe('Council votes to close two libraries');
    expect(d.titleSource).toBe('front-matter');
    expect(d.outlet).toBe('The Valley Gazette');
    expect(d.published).toBe('2024-03-05');
    expect(d.sourceUrl).toBe('https://example.com/libraries');
    expect(d.metadata).toEqual({ id: 'lib-1', author: 'Jo Writer' });
    expect(d.lead).toBe('The council voted on Tuesday to close two branch libraries.');
  });

  it('keeps offsets into the full input, front matter included', () => {
    const d = parseDocument(doc);
    for (const q of d.quotes) expect(doc.slice(q.start, q.end)).toBe(q.text);
    expect(doc.slice(d.sections[0]!.paragraphs[0]!.start).startsWith('The council')).toBe(true);
  });

  it('throws ParseError for an unterminated block', () => {
    expect(() => parseDocument('---\ntitle: x\nBody text here.')).toThrow(ParseError);
    expect(() => parseDocument('---\ntitle: x\nBody text here.')).toThrow(/unterminated front matter/);
  });

  it('throws ParseError for invalid YAML', () => {
    expect(() => parseDocument('---\ntitle: [unclosed\n---\nBody.')).toThrow(/invalid YAML/);
  });

  it('throws ParseError when the block is not a mapping', () => {
    expect(() => parseDocument('---\n- a\n- b\n---\nBody.')).toThrow(ParseError);
  });

  it('accepts an empty block and CRLF line endings', () => {
    const d = parseDocument('---\r\n---\r\nJust a lead paragraph.\r\n');
    expect(d.lead).toBe('Just a lead paragraph.');
    expect(d.metadata).toEqual({});
  });

  it('does not treat a later --- line as front matter', () => {
    const d = parseDocument('A lead paragraph here.\n---\nMore text.');
    expect(d.metadata).toEqual({});
    expect(d.lead).toBe('A lead paragraph here.');
  });

  it('ignores a BOM before the block and keeps offsets into the given string', () => {
    const text = '\uFEFF---\ntitle: T\n---\n"Hello there, friend," said Janet Doe.';
    const d = parseDocument(text);
    expect(d.title).toBe('T');
    expect(d.quotes).toHaveLength(1);
    expect(text.slice(d.quotes[0]!.start, d.quotes[0]!.end)).toBe(d.quotes[0]!.text);
  });

  it('reports an unreadable published date as a warning', () => {
    const d = parseDocument('---\npublished: not a date\n---\nText of the article.');
    expect(d.published).toBeNull();
    expect(d.warnings.map((w) => w.code)).toContain('invalid-published');
  });
});
