import { extractFile, failure, fixture, parsed } from './helpers';

describe('source/feed: RSS 2.0 and Atom', () => {
  it('makes one article per RSS item: content:encoded as HTML, else the description; link or GUID as the key', async () => {
    const articles = await extractFile('feed.rss');
    expect(articles.map((a) => [a.name, a.format])).toEqual([
      ['feed.rss#1', 'rss'],
      ['feed.rss#2', 'rss'],
    ]);
    expect(parsed(articles[0]!)).toMatchObject({
      title: 'Council approves harbour plan',
      published: '2024-03-05',
      outlet: 'Valley Times',
      url: 'https://valleytimes.example/news/harbour-plan',
      sections: ['Funding from the region'],
      people: ['Lena Ortiz', 'Tom Baker', 'Priya Nair'],
      links: [{ title: 'Harbour plan delayed again', url: 'https://valleytimes.example/news/harbour-delay' }],
      offsetsHold: true,
    });
    // A GUID that is no permalink keys the item as its id; its escaped HTML description is the body.
    expect(parsed(articles[1]!)).toMatchObject({
      title: 'School garden wins award',
      published: '2024-03-06',
      url: null,
      id: 'vt-2024-0306-garden',
      quotes: [['Joan Miles', 'The children did all the work,']],
    });
    // Each article keeps its own item's markup as its source, and its own hash.
    expect(articles[1]!.original).toMatch(/^<item>[\s\S]*School garden[\s\S]*<\/item>$/);
    expect(articles[0]!.sha256).not.toBe(articles[1]!.sha256);
  });

  it('reads an Atom entry: alternate link as the key, <content> as HTML', async () => {
    const [entry] = await extractFile('feed.atom');
    expect(entry!.name).toBe('feed.atom#1');
    expect(parsed(entry!)).toMatchObject({
      title: 'Night market returns to the square',
      published: '2024-03-07',
      outlet: 'Valley Times',
      url: 'https://valleytimes.example/news/night-market',
      quotes: [['Rosa Diaz', 'Forty stalls have signed up already,']],
    });
    expect(fixture('feed.atom').toString()).toContain(entry!.original);
  });

  it('refuses a feed with no items, and XML declaring entities', async () => {
    expect(await failure(extractFile('bad/empty.rss'))).toBe('bad/empty.rss: RSS: the feed has no <item>, nothing to import');
    expect(await failure(extractFile('bad/external-entity.xml'))).toBe(
      'bad/external-entity.xml: RSS: declares XML entities (<!ENTITY>), which are never expanded; refused'
    );
  });
});
