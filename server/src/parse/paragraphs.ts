import { parseRelatedLine, parseSourceLine } from './related-links';
import type { ParsedRelatedLink } from './types';
import { STOPWORDS, TITLE_SMALL_WORDS } from './lexicon';
import { collapseSpaces, isUpperStart } from './text';

export interface Block {
  kind: 'heading' | 'paragraph';
  text: string;
  start: number;
  end: number;
}

export interface BodyLayout {
  /** The first line when it reads like a headline. */
  headline: { text: string; start: number } | null;
  blocks: Block[];
  relatedLinks: ParsedRelatedLink[];
  sourceUrl: string | null;
}

interface Line {
  text: string;
  start: number;
  end: number;
}

const TERMINAL = /[.!?;:,…"”’'\u00BB)\]]$/;
const HAS_QUOTE = /["\u201C\u201D\u201E\u00AB\u00BB]/;

/** Lines of the body with their offsets; blank lines are dropped. */
function bodyLines(text: string, from: number): Line[] {
  const lines: Line[] = [];
  let pos = from;
  const n = text.length;
  while (pos < n) {
    let eol = pos;
    while (eol < n) {
      const c = text.charCodeAt(eol);
      if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) break;
      eol++;
    }
    let s = pos;
    let e = eol;
    while (s < e && isBlank(text.charCodeAt(s))) s++;
    while (e > s && isBlank(text.charCodeAt(e - 1))) e--;
    if (e > s) lines.push({ text: text.slice(s, e), start: s, end: e });
    pos = text.startsWith('\r\n', eol) ? eol + 2 : eol + 1;
  }
  return lines;
}

function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 0xfeff || c === 0xa0 || c === 11 || c === 12 || (c >= 0x2000 && c <= 0x200b) || c === 0x3000;
}

/** Short, no closing punctuation, mostly capitalised words: a subheading. */
export function isHeadingLike(line: string): boolean {
  if (line.length > 100 || TERMINAL.test(line) || HAS_QUOTE.test(line)) return false;
  const words = line.split(/\s+/);
  if (words.length > 12) return false;
  if (!isUpperStart(words[0]!) && !/^\d/.test(words[0]!)) return false;
  if (/^by$/i.test(words[0]!) && words.length <= 5) return false; // a byline
  let significant = 0;
  let capitalised = 0;
  for (const w of words) {
    const bare = w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    if (bare === '') continue;
    if (TITLE_SMALL_WORDS.has(bare.toLowerCase())) continue;
    significant++;
    if (isUpperStart(bare) || /^\d/.test(bare)) capitalised++;
  }
  if (significant === 0) return false;
  if (words.length === 1 && STOPWORDS.has(words[0]!.toLowerCase())) return false;
  return capitalised / significant >= 0.75;
}

/** A headline-like first line: short, no sentence punctuation at the end. */
export function isHeadlineLike(line: string): boolean {
  if (line.length > 160 || /[.!?;:,]$/.test(line)) return false;
  const words = line.split(/\s+/).length;
  return words >= 1 && words <= 15;
}

function isByline(line: string): boolean {
  if (!/^by\s/i.test(line)) return false;
  return /^by\s+\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|and|&|de|van|von|al))*\s*(?:[,|–—-].{0,60})?$/iu.test(line) && line.split(/\s+/).length <= 10;
}

const SEPARATOR_ONLY = /^[\s*_=~#•·—–-]+$/;

/**
 * Splits the body into headline, subheadings, paragraphs and related links.
 * Each non-blank line is a paragraph (the spec allows single newlines as
 * separators); a hard-wrapped line is only joined to the next one when the
 * break is plainly mid-sentence (no end punctuation, next line lower-case).
 */
export function layoutBody(text: string, bodyStart: number, frontMatterTitle: string | null): BodyLayout {
  const lines = bodyLines(text, bodyStart);
  const blocks: Block[] = [];
  const relatedLinks: ParsedRelatedLink[] = [];
  let headline: BodyLayout['headline'] = null;
  let sourceUrl: string | null = null;
  let i = 0;
  if (lines.length > 0) {
    const first = lines[0]!;
    const firstText = stripMarkdownHeading(first.text);
    if (frontMatterTitle !== null) {
      if (collapseSpaces(firstText).toLowerCase() === collapseSpaces(frontMatterTitle).toLowerCase()) {
        headline = { text: firstText, start: first.start };
        i = 1;
      }
    } else if (lines.length > 1 && isHeadlineLike(firstText) && !parseRelatedLine(firstText) && !parseSourceLine(firstText)) {
      headline = { text: collapseSpaces(firstText), start: first.start };
      i = 1;
    }
  }
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    const related = parseRelatedLine(line.text);
    if (related) {
      if (related.kind === 'link') relatedLinks.push(related.link);
      continue;
    }
    const src = parseSourceLine(line.text);
    if (src) {
      sourceUrl ??= src;
      continue;
    }
    if (SEPARATOR_ONLY.test(line.text) && !/[\p{L}\p{N}]/u.test(line.text)) continue;
    if (isByline(line.text)) continue;
    const md = /^#{1,6}\s+/.exec(line.text);
    if (md) {
      blocks.push({ kind: 'heading', text: line.text.slice(md[0].length).trim(), start: line.start + md[0].length, end: line.end });
      continue;
    }
    const next = lines[i + 1];
    if (isHeadingLike(line.text) && next !== undefined && !parseRelatedLine(next.text)) {
      blocks.push({ kind: 'heading', text: line.text, start: line.start, end: line.end });
      continue;
    }
    let end = line.end;
    let j = i;
    while (j + 1 < lines.length && !/[.!?:;"”’)\]…]$/.test(lines[j]!.text) && /^\p{Ll}/u.test(lines[j + 1]!.text)) {
      j++;
      end = lines[j]!.end;
    }
    i = j;
    blocks.push({ kind: 'paragraph', text: text.slice(line.start, end), start: line.start, end });
  }
  return { headline, blocks, relatedLinks, sourceUrl };
}

function stripMarkdownHeading(line: string): string {
  return line.replace(/^#{1,6}\s+/, '');
}
