/**
 * Which format a source is in, decided by its content: magic bytes, the XML
 * root element, the JSON shape. The extension and a client's MIME type only
 * settle what content cannot (Markdown reads as plain text), or name a
 * format outright when forced.
 */
import { SourceError } from './read-source';
import type { SourceFormat } from './types';

/** MIME types specific enough to name a format (generic ones such as application/xml are detected). */
const CONTENT_TYPES: Record<string, SourceFormat> = {
  'text/plain': 'text',
  'text/markdown': 'markdown',
  'text/x-markdown': 'markdown',
  'text/html': 'html',
  'application/xhtml+xml': 'html',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/rss+xml': 'rss',
  'application/atom+xml': 'atom',
  'application/nitf+xml': 'nitf',
  'application/vnd.iptc.g2.newsitem+xml': 'newsml',
  'application/vnd.iptc.g2.newsmessage+xml': 'newsml',
  'application/ninjs+json': 'ninjs',
};

export const formatOfContentType = (contentType: string | undefined): SourceFormat | null =>
  contentType ? (CONTENT_TYPES[contentType.split(';')[0]!.trim().toLowerCase()] ?? null) : null;

/** Binary files people drop by mistake, named so the message says what they are. */
const MAGIC: Array<[number[], string]> = [
  [[0x25, 0x50, 0x44, 0x46], 'a PDF file'],
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  [[0x47, 0x49, 0x46, 0x38], 'a GIF image'],
  [[0xd0, 0xcf, 0x11, 0xe0], 'an old Word/Office .doc file; save it as .docx'],
  [[0x1f, 0x8b], 'a gzip archive'],
];
const ZIP = [0x50, 0x4b, 0x03, 0x04];

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

const ROOTS: Record<string, SourceFormat> = { rss: 'rss', feed: 'atom', nitf: 'nitf', newsitem: 'newsml', newsmessage: 'newsml', html: 'html' };

/** The first element's local name, past the XML declaration, comments, processing instructions and DOCTYPE. */
export function rootElement(head: string): string | null {
  let rest = head.replace(/^\uFEFF/, '');
  for (;;) {
    rest = rest.trimStart();
    const skip = /^(?:<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE(?:[^[>]|\[[\s\S]*?\])*>)/i.exec(rest);
    if (!skip) break;
    rest = rest.slice(skip[0].length);
  }
  const m = /^<([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)/.exec(rest);
  return m ? m[2]!.toLowerCase() : null;
}

const HTML_START = /^\s*(?:<!doctype\s+html|<(?:html|head|body|article|main|section|div|p|h[1-6]|header|meta|title)[\s>/])/i;
const MARKDOWN_NAME = /\.(?:md|markdown|mdown|mkd)$/i;

export interface DetectInput {
  name: string;
  bytes: Uint8Array;
  contentType?: string;
  format?: SourceFormat;
}

export function detectFormat({ name, bytes, contentType, format }: DetectInput): SourceFormat {
  if (format) return format;
  if (startsWith(bytes, ZIP)) return 'docx';
  for (const [magic, what] of MAGIC) if (startsWith(bytes, magic)) throw new SourceError(name, `binary file (${what}), not a supported source format`);
  const named = formatOfContentType(contentType);
  if (named && named !== 'text') return named;

  // Enough of the start to see past an XML declaration, comments and a DOCTYPE.
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, 4096)).replace(/^\uFEFF/, '');
  const first = head.trimStart().charAt(0);
  if (first === '<') {
    if (HTML_START.test(head)) return 'html';
    const root = rootElement(head);
    if (root && ROOTS[root]) return ROOTS[root]!;
    if (root === 'rdf') throw new SourceError(name, 'RSS 1.0 (RDF) feed: not supported; use RSS 2.0 or Atom');
    if (/^\s*<\?xml/i.test(head) || /\.xml$/i.test(name)) {
      throw new SourceError(name, `XML with root element <${root ?? '?'}>: not a supported format (RSS, Atom, NITF, NewsML-G2)`);
    }
    return 'html';
  }
  // A .json file is JSON even when broken (ninjs says what is wrong); other text opening with a brace only when it parses.
  if (/\.json$/i.test(name) || (first === '{' && parsesAsJson(bytes))) return 'ninjs';
  if (MARKDOWN_NAME.test(name)) return 'markdown';
  return 'text';
}

function parsesAsJson(bytes: Uint8Array): boolean {
  try {
    JSON.parse(new TextDecoder('utf-8').decode(bytes));
    return true;
  } catch {
    return false;
  }
}
