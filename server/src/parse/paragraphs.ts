import { grown } from './columns';
import { isUnmarkedByline } from './byline';
import { isBareUrl, parseForMoreLine, parseRelatedEntry, parseRelatedLine, parseSourceLine } from './related-links';
import type { ParsedParagraph, ParsedRelatedLink, ParsedSection, RelatedLinkKind } from './types';
import { LEX_SPEECH_VERB, STOPWORDS, TITLE_SMALL_WORDS, lexiconBits } from './lexicon';
import { collapseSpaces, DOUBLE_MARK_CLASS, isSpaceCode, isUpperStart, splitOnBlanks, stripNonAlnumEdges } from './text';

export interface BodyLayout {
  /** The first line when it reads like a headline. */
  headline: { text: string; start: number } | null;
  sections: ParsedSection[];
  /** Every paragraph of every section, in order (the same objects). */
  paragraphs: ParsedParagraph[];
  /** 1 when paragraph i directly follows another paragraph (no heading between). */
  followsPrevious: Uint8Array;
  relatedLinks: ParsedRelatedLink[];
  sourceUrl: string | null;
  /** Byline lines ("By Jo Bloggs", "Story by Sgt. Jo Bloggs"), kept out of the paragraphs. */
  bylines: ParsedParagraph[];
  /**
   * Heading-like lines between the headline and the first paragraph: datelines,
   * dates, desks and units. They open no section.
   */
  preamble: string[];
}

/** Non-blank lines of the body, trimmed: line i is text[start[i], end[i]), i < count. */
interface Lines {
  start: Int32Array;
  end: Int32Array;
  count: number;
}

const TERMINAL = /[.!?;:,…"”’'\u00BB)\]]$/;
const HAS_QUOTE = new RegExp(DOUBLE_MARK_CLASS);

/**
 * Finds the line breaks (\n, \r, U+2028, U+2029) of a text in order. The next
 * break of each kind is found natively with indexOf and only looked up again
 * once passed, so each kind is scanned once: several times faster than
 * testing every character against the four.
 */
class LineBreaks {
  private nl: number;
  private cr: number;
  private ls: number;
  private ps: number;

  constructor(
    private readonly text: string,
    from: number,
  ) {
    this.nl = this.find('\n', from);
    this.cr = this.find('\r', from);
    this.ls = this.find('\u2028', from);
    this.ps = this.find('\u2029', from);
  }

  private find(mark: string, from: number): number {
    const at = this.text.indexOf(mark, from);
    return at < 0 ? this.text.length : at;
  }

  /** Offset of the first break at or after pos, or the text's length. */
  next(pos: number): number {
    if (this.nl < pos) this.nl = this.find('\n', pos);
    if (this.cr < pos) this.cr = this.find('\r', pos);
    if (this.ls < pos) this.ls = this.find('\u2028', pos);
    if (this.ps < pos) this.ps = this.find('\u2029', pos);
    return Math.min(this.nl, this.cr, this.ls, this.ps);
  }
}

/** Lines of the body with their offsets; blank lines are dropped. */
function bodyLines(text: string, from: number): Lines {
  // A guess (a line per 64 characters; news lines run longer) that grows by
  // doubling: V8 counts every reserved byte as external memory and answers
  // it with garbage collections, touched or not.
  const capacity = Math.max(64, (text.length - from) >> 6);
  const lines: Lines = { start: new Int32Array(capacity), end: new Int32Array(capacity), count: 0 };
  let pos = from;
  const n = text.length;
  const breaks = new LineBreaks(text, from);
  while (pos < n) {
    const eol = breaks.next(pos);
    let s = pos;
    let e = eol;
    while (s < e && isBlank(text.charCodeAt(s))) s++;
    while (e > s && isBlank(text.charCodeAt(e - 1))) e--;
    if (e > s) {
      if (lines.count === lines.start.length) {
        lines.start = grown(lines.start, lines.count * 2);
        lines.end = grown(lines.end, lines.count * 2);
      }
      lines.start[lines.count] = s;
      lines.end[lines.count++] = e;
    }
    pos = eol + 1 < n && text.charCodeAt(eol) === 13 && text.charCodeAt(eol + 1) === 10 ? eol + 2 : eol + 1;
  }
  return lines;
}

function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 0xfeff || c === 0xa0 || c === 11 || c === 12 || (c >= 0x2000 && c <= 0x200b) || c === 0x3000;
}

