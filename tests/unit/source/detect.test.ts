import { detectFormat, rootElement } from '../../../server/src/source/detect';
import { fixture } from './helpers';

const detect = (name: string, bytes: Buffer | string, extra: { contentType?: string } = {}) =>
  detectFormat({ name, bytes: typeof bytes === 'string' ? Buffer.from(bytes) : bytes, ...extra });

describe('source/detect: by content, not by name', () => {
  it('tells each fixture apart under a name that says nothing', () => {
    const cases: Array<[string, string]> = [
      ['page.html', 'html'],
      ['fragment.html', 'html'],
      ['feed.rss', 'rss'],
      ['feed.atom', 'atom'],
      ['article.nitf.xml', 'nitf'],
      ['item-nitf.newsml.xml', 'newsml'],
      ['item-xhtml.newsml.xml', 'newsml'],
      ['item.ninjs1.json', 'ninjs'],
      ['item.ninjs2.json', 'ninjs'],
    ];
    for (const [file, format] of cases) expect([file, detect('upload', fixture(file))]).toEqual([file, format]);
  });

  it('reads plain text as text and Markdown by its name or MIME type', () => {
    expect(detect('a.txt', 'Mayor Lena Ortiz said: "Yes."')).toBe('text');
    expect(detect('a.md', '# Title\n\nText')).toBe('markdown');
    expect(detect('a', '# Title\n\nText', { contentType: 'text/markdown; charset=utf-8' })).toBe('markdown');
    // Text that opens with a brace but is no JSON stays text.
    expect(detect('a.txt', '{Draft} Mayor Lena Ortiz said: "Yes."')).toBe('text');
  });

  it('looks past the XML declaration, comments and DOCTYPE for the root element', () => {
    expect(rootElement('<?xml version="1.0"?>\n<!-- c --><!DOCTYPE nitf SYSTEM "x.dtd"><nitf>')).toBe('nitf');
    expect(rootElement('<g2:newsItem xmlns:g2="x">')).toBe('newsitem');
  });

  it('names binary files people drop by mistake', () => {
    expect(() => detect('scan.txt', Buffer.from('%PDF-1.7\n'))).toThrow('scan.txt: binary file (a PDF file), not a supported source format');
  });
});
