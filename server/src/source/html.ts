/**
 * A web page or an HTML fragment → an article. A page's body is found by
 * Readability (the engine of Firefox's reader view); its metadata comes from
 * <meta> (Open Graph, article:published_time), JSON-LD NewsArticle and the
 * canonical link, which keys the Article. "Read more/Related" links are read
 * from the page's article before Readability, which drops such boxes.
 */
import { Readability } from '@mozilla/readability';
import { blocksOf } from './html-blocks';
import { collapse, htmlDocument, isFragment, removeInert, webUrl, type DomDocument, type DomElement } from './html-dom';
import { SourceError } from './read-source';
import type { ArticleMeta, BodyBlock, ExtractedArticle } from './types';

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const isObject = (value: Json | undefined): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: Json | undefined): string | null => (typeof value === 'string' && value.trim() ? collapse(value) : null);

/** schema.org types that describe the page's article. */
const ARTICLE_TYPES = /^(?:NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BlogPosting|Report|WebPage)$/;

/** Every JSON-LD object on the page, @graph and arrays flattened; broken blocks are skipped (pages ship them). */
function jsonLd(document: DomDocument): JsonObject[] {
  const found: JsonObject[] = [];
  const visit = (value: Json): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (isObject(value)) {
      found.push(value);
      if (value['@graph'] !== undefined) visit(value['@graph']);
    }
  };
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      visit(JSON.parse(script.textContent ?? '') as Json);
    } catch {
      // not JSON: ignored
    }
  }
  return found;
}

function articleLd(document: DomDocument): JsonObject | null {
  const objects = jsonLd(document);
  const typed = (o: JsonObject) => {
    const type = o['@type'];
    return (Array.isArray(type) ? type : [type]).some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t) && t !== 'WebPage');
  };
  return objects.find(typed) ?? null;
}

const nameOf = (value: Json | undefined): string | null => {
  if (Array.isArray(value)) return value.map(nameOf).filter((n): n is string => !!n).join(', ') || null;
  return isObject(value) ? text(value.name) : text(value);
};

function meta(document: DomDocument, ...keys: string[]): string | null {
  for (const key of keys) {
    const element = document.querySelector(`meta[property="${key}"], meta[name="${key}"], meta[itemprop="${key}"]`);
    const value = element?.getAttribute('content');
    if (value && value.trim()) return collapse(value);
  }
  return null;
}

function pageMeta(document: DomDocument): ArticleMeta {
  const ld = articleLd(document);
  const canonical = document.querySelector('link[rel~="canonical"]')?.getAttribute('href') ?? null;
  const ldUrl = ld ? text(ld.url) ?? (isObject(ld.mainEntityOfPage) ? text(ld.mainEntityOfPage['@id']) : text(ld.mainEntityOfPage)) : null;
  const url = webUrl(canonical, null) ?? webUrl(meta(document, 'og:url'), null) ?? webUrl(ldUrl, null);
  const h1 = document.querySelector('h1')?.textContent;
  return {
    title: (ld && text(ld.headline)) ?? meta(document, 'og:title', 'twitter:title') ?? text(document.querySelector('title')?.textContent ?? null) ?? text(h1 ?? null),
    url,
    outlet: meta(document, 'og:site_name') ?? (ld ? nameOf(ld.publisher) : null),
    published:
      meta(document, 'article:published_time', 'datePublished', 'date', 'pubdate', 'dc.date') ??
      (ld ? text(ld.datePublished) : null) ??
      document.querySelector('time[datetime]')?.getAttribute('datetime') ??
      null,
    author: (ld ? nameOf(ld.author) : null) ?? meta(document, 'author', 'article:author'),
  };
}

/** Where the article is on the page: <article>, else <main>, else the body. */
const articleRoot = (document: DomDocument): DomElement | null =>
  document.querySelector('article') ?? document.querySelector('main') ?? document.querySelector('[role="main"]') ?? document.body;

/** Readability's article HTML, or null when it finds none (short pages, fragments). */
function readable(html: string): { content: string; title: string | null; byline: string | null; siteName: string | null } | null {
  const document = htmlDocument(html);
  removeInert(document);
  try {
    const article = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0], { charThreshold: 200 }).parse();
    if (!article?.content || !article.textContent?.trim()) return null;
    return { content: article.content, title: article.title ?? null, byline: article.byline ?? null, siteName: article.siteName ?? null };
  } catch {
    return null;
  }
}

export function extractHtml(html: string, label: string): ExtractedArticle {
  const document = htmlDocument(html);
  const info = pageMeta(document);
  const base = info.url ?? null;
  const root = articleRoot(document);
  if (!root) throw new SourceError(label, 'HTML: no <body>, nothing to read');
  const pageBlocks = blocksOf(root, base);
  let blocks: BodyBlock[] = pageBlocks;
  if (!isFragment(html)) {
    const article = readable(html);
    if (article) {
      const body = htmlDocument(article.content).body;
      if (body) blocks = [...blocksOf(body, base).filter((b) => b.kind !== 'related'), ...pageBlocks.filter((b) => b.kind === 'related')];
      info.title ??= article.title;
      info.author ??= article.byline;
      info.outlet ??= article.siteName;
    }
  }
  if (!blocks.some((b) => b.kind === 'paragraph')) throw new SourceError(label, 'HTML: no article text found (no paragraphs in the page)');
  return { meta: info, blocks, original: html };
}

/** A feed item's or wire body's HTML: the blocks only, no page metadata. */
export function htmlBlocks(html: string, base: string | null): BodyBlock[] {
  const body = htmlDocument(html).body;
  return body ? blocksOf(body, base) : [];
}