/** Lower-casing never shortens a word: one longer than this is no small word. */
const LONGEST_SMALL_WORD = Math.max(...[...TITLE_SMALL_WORDS].map((w) => w.length));

/** "2. Title Of A Numbered Item": numbered headings may run longer than others. */
const NUMBERED = /^\d{1,2}[.)]\s/;
/** A trailing ellipsis ("What They're Saying…") does not close a sentence. */
const ELLIPSIS_END = /(?:\.\.\.|\u2026)$/;

/** Short, no closing punctuation, mostly capitalised words: a subheading. */
export function isHeadingLike(line: string): boolean {
  const numbered = NUMBERED.test(line);
  if (line.length > (numbered ? 160 : 100) || HAS_QUOTE.test(line)) return false;
  if (TERMINAL.test(line) && !(ELLIPSIS_END.test(line) && !/\.\.\.\.$/.test(line))) return false;
  const words = splitOnBlanks(line);
  if (words.length > (numbered ? 20 : 12)) return false;
  if (!isUpperStart(words[0]!) && !/^\d/.test(words[0]!)) return false;
  if (/^by$/i.test(words[0]!) && words.length <= 5) return false; // a byline
  let significant = 0;
  let capitalised = 0;
  for (const w of words) {
    const bare = stripNonAlnumEdges(w);
    if (bare === '') continue;
    if (bare.length <= LONGEST_SMALL_WORD && TITLE_SMALL_WORDS.has(bare.toLowerCase())) continue;
    significant++;
    if (isUpperStart(bare) || /^\d/.test(bare)) capitalised++;
  }
  if (describesAfterComma(words)) return false;
  if (significant === 0) return false;
  if (words.length === 1 && STOPWORDS.has(words[0]!.toLowerCase())) return false;
  return capitalised / significant >= 0.75;
}

/**
 * "Jo Bloggs, director, Harbour Laboratory": a description in lower case set
 * off by two commas, as a line of a list of people has; a heading lists in
 * its own case ("Costs, Benefits") or turns once ("Tilted, not toppled").
 */
function describesAfterComma(words: readonly string[]): boolean {
  for (let i = 1; i < words.length - 1; i++) {
    if (!words[i - 1]!.endsWith(',')) continue;
    const bare = stripNonAlnumEdges(words[i]!);
    if (bare === '' || isUpperStart(bare) || /^\d/.test(bare) || (bare.length <= LONGEST_SMALL_WORD && TITLE_SMALL_WORDS.has(bare.toLowerCase()))) continue;
    for (let j = i; j < words.length - 1; j++) if (words[j]!.endsWith(',')) return true;
  }
  return false;
}

/**
 * A sentence-case subheading ("University exhibits"): only trusted as a line
 * of its own between blank lines, short and without sentence punctuation.
 */
function isShortStandaloneHeading(text: string, line: string, start: number, end: number): boolean {
  if (line.length > 60 || TERMINAL.test(line) || HAS_QUOTE.test(line) || !isUpperStart(line)) return false;
  const words = line.split(/\s+/);
  if (words.length > 6 || describesAfterComma(words)) return false;
  return blankLineAround(text, start, -1) && blankLineAround(text, end, 1);
}

/** Is there a blank line (or the text's edge) next to offset `at`, looking back (-1) or ahead (1)? */
function blankLineAround(text: string, at: number, dir: -1 | 1): boolean {
  let breaks = 0;
  for (let i = dir < 0 ? at - 1 : at; i >= 0 && i < text.length; i += dir) {
    const c = text.charCodeAt(i);
    if (c === 10) breaks++;
    else if (!isSpaceCode(c)) return breaks >= 2;
    if (breaks >= 2) return true;
  }
  return true;
}

/** A headline-like first line: short, no sentence punctuation at the end. */
export function isHeadlineLike(line: string): boolean {
  if (line.length > 160 || /[.!?;:,]$/.test(line)) return false;
  const words = line.split(/\s+/).length;
  return words >= 1 && words <= 15;
}

