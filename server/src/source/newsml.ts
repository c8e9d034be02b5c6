/**
 * IPTC NewsML-G2 news items (alone or in a newsMessage): the item's guid is
 * the Article's id, its headline, creator, firstCreated/contentCreated and
 * provider from itemMeta/contentMeta, and its text from the inlineXML
 * content: an NITF document, or an XHTML one.
 */
import { htmlBlocks } from './html';
import { isoDay, nitfArticle } from './nitf';
import { SourceError } from './read-source';
import type { ExtractedArticle } from './types';
import { all, attr, child, elementMarkup, parseXml, textOf, type XmlValue } from './xml';

const NITF_ROOT = /^\s*(?:<\?xml[\s\S]*?\?>\s*)?<(?:\w+:)?nitf[\s>]/;

function newsItem(item: XmlValue, label: string, original: string): ExtractedArticle {
  const guid = attr(item, 'guid');
  const itemMeta = child(item, 'itemMeta');
  const contentMeta = child(item, 'contentMeta');
  const inline = all(child(item, 'contentSet'), 'inlineXML')[0];
  const markup = typeof inline === 'string' ? inline : textOf(inline);
  if (!markup) throw new SourceError(label, 'NewsML-G2: the news item has no inlineXML content');
  const base = NITF_ROOT.test(markup) ? nitfArticle(child(parseXml(markup, label, 'NewsML-G2 (inline NITF)'), 'nitf'), label, original) : null;
  const blocks = base?.blocks ?? htmlBlocks(markup, null);
  if (!blocks.some((b) => b.kind === 'paragraph')) throw new SourceError(label, 'NewsML-G2: the inline content has no paragraphs');
  return {
    meta: {
      title: textOf(child(contentMeta, 'headline')) ?? base?.meta.title ?? null,
      id: guid ?? base?.meta.id ?? null,
      outlet: textOf(child(child(itemMeta, 'provider'), 'name')) ?? attr(child(itemMeta, 'provider'), 'literal') ?? base?.meta.outlet ?? null,
      published: isoDay(textOf(child(contentMeta, 'contentCreated')) ?? textOf(child(itemMeta, 'firstCreated')) ?? textOf(child(itemMeta, 'versionCreated'))) ?? base?.meta.published ?? null,
      author: textOf(child(child(contentMeta, 'creator'), 'name')) ?? attr(child(contentMeta, 'creator'), 'literal') ?? base?.meta.author ?? null,
    },
    blocks,
    original,
  };
}

export function extractNewsMl(xml: string, label: string): ExtractedArticle[] {
  const doc = parseXml(xml, label, 'NewsML-G2');
  const message = child(doc, 'newsMessage');
  const items = message !== undefined ? all(child(message, 'itemSet'), 'newsItem') : all(doc, 'newsItem');
  if (items.length === 0) throw new SourceError(label, 'NewsML-G2: no <newsItem> (only news items with text are supported)');
  const markup = items.length === 1 ? [xml] : elementMarkup(xml, 'newsItem');
  return items.map((item, i) => newsItem(item, label, markup[i] ?? ''));
}
