/**
 * A fetched feed through the source stage (server/src/source/), as the
 * importer will read it: one item per article, keyed by the front matter the
 * stage writes (the item's link, else its GUID) and hashed by the item's own
 * markup. Anything the stage refuses (bad XML, not a feed, no items) is a
 * FeedError naming the feed.
 */
import { readFrontMatter, scalarString } from '../parse/front-matter';
import { readDocuments } from '../source/read-documents';
import type { FeedItem } from './changed-items';
import { FeedError } from './fetch-feed';

const FEED_FORMATS = new Set(['rss', 'atom']);

/** The source stage's messages start with the label, which is the URL the FeedError names already. */
const withoutLabel = (message: string, url: string) => (message.startsWith(`${url}: `) ? message.slice(url.length + 2) : message);

const itemKey = (text: string, name: string): string => {
  const { data } = readFrontMatter(text, 0);
  return scalarString(data.url) ?? scalarString(data.id) ?? name;
};

export async function readFeedItems(url: string, body: Uint8Array, maxBytes: number, httpStatus: number): Promise<FeedItem[]> {
  const items: FeedItem[] = [];
  for await (const article of readDocuments([{ name: url, data: body }], { maxBytes })) {
    if (article.error) throw new FeedError(url, withoutLabel(article.error, url), httpStatus);
    if (!article.format || !FEED_FORMATS.has(article.format)) throw new FeedError(url, `not an RSS or Atom feed (read as ${article.format ?? 'unknown'})`, httpStatus);
    items.push({ position: items.length + 1, key: itemKey(article.text, article.name), hash: article.sha256 ?? '' });
  }
  return items;
}
