/**
 * The few DOM shapes the source stage reads, typed here because the server
 * compiles without the DOM library: linkedom's own types point at it.
 */
import { parseHTML } from 'linkedom';

export interface DomNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly textContent: string | null;
  readonly childNodes: ArrayLike<DomNode>;
}

export interface DomElement extends DomNode {
  readonly tagName: string;
  getAttribute(name: string): string | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  remove(): void;
  readonly innerHTML: string;
}

export interface DomDocument {
  readonly documentElement: DomElement;
  readonly body: DomElement | null;
  readonly head: DomElement | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

const WHOLE_PAGE = /^\s*(?:<!doctype\s|<html[\s>]|<head[\s>]|<body[\s>])/i;

/** A whole page, or a fragment put inside one (linkedom needs a document to hold it). */
export function htmlDocument(html: string): DomDocument {
  const page = WHOLE_PAGE.test(html.replace(/^\s*(?:<\?xml[\s\S]*?\?>|<!--[\s\S]*?-->)*/, '')) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
  return (parseHTML(page) as unknown as { document: DomDocument }).document;
}

export const isFragment = (html: string): boolean => !WHOLE_PAGE.test(html);

/** Markup that never carries article text, and the only markup that could run: gone before anything is read. */
export const INERT = 'script, style, noscript, template, iframe, object, embed, svg, canvas, form, button, select, textarea, nav, footer, figure, media';

export function removeInert(root: DomDocument | DomElement): void {
  for (const element of Array.from(root.querySelectorAll(INERT))) element.remove();
}

/** http(s) only, resolved against the page: a javascript: or data: link is no link. */
export function webUrl(href: string | null | undefined, base: string | null): string | null {
  if (!href || !href.trim()) return null;
  try {
    const url = base ? new URL(href.trim(), base) : new URL(href.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.toString() : null;
  } catch {
    return null;
  }
}

export const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** Escaped markup (&lt;p&gt;…, no tags of its own) as markup, its entities decoded by the HTML parser: never from a DTD. */
export const unescapeHtml = (escaped: string): string => htmlDocument(`<div>${escaped}</div>`).querySelector('div')?.textContent ?? '';
