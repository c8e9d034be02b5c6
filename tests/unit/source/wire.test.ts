import { extract, extractFile, failure, parsed } from './helpers';

describe('source/nitf, newsml, ninjs: IPTC wire formats', () => {
  it('reads NITF 3.x: hedline, byline, date.issue, doc-id as the key, body.content with hl2 sections', async () => {
    const [article] = await extractFile('article.nitf.xml');
    expect(article!.format).toBe('nitf');
    expect(parsed(article!)).toEqual({
      title: 'Storm closes coastal road',
      published: '2024-03-10',
      outlet: 'Valley Times',
      url: null,
      id: 'vt-2024-0310-storm',
      sections: ['Ferries still running'],
      people: ['Omar Said'],
      quotes: [
        ['Omar Said', 'Nobody should try to drive through this,'],
        ['Omar Said', 'We will reopen as soon as it is safe.'],
      ],
      links: [{ title: 'Storm warning for the coast', url: 'https://valleytimes.example/news/storm-warning' }],
      offsetsHold: true,
    });
    expect(article!.text).toContain('timetable & add');
    expect(article!.text).toMatch(/^author: Nina Hart$/m);
  });

  it('reads NewsML-G2 news items with an inline NITF or XHTML body, the item guid as the key', async () => {
    const [nitf] = await extractFile('item-nitf.newsml.xml');
    expect(parsed(nitf!)).toMatchObject({
      title: 'Town budget adds two nurses',
      published: '2024-03-11',
      outlet: 'Valley Times',
      id: 'urn:newsml:valleytimes.example:20240311:budget',
      quotes: [['Paul Grant', 'Every school will have a nurse on site every day,']],
    });
    const [xhtml] = await extractFile('item-xhtml.newsml.xml');
    expect(parsed(xhtml!)).toMatchObject({
      title: 'Pool reopens after repairs',
      published: '2024-03-12',
      outlet: 'Valley Times',
      id: 'urn:newsml:valleytimes.example:20240312:pool',
      sections: [],
      quotes: [['Kim Cole', 'The water is warm and the roof is dry,']],
    });
  });

  it('reads ninjs 1.x (headline, body_html) and 2.x (headlines[], bodies[]), uri as the key', async () => {
    const [v1] = await extractFile('item.ninjs1.json');
    expect(parsed(v1!)).toMatchObject({
      title: 'Cycle lanes planned for Main Street',
      published: '2024-03-13',
      outlet: 'Valley Times',
      id: 'urn:valleytimes.example:2024:cycle-lanes',
      quotes: [['Leo Brandt', 'Parents told us their children want to cycle to school,']],
    });
    const [v2] = await extractFile('item.ninjs2.json');
    expect(parsed(v2!)).toMatchObject({
      title: 'Orchard saved by volunteers',
      published: '2024-03-15',
      outlet: 'Valley Times',
      id: 'urn:valleytimes.example:2024:orchard',
      quotes: [['Ruth Evans', 'We could not have done it without them,']],
    });
  });

  it('refuses broken NITF, broken or foreign JSON and unknown XML, each in one line', async () => {
    expect(await failure(extractFile('bad/broken.nitf.xml'))).toMatch(/^bad\/broken\.nitf\.xml: NITF: not well-formed XML: Expected closing tag 'p' .*\(line 2\)$/);
    expect(await failure(extractFile('bad/broken.ninjs.json'))).toMatch(/^bad\/broken\.ninjs\.json: ninjs: not valid JSON \(/);
    expect(await failure(extractFile('bad/not-ninjs.json'))).toBe('bad/not-ninjs.json: ninjs: no "uri" (every ninjs item has one), not a ninjs news item');
    expect(await failure(extractFile('bad/unknown-root.xml'))).toBe('bad/unknown-root.xml: XML with root element <catalog>: not a supported format (RSS, Atom, NITF, NewsML-G2)');
  });

  it('never expands entities: billion laughs and external entities are refused before parsing', async () => {
    const started = Date.now();
    expect(await failure(extractFile('bad/billion-laughs.xml'))).toBe('bad/billion-laughs.xml: NITF: declares XML entities (<!ENTITY>), which are never expanded; refused');
    expect(Date.now() - started).toBeLessThan(1000);
    // Forced to another format, the same rule holds.
    expect(await failure(extract({ name: 'x.xml', text: '<!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]><rss><channel><item><description>&x;</description></item></channel></rss>', format: 'rss' }))).toMatch(
      /x\.xml: RSS: declares XML entities/
    );
  });
});
