import YAML from 'yaml';
import { ParseError } from './errors';

export interface FrontMatter {
  /** Offset where the body starts (just after the closing delimiter line). */
  bodyStart: number;
  /** Parsed keys (empty when there is no front matter). */
  data: Record<string, unknown>;
  present: boolean;
}

/**
 * Reads a YAML block delimited by `---` lines at the very start of the input
 * (after an optional BOM). A block that opens but never closes, or that is not
 * valid YAML / not a mapping, is an error rather than body text: silently
 * treating it as prose would import the metadata as the article's lead.
 */
export function readFrontMatter(text: string, start: number): FrontMatter {
  const none: FrontMatter = { bodyStart: start, data: {}, present: false };
  const open = /^---[ \t]*(?:\r\n|\n|\r)/.exec(text.slice(start, start + 8));
  if (!open) return none;
  const contentStart = start + open[0].length;
  // The closing delimiter is `---` (or YAML's `...`) alone on a line.
  let close: { index: number; length: number } | null = null;
  let pos = contentStart;
  while (pos <= text.length) {
    let eol = pos;
    while (eol < text.length && text.charCodeAt(eol) !== 10 && text.charCodeAt(eol) !== 13) eol++;
    const line = text.slice(pos, eol).replace(/[ \t]+$/, '');
    if (line === '---' || line === '...') {
      close = { index: pos, length: eol - pos };
      break;
    }
    if (eol >= text.length) break;
    pos = text.startsWith('\r\n', eol) ? eol + 2 : eol + 1;
  }
  if (!close) {
    throw new ParseError('unterminated front matter: the opening "---" line has no closing "---" line', start);
  }
  const yamlText = text.slice(contentStart, close.index);
  let data: unknown;
  try {
    data = YAML.parse(yamlText, { prettyErrors: false, uniqueKeys: true });
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new ParseError(`invalid YAML in front matter: ${reason}`, contentStart);
  }
  if (data === null || data === undefined) data = {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new ParseError('invalid front matter: expected "key: value" lines', contentStart);
  }
  let bodyStart = close.index + close.length;
  if (text.startsWith('\r\n', bodyStart)) bodyStart += 2;
  else if (text.charAt(bodyStart) === '\n' || text.charAt(bodyStart) === '\r') bodyStart += 1;
  return { bodyStart, data: data as Record<string, unknown>, present: true };
}

/** Front-matter scalars may arrive as numbers or dates; the contract wants strings. */
export function scalarString(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  if (typeof value === 'string') return value.trim() === '' ? null : value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return null;
}
