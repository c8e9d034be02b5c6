/**
 * XML in, plain objects out, through fast-xml-parser. Checked well-formed
 * first (the parser itself forgives), and a document that declares entities
 * is refused outright: expanding them is how "billion laughs" and external
 * entities (file or network reads) work, and no news format needs them.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { SourceError } from './read-source';

export type XmlValue = string | XmlNode | XmlValue[];
export interface XmlNode {
  [name: string]: XmlValue | undefined;
}

/** The internal subset of a DOCTYPE: where entity declarations live. */
const ENTITY_DECLARATION = /<!DOCTYPE[^[>]*\[[\s\S]*?<!ENTITY/i;

/**
 * Elements kept as their raw inner markup, read afterwards as HTML. Tag names
 * have their dots turned into underscores first (NITF's body.content), since
 * fast-xml-parser's paths split on dots.
 */
const RAW = ['*.body_content', '*.content:encoded', '*.inlineXML', '*.content', '*.summary', '*.description'];

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  transformTagName: (name: string) => name.replace(/\./g, '_'),
  stopNodes: RAW,
  htmlEntities: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
});

export function parseXml(xml: string, label: string, format: string): XmlNode {
  if (ENTITY_DECLARATION.test(xml.slice(0, 65536))) {
    throw new SourceError(label, `${format}: declares XML entities (<!ENTITY>), which are never expanded; refused`);
  }
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    throw new SourceError(label, `${format}: not well-formed XML: ${valid.err.msg} (line ${valid.err.line})`);
  }
  try {
    return parser.parse(xml) as XmlNode;
  } catch (error) {
    throw new SourceError(label, `${format}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Children by name, always a list. */
export const all = (node: XmlValue | undefined, name: string): XmlValue[] => {
  if (node === undefined || typeof node === 'string' || Array.isArray(node)) return [];
  const value = node[name];
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
};

export const child = (node: XmlValue | undefined, name: string): XmlValue | undefined => all(node, name)[0];

/** An element's text: its own text, or its #text when it has attributes. */
export const textOf = (node: XmlValue | undefined): string | null => {
  if (node === undefined) return null;
  if (typeof node === 'string') return node.trim() ? node.replace(/\s+/g, ' ').trim() : null;
  if (Array.isArray(node)) return textOf(node[0]);
  return textOf(node['#text']);
};

export const attr = (node: XmlValue | undefined, name: string): string | null => {
  if (node === undefined || typeof node === 'string' || Array.isArray(node)) return null;
  const value = node[`@${name}`];
  return typeof value === 'string' && value.trim() ? value.trim() : null;
};

/** Text along a path of element names. */
export const path = (node: XmlValue | undefined, ...names: string[]): XmlValue | undefined =>
  names.reduce<XmlValue | undefined>((n, name) => child(n, name), node);

/**
 * A raw element's content as HTML: CDATA holds markup as is, inline child
 * elements are markup already (Atom xhtml, NITF), and anything else is
 * escaped markup or text, unescaped once by linkedom's HTML parser.
 */
export function rawMarkup(raw: XmlValue | undefined, unescape: (escaped: string) => string): string | null {
  const value = typeof raw === 'string' ? raw : raw !== undefined && !Array.isArray(raw) && typeof raw['#text'] === 'string' ? raw['#text'] : null;
  if (value === null || !value.trim()) return null;
  const cdata = /^\s*<!\[CDATA\[([\s\S]*?)\]\]>\s*$/.exec(value);
  if (cdata) return cdata[1]!;
  return /<[A-Za-z!/]/.test(value) ? value : unescape(value);
}

/**
 * Each item's own markup, for its Article's `source`: the n-th <tag>
 * element (a feed's <item>, <entry>), CDATA and comments skipped so markup
 * inside them does not count. Such elements do not nest.
 */
export function elementMarkup(xml: string, tag: string): string[] {
  const items: string[] = [];
  const re = new RegExp(`<!\\[CDATA\\[[\\s\\S]*?\\]\\]>|<!--[\\s\\S]*?-->|<${tag}[\\s>][\\s\\S]*?</${tag}>`, 'g');
  for (const m of xml.matchAll(re)) if (m[0].startsWith(`<${tag}`)) items.push(m[0]);
  return items;
}

