/**
 * RSS 2.0 and Atom feeds: one article per item. The body is the item's full
 * content (RSS content:encoded, Atom <content>) read as HTML, else its
 * summary; its link (else a permalink GUID) is the Article's URL, so the
 * story a page and its feed item both carry is one Article; a GUID that is
 * no URL keys the Article as its id.
 */
import { htmlBlocks } from './html';
import { unescapeHtml, webUrl } from './html-dom';
import { SourceError } from './read-source';
import type { ExtractedArticle } from './types';
import { all, attr, child, elementMarkup, parseXml, rawMarkup, textOf, type XmlValue } from './xml';

const body = (item: XmlValue, names: string[], base: string | null) => {
  for (const name of names) {
    const html = rawMarkup(child(item, name), unescapeHtml);
    const blocks = html ? htmlBlocks(html, base) : [];
    if (blocks.some((b) => b.kind === 'paragraph')) return blocks;
  }
  return [];
};

function rssItems(xml: string, label: string): ExtractedArticle[] {
  const channel = child(child(parseXml(xml, label, 'RSS'), 'rss'), 'channel');
  if (channel === undefined) throw new SourceError(label, 'RSS: no <channel> element');
  const outlet = textOf(child(channel, 'title'));
  const markup = elementMarkup(xml, 'item');
  return all(channel, 'item').map((item, i) => {
    const guid = child(item, 'guid');
    const link = webUrl(textOf(child(item, 'link')), null) ?? (attr(guid, 'isPermaLink') !== 'false' ? webUrl(textOf(guid), null) : null);
    return {
      meta: {
        title: textOf(child(item, 'title')),
        url: link,
        id: link ? null : textOf(guid),
        outlet,
        published: textOf(child(item, 'pubDate')) ?? textOf(child(item, 'dc:date')),
        author: textOf(child(item, 'dc:creator')) ?? textOf(child(item, 'author')),
      },
      blocks: body(item, ['content:encoded', 'description'], link),
      original: markup[i] ?? '',
    };
  });
}

function atomEntries(xml: string, label: string): ExtractedArticle[] {
  const feed = child(parseXml(xml, label, 'Atom'), 'feed');
  if (feed === undefined) throw new SourceError(label, 'Atom: no <feed> element');
  const outlet = textOf(child(feed, 'title'));
  const markup = elementMarkup(xml, 'entry');
  return all(feed, 'entry').map((entry, i) => {
    const links = all(entry, 'link');
    const alternate = links.find((l) => (attr(l, 'rel') ?? 'alternate') === 'alternate') ?? links[0];
    const url = webUrl(attr(alternate, 'href'), null);
    const id = textOf(child(entry, 'id'));
    return {
      meta: {
        title: textOf(child(entry, 'title')),
        url: url ?? webUrl(id, null),
        id: url || webUrl(id, null) ? null : id,
        outlet,
        published: textOf(child(entry, 'published')) ?? textOf(child(entry, 'updated')),
        author: textOf(child(child(entry, 'author'), 'name')),
      },
      blocks: body(entry, ['content', 'summary'], url),
      original: markup[i] ?? '',
    };
  });
}

export function extractFeed(xml: string, label: string, format: 'rss' | 'atom'): ExtractedArticle[] {
  const items = format === 'rss' ? rssItems(xml, label) : atomEntries(xml, label);
  const name = format === 'rss' ? 'RSS' : 'Atom';
  if (items.length === 0) throw new SourceError(label, `${name}: the feed has no ${format === 'rss' ? '<item>' : '<entry>'}, nothing to import`);
  return items;
}