function isByline(line: string): boolean {
  if (!/^(?:(?:story|text|words|report)\s+)?by\s/i.test(line)) return false;
  return /^(?:(?:story|text|words|report)\s+)?by\s+(?:\d+(?:st|nd|rd|th)\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|\d+(?:st|nd|rd|th)|and|&|de|van|von|al))*\s*(?:[,|–—-].{0,60})?$/iu.test(line) && line.split(/\s+/).length <= BYLINE_WORDS;
}

/** A byline, with the desk or unit after its comma ("By Tech. Sgt. Jo Bloggs, 214th Harbour Support Group Public Affairs"), is at most this long. */
const BYLINE_WORDS = 14;

/** A byline without "By" is a short line. */
const UNMARKED_BYLINE_LENGTH = 80;

/** A line ending in a colon is a heading only when this short (a lead-in to a list or a quote is longer). */
const COLON_HEADING_LENGTH = 40;
const COLON_HEADING_WORDS = 4;

const SEPARATOR_ONLY = /^[\s*_=~#•·—–-]+$/;

/**
 * Every first word a related-link line (parseRelatedLine), a source line
 * (parseSourceLine) or a byline can open with: their patterns all start with
 * one of these words, whole, in any case.
 */
const SPECIAL_FIRST_WORDS = new Set([
  'read', 'also', 'see', 'further', 'you', 'recommended', 'more', 'related', 'watch', 'listen', 'for', 'to', 'learn',
  'source', 'original', 'originally', 'url', 'link', 'canonical',
  'by', 'story', 'text', 'words', 'report',
]);
const LONGEST_SPECIAL_WORD = 11;
/** Bit n of SPECIAL_LENGTHS[letter - 97]: some special first word opens with that letter and has n letters. */
const SPECIAL_LENGTHS = new Int32Array(26);
for (const w of SPECIAL_FIRST_WORDS) SPECIAL_LENGTHS[w.charCodeAt(0) - 97]! |= 1 << w.length;

const isAsciiLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);

/**
 * Could text[start, end) be a related-link, source, separator, byline or
 * markdown heading line? Decided on its first word or character, so ordinary
 * lines skip those checks (and their regexes) altogether.
 */
function mayBeSpecialLine(text: string, start: number, end: number): boolean {
  const c = text.charCodeAt(start);
  if (isAsciiLetter(c)) {
    let e = start + 1;
    while (e < end && e - start <= LONGEST_SPECIAL_WORD && isAsciiLetter(text.charCodeAt(e))) e++;
    // Most first words are ruled out by their first letter and length, without a substring.
    if (e - start > LONGEST_SPECIAL_WORD || (SPECIAL_LENGTHS[(c | 32) - 97]! & (1 << (e - start))) === 0) return false;
    return SPECIAL_FIRST_WORDS.has(text.slice(start, e).toLowerCase());
  }
  // Separator-only lines and markdown headings (#).
  return c === 42 || c === 95 || c === 61 || c === 126 || c === 35 || c === 0x2022 || c === 0xb7 || c === 0x2014 || c === 0x2013 || c === 45 || isSpaceCode(c);
}

/** Ends like a heading may (see TERMINAL): a heading check is worth running. */
const mayEndHeading = (c: number): boolean =>
  !(c === 46 || c === 33 || c === 63 || c === 59 || c === 58 || c === 44 || c === 0x2026 || c === 34 || c === 0x201d || c === 0x2019 || c === 39 || c === 0xbb || c === 41 || c === 93);

/** Could a line ending at `end` be a heading? A trailing ellipsis may end one (see isHeadingLike); a single period may not. */
function mayEndHeadingLine(text: string, end: number): boolean {
  const c = text.charCodeAt(end - 1);
  return mayEndHeading(c) || c === 0x2026 || (c === 46 && text.charCodeAt(end - 2) === 46);
}

/** The joining rule below: a line ending like this may continue on the next line. */
const mayContinue = (c: number): boolean =>
  !(c === 46 || c === 33 || c === 63 || c === 58 || c === 59 || c === 34 || c === 0x201d || c === 0x2019 || c === 41 || c === 93 || c === 0x2026);

