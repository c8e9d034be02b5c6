import { extract, extractFile, failure, fixture, parsed } from './helpers';

describe('source/html: web pages and fragments', () => {
  it('reads a saved page: Readability body, metadata from <meta> and JSON-LD, canonical URL as the key', async () => {
    const [article] = await extractFile('page.html');
    expect(article!.format).toBe('html');
    expect(parsed(article!)).toEqual({
      title: 'Council approves harbour plan',
      published: '2024-03-05',
      outlet: 'Valley Times',
      url: 'https://valleytimes.example/news/harbour-plan',
      id: null,
      sections: ['Funding from the region'],
      // The byline's author is a person of the article (parse/byline.ts).
      people: ['Sam Reed', 'Lena Ortiz', 'Tom Baker', 'Priya Nair'],
      quotes: [
        ['Lena Ortiz', 'The harbour will open in May, and the first ferries will run before the summer,'],
        ['Tom Baker', 'We have heard these promises before,'],
        ['Tom Baker', 'I will believe it when I see a boat.'],
        ['Priya Nair', 'The money is already set aside,'],
      ],
      links: [
        // Relative href resolved against the canonical URL; the aside's list is read before Readability drops it.
        { title: 'Harbour plan delayed again', url: 'https://valleytimes.example/news/harbour-delay' },
        { title: 'New ferry timetable announced', url: 'https://valleytimes.example/news/ferry-timetable' },
        // A javascript: link is no link.
        { title: 'Quay contract signed', url: null },
      ],
      offsetsHold: true,
    });
    expect(article!.original).toBe(fixture('page.html').toString('utf8'));
  });

  it('lets no script, style, event attribute or javascript: URL into the extracted text', async () => {
    const [article] = await extractFile('page.html');
    expect(article!.text).not.toMatch(/INJECTED|alert|javascript:|onclick|onload|<|color: red|window\.steal/);
    // Nor the page's navigation and footer.
    expect(article!.text).not.toMatch(/Home|Sport|All rights reserved/);
  });

  it('reads a fragment without Readability, its first heading as the title', async () => {
    const [article] = await extractFile('fragment.html');
    expect(parsed(article!)).toMatchObject({
      title: 'Library extends opening hours',
      people: ['Ana Silva'],
      quotes: [['Ana Silva', 'Students asked us for quiet space after school, and we listened,']],
      links: [{ title: 'Library budget approved', url: 'https://valleytimes.example/news/library-budget' }],
    });
  });

  it('refuses a page with no article text, in one line naming the file and the format', async () => {
    expect(await failure(extractFile('bad/script-only.html'))).toBe('bad/script-only.html: HTML: no article text found (no paragraphs in the page)');
  });

  it('refuses a page over the byte cap before reading it', async () => {
    const page = `<html><body>${'<p>The council met again and talked about the harbour.</p>'.repeat(50)}</body></html>`;
    expect(await failure(extract({ name: 'big.html', text: page }, 2000))).toBe(`big.html: file is ${page.length} bytes, over the 2000-byte limit`);
  });
});
