import fs from 'fs';
import path from 'path';
import { changedItems, nextSeen, type FeedItem } from '../../../server/src/feeds/changed-items';
import { FeedError } from '../../../server/src/feeds/fetch-feed';
import { readFeedItems } from '../../../server/src/feeds/read-items';

const URL = 'https://valleytimes.example/feed.xml';
const feedFixture = fs.readFileSync(path.join(__dirname, '../../fixtures/formats/feed.rss'), 'utf8');
const bytes = (text: string) => Buffer.from(text, 'utf8');

describe('feeds/changed-items', () => {
  const items: FeedItem[] = [
    { position: 1, key: 'a', hash: 'h1' },
    { position: 2, key: 'b', hash: 'h2' },
    { position: 3, key: 'c', hash: 'h3' },
  ];

  it('picks items never seen or seen with another hash', () => {
    expect(changedItems(items, { a: 'h1', b: 'old' }).map((i) => i.key)).toEqual(['b', 'c']);
    expect(changedItems(items, { a: 'h1', b: 'h2', c: 'h3' })).toEqual([]);
    expect(changedItems(items, {})).toHaveLength(3);
  });

  it('remembers the current items only, and not a failed one at its new hash', () => {
    expect(nextSeen(items, { gone: 'x', a: 'h1' }, new Set())).toEqual({ a: 'h1', b: 'h2', c: 'h3' });
    // b failed: it keeps its old hash, c failed and was never seen: both are picked again next time.
    const seen = nextSeen(items, { a: 'h1', b: 'old' }, new Set([2, 3]));
    expect(seen).toEqual({ a: 'h1', b: 'old' });
    expect(changedItems(items, seen).map((i) => i.key)).toEqual(['b', 'c']);
  });
});

describe('feeds/read-items: a feed through the source stage', () => {
  it('keys each item by its link, else its GUID, and hashes its own markup', async () => {
    const items = await readFeedItems(URL, bytes(feedFixture), 1_000_000, 200);
    expect(items.map(({ position, key }) => [position, key])).toEqual([
      [1, 'https://valleytimes.example/news/harbour-plan'],
      [2, 'vt-2024-0306-garden'],
    ]);
    // Changing one item's text changes its hash only.
    const edited = await readFeedItems(URL, bytes(feedFixture.replace('won the regional green award', 'won the national green award')), 1_000_000, 200);
    expect(edited[0]!.hash).toBe(items[0]!.hash);
    expect(edited[1]!.hash).not.toBe(items[1]!.hash);
    expect(changedItems(edited, Object.fromEntries(items.map((i) => [i.key, i.hash]))).map((i) => i.position)).toEqual([2]);
  });

  it('refuses what is no RSS or Atom feed, in one line naming the feed', async () => {
    await expect(readFeedItems(URL, bytes('<rss version="2.0"><channel><item><title>x</title></channel></rss>'), 1_000_000, 200)).rejects.toThrow(
      new RegExp(`^feed ${URL}: RSS: `)
    );
    const notFeed = readFeedItems(URL, bytes('<html><body><p>Hello</p></body></html>'), 1_000_000, 200);
    await expect(notFeed).rejects.toBeInstanceOf(FeedError);
    await expect(notFeed).rejects.toThrow(`feed ${URL}: not an RSS or Atom feed (read as html)`);
  });
});