/** /^\p{Ll}/u on text from `at`, decided on the code unit when it is ASCII. */
function startsLower(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c < 128) return c >= 97 && c <= 122;
  return /^\p{Ll}/u.test(text.slice(at, at + 2));
}

/**
 * Splits the body into headline, sections of paragraphs and related links.
 * Each non-blank line is a paragraph (the spec allows single newlines as
 * separators); a hard-wrapped line is only joined to the next one when the
 * break is plainly mid-sentence (no end punctuation, next line lower-case).
 * Line text is only cut out where a check needs it as a string: most lines
 * are told apart by their first and last characters.
 */
export function layoutBody(text: string, bodyStart: number, frontMatterTitle: string | null): BodyLayout {
  const lines = bodyLines(text, bodyStart);
  const ls = lines.start;
  const le = lines.end;
  const count = lines.count;
  const lineText = (i: number): string => text.slice(ls[i]!, le[i]!);
  const sections: ParsedSection[] = [];
  const paragraphs: ParsedParagraph[] = [];
  // At most one paragraph per line.
  const follows = new Uint8Array(count);
  const relatedLinks: ParsedRelatedLink[] = [];
  let sourceUrl: string | null = null;
  const bylines: ParsedParagraph[] = [];
  const preamble: string[] = [];
  let afterByline = false;
  /** Set by a cue alone on its line ("Related Links:"): the lines after it are its entries, until one reads as prose. */
  let relatedList: RelatedLinkKind | null = null;
  /** A "For more information …, visit:" link whose URL may stand on the next line. */
  let awaitingUrl: ParsedRelatedLink | null = null;
  let current: ParsedSection = { heading: null, paragraphs: [] };
  let prevWasParagraph = false;
  const startSection = (heading: string): void => {
    if (current.paragraphs.length > 0 || current.heading !== null) sections.push(current);
    current = { heading, paragraphs: [] };
    prevWasParagraph = false;
  };
  const headline = findHeadline(text, lines, frontMatterTitle);
  let i = headline === null ? 0 : 1;
  for (; i < count; i++) {
    const start = ls[i]!;
    const lineEnd = le[i]!;
    let line: string | null = null;
    // The desk or unit written under a byline ("49th Public Affairs Detachment (Airborne)").
    const affiliation = afterByline && isAffiliationLine(text, start, lineEnd);
    afterByline = false;
    if (affiliation) continue;
    // "For more information …, visit:" with its URL on this line.
    if (awaitingUrl !== null) {
      const pending = awaitingUrl;
      awaitingUrl = null;
      line = lineText(i);
      const url = isBareUrl(line) ? parseRelatedEntry(line, pending.kind)?.url ?? null : null;
      if (url !== null) {
        pending.url = url;
        continue;
      }
      // No address after all: a pointer to nowhere is no link.
      relatedLinks.splice(relatedLinks.indexOf(pending), 1);
    }
    if (relatedList !== null) {
      line = lineText(i);
      const previous = relatedLinks[relatedLinks.length - 1];
      const entry = parseRelatedEntry(line, relatedList);
      if (entry !== null && isBareUrl(line) && previous !== undefined && previous.url === null && previous.kind === relatedList) {
        previous.url = entry.url;
        continue;
      }
      if (entry !== null && !parseRelatedLine(line)) {
        relatedLinks.push(entry);
        continue;
      }
      relatedList = null;
    }
    // "18 Nov 2010 | Cpl. Jo Bloggs", "Spc. Jo Bloggs": a byline without "By", above the story.
    if (paragraphs.length === 0 && lineEnd - start <= UNMARKED_BYLINE_LENGTH) {
      line ??= lineText(i);
      if (isUnmarkedByline(line)) {
        bylines.push({ text: line, start });
        afterByline = true;
        continue;
      }
    }
    if (mayBeSpecialLine(text, start, lineEnd)) {
      line ??= lineText(i);
      const forMore = parseForMoreLine(line);
      if (forMore) {
        relatedLinks.push(forMore);
        if (forMore.url === null) awaitingUrl = forMore;
        continue;
      }
      const related = parseRelatedLine(line);
      if (related) {
        if (related.kind === 'link') relatedLinks.push(related.link);
        else relatedList = related.linkKind;
        continue;
      }
      const src = parseSourceLine(line);
      if (src) {
        sourceUrl ??= src;
        continue;
      }
      if (SEPARATOR_ONLY.test(line) && !/[\p{L}\p{N}]/u.test(line)) continue;
      if (isByline(line)) {
        bylines.push({ text: line, start });
        afterByline = true;
        continue;
      }
      const md = /^#{1,6}\s+/.exec(line);
      if (md) {
        startSection(line.slice(md[0].length).trim());
        continue;
      }
    }
    // "Training Day:" — a short title-case line ending in a colon heads what follows.
    if (i + 1 < count && paragraphs.length > 0 && lineEnd - start <= COLON_HEADING_LENGTH && text.charCodeAt(lineEnd - 1) === 58) {
      line ??= lineText(i);
      const heading = line.slice(0, -1).trim();
      const words = heading.split(/\s+/);
      // "The Mayor Said:" introduces a quote.
      const speech = words.some((w) => (lexiconBits(w.toLowerCase()) & LEX_SPEECH_VERB) !== 0);
      if (words.length <= COLON_HEADING_WORDS && !speech && isHeadingLike(heading) && !parseRelatedLine(line)) {
        startSection(heading);
        continue;
      }
    }
    if (i + 1 < count && lineEnd - start <= 160 && mayEndHeadingLine(text, lineEnd)) {
      line ??= lineText(i);
      const heading = isHeadingLike(line) || (paragraphs.length > 0 && isShortStandaloneHeading(text, line, start, lineEnd));
      if (heading && !parseRelatedLine(lineText(i + 1))) {
        if (paragraphs.length === 0) preamble.push(line);
        else startSection(line);
        continue;
      }
    }
    const j = lastJoinedLine(text, lines, i);
    const end = le[j]!;
    const paragraph: ParsedParagraph = { text: j === i && line !== null ? line : text.slice(start, end), start };
    current.paragraphs.push(paragraph);
    paragraphs.push(paragraph);
    follows[paragraphs.length - 1] = prevWasParagraph ? 1 : 0;
    prevWasParagraph = true;
    i = j;
  }
  if (awaitingUrl !== null) relatedLinks.splice(relatedLinks.indexOf(awaitingUrl), 1);
  if (current.paragraphs.length > 0 || current.heading !== null) sections.push(current);
  return { headline, sections, paragraphs, followsPrevious: follows.subarray(0, paragraphs.length), relatedLinks, sourceUrl, bylines, preamble };
}

