import { fitKey, fitString, fitUrl, shorten, MAX_STRING, type ImportWarning } from '../../../server/src/sync/plan/fit-columns';
import { desiredFromParsed } from '../../../server/src/sync/plan/desired-records';
import { parseDocument } from '../../../server/src/parse';

describe('fitting source text to string columns', () => {
  it('shortens at a word boundary, never inside a surrogate pair, with an ellipsis', () => {
    const words = 'harbour board '.repeat(40);
    const short = shorten(words);
    expect(short.length).toBeLessThanOrEqual(MAX_STRING);
    expect(short.endsWith('…')).toBe(true);
    expect(short).not.toMatch(/\s…$/);
    const emoji = '🚢'.repeat(200);
    const cut = shorten(emoji);
    expect(cut.length).toBeLessThanOrEqual(MAX_STRING);
    expect(cut.slice(0, -1)).toBe('🚢'.repeat((cut.length - 1) / 2));
    expect(shorten('short')).toBe('short');
  });

  it('warns for each field it changes; long URLs are dropped, long keys hashed', () => {
    const warnings: ImportWarning[] = [];
    expect(fitString('x'.repeat(300), 'title', warnings).length).toBe(MAX_STRING);
    expect(fitUrl(`https://example.com/${'a'.repeat(300)}`, 'source URL', warnings)).toBeNull();
    expect(fitUrl('https://example.com/a', 'source URL', warnings)).toBe('https://example.com/a');
    expect(warnings.map((w) => w.message)).toEqual(['title has 300 characters; shortened to 255', 'source URL has 320 characters (over 255); not stored']);
    const long = `person:${'a'.repeat(300)}`;
    expect(fitKey(long)).toMatch(/^person:hash:[0-9a-f]{24}$/);
    expect(fitKey(long)).toBe(fitKey(long));
    expect(fitKey('person:ana')).toBe('person:ana');
  });

  it('desired records fit their columns, and a document without body text is refused', () => {
    const text = `---\ntitle: ${'Harbour board approves plan '.repeat(20)}\nurl: https://news.example.com/${'a'.repeat(300)}\n---\n\nThe board approved the plan.\n`;
    const desired = desiredFromParsed(parseDocument(text), text, 'a.txt');
    expect(desired.article.fields.title.length).toBeLessThanOrEqual(MAX_STRING);
    expect(desired.article.fields.sourceUrl).toBeNull();
    expect(desired.article.key.length).toBeLessThanOrEqual(MAX_STRING);
    expect(desired.warnings.map((w) => w.code)).toEqual(['field-shortened', 'field-shortened']);
    const metadataOnly = '---\ntitle: Harbour board\n---\n';
    expect(() => desiredFromParsed(parseDocument(metadataOnly), metadataOnly, 'b.txt')).toThrow(/no article text/);
  });
});
