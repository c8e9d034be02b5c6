/**
 * Article markup (a page's body, Readability's output, a feed item's HTML,
 * NITF's body.content, Word's HTML from mammoth) → body blocks: one per
 * paragraph, headings as section headings, "Read more/Related" anchors as
 * related links with their real URLs. Only text and http(s) URLs leave here,
 * never markup or attributes.
 */
import { parseRelatedLine } from '../parse/related-links';
import { collapse, ELEMENT_NODE, removeInert, TEXT_NODE, webUrl, type DomElement, type DomNode } from './html-dom';
import type { BodyBlock } from './types';

/** h1-h6, and NITF's headline levels. */
const HEADING = /^(?:h[1-6]|hl1|hl2)$/;
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'dd', 'div', 'dl', 'dt', 'header', 'hgroup', 'li', 'main', 'ol', 'p', 'pre',
  'section', 'table', 'tbody', 'td', 'th', 'thead', 'tr', 'ul', 'block', 'body.content', 'body.head', 'hedline', 'abstract', 'byline', 'dateline',
]);
/** Headings that open a list of related links rather than a section of the article. */
const RELATED_HEADING = /^(?:related(?:\s+(?:articles?|stories|story|news|content|reading|coverage|links?|posts?))?|read\s+(?:more|also|next)|also\s+read|see\s+also|further\s+reading|more\s+(?:on\s+this(?:\s+story)?|stories|coverage|news)|you\s+may\s+also\s+like|recommended(?:\s+reading)?)\s*[:：]?$/i;

/**
 * Gathers blocks as a walker reads a document: inline text and links are
 * added, and each block boundary decides what the gathered text is.
 */
export class BlockWriter {
  readonly blocks: BodyBlock[] = [];
  private text = '';
  private links: string[] = [];
  private inRelated = false;

  constructor(private readonly base: string | null = null) {}

  addText(text: string): void {
    this.text += text;
  }

  addLink(href: string | null): void {
    const url = webUrl(href, this.base);
    if (url) this.links.push(url);
  }

  heading(text: string): void {
    this.flush();
    const t = collapse(text);
    if (!t) return;
    this.inRelated = RELATED_HEADING.test(t);
    if (!this.inRelated) this.blocks.push({ kind: 'heading', text: t });
  }

  /** A block read elsewhere (raw HTML inside Markdown). */
  push(block: BodyBlock): void {
    this.blocks.push(block);
  }

  /** The text gathered so far, collapsed, without closing a block. */
  pending(): string {
    return collapse(this.text);
  }

  flush(): void {
    const text = collapse(this.text);
    const url = this.links[0] ?? null;
    this.text = '';
    this.links = [];
    if (!text) return;
    if (this.inRelated || (url !== null && parseRelatedLine(text)?.kind === 'link')) this.blocks.push({ kind: 'related', text, url });
    else this.blocks.push({ kind: 'paragraph', text });
  }

  walk(node: DomNode): void {
    if (node.nodeType === TEXT_NODE) {
      this.addText(node.textContent ?? '');
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const element = node as DomElement;
    const name = element.tagName.toLowerCase();
    if (HEADING.test(name)) {
      this.heading(element.textContent ?? '');
      return;
    }
    if (name === 'br') {
      this.addText(' ');
      return;
    }
    if (name === 'a') this.addLink(element.getAttribute('href'));
    const block = BLOCK.has(name);
    if (block) this.flush();
    for (const child of Array.from(element.childNodes)) this.walk(child);
    if (block) this.flush();
  }
}

/** The blocks of an element's content; `base` resolves relative links. */
export function blocksOf(root: DomElement, base: string | null): BodyBlock[] {
  removeInert(root);
  const writer = new BlockWriter(base);
  writer.walk(root);
  writer.flush();
  return writer.blocks;
}