/** The first line as the headline: the front matter's title written again, or a headline-like line. */
function findHeadline(text: string, lines: Lines, frontMatterTitle: string | null): BodyLayout['headline'] {
  if (lines.count === 0) return null;
  const ls = lines.start;
  const firstText = stripMarkdownHeading(text.slice(ls[0]!, lines.end[0]!));
  if (frontMatterTitle !== null) {
    if (collapseSpaces(firstText).toLowerCase() === collapseSpaces(frontMatterTitle).toLowerCase()) return { text: firstText, start: ls[0]! };
  } else if (lines.count > 1 && isHeadlineLike(firstText) && !parseRelatedLine(firstText) && !parseSourceLine(firstText)) {
    return { text: collapseSpaces(firstText), start: ls[0]! };
  }
  return null;
}

/** The last line of the paragraph starting at line i: a hard wrap mid-sentence joins the next line to it. */
function lastJoinedLine(text: string, lines: Lines, i: number): number {
  let j = i;
  while (j + 1 < lines.count && mayContinue(text.charCodeAt(lines.end[j]! - 1)) && startsLower(text, lines.start[j + 1]!)) j++;
  return j;
}

/** Short, no sentence punctuation or quote, at most eight words: a desk or unit name. */
function isAffiliationLine(text: string, start: number, end: number): boolean {
  if (end - start > 80) return false;
  const line = text.slice(start, end);
  return !/[.!?;:"\u201C\u201D]$/.test(line) && !HAS_QUOTE.test(line) && line.split(/\s+/).length <= 8;
}

function stripMarkdownHeading(line: string): string {
  return line.replace(/^#{1,6}\s+/, '');
}
