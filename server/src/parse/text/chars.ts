/** Character-level tests the tokeniser and the name rules run on code units. */

export const isUpperStart = (word: string): boolean => {
  const c = word.charAt(0);
  return c !== c.toLowerCase() && c === c.toUpperCase();
};

/** True for words written entirely in capitals (acronyms such as "UN"). */
export const isAllCaps = (word: string): boolean =>
  word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase();

/** Every run of whitespace as one space, trimmed. */
export const collapseSpaces = (s: string): string => (hasIrregularSpace(s) ? s.replace(/\s+/g, ' ').trim() : s.trim());

/**
 * /\s\s|[^\S ]/.test(s), decided on the code units (names and roles are
 * collapsed by the hundred thousand; the regex was most of the cost): any
 * whitespace other than a plain space, or two spaces in a row.
 */
function hasIrregularSpace(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32) {
      if (s.charCodeAt(i + 1) === 32) return true;
    } else if (isSpaceCode(c)) return true;
  }
  return false;
}

/** 0 = not yet known, 1 = word character, 2 = not: a cache so \p{…} regexes run once per code unit. */
const wordCache = new Uint8Array(65536);
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

/** Letters, digits and combining marks; surrogate halves count as word characters. */
export function isWordCode(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  if (c >= 0xd800 && c <= 0xdfff) return true;
  let v = wordCache[c]!;
  if (v === 0) {
    v = WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 2;
    wordCache[c] = v;
  }
  return v === 1;
}

/** . ' ’ -: joins two runs of word characters into one word ("U.S", "O'Neill", "well-known"). */
export const isWordJoiner = (c: number): boolean => c === 46 || c === 39 || c === 0x2019 || c === 45;

/** Upper-case first letter, decided on the code unit (fast path for ASCII). */
export function isUpperCode(c: number, ch: string): boolean {
  if (c < 128) return c >= 65 && c <= 90;
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** True when text[from, to) is exactly one space. */
export const isSingleSpace = (text: string, from: number, to: number): boolean => to - from === 1 && text.charCodeAt(from) === 32;

/** The characters JavaScript's \s matches, decided on the code unit. */
export function isSpaceCode(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

const NON_ALNUM_EDGES = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;
const isAsciiAlnum = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);

/** The word without leading and trailing characters other than letters and digits (in place for ASCII words). */
export function stripNonAlnumEdges(w: string): string {
  for (let i = 0; i < w.length; i++) if (w.charCodeAt(i) >= 128) return w.replace(NON_ALNUM_EDGES, '');
  let s = 0;
  let e = w.length;
  while (s < e && !isAsciiAlnum(w.charCodeAt(s))) s++;
  while (e > s && !isAsciiAlnum(w.charCodeAt(e - 1))) e--;
  return s === 0 && e === w.length ? w : w.slice(s, e);
}

/** s.split(/\s+/), decided on the code units (no regex). */
export function splitOnBlanks(s: string): string[] {
  const words: string[] = [];
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    if (!isSpaceCode(s.charCodeAt(i))) continue;
    words.push(s.slice(start, i));
    while (i + 1 < s.length && isSpaceCode(s.charCodeAt(i + 1))) i++;
    start = i + 1;
  }
  words.push(s.slice(start));
  return words;
}

/** /^(?:al|el)-\p{Lu}/u: "al-Nouri", "el-Amin", a name that opens in lower case (the regex only runs after the cheap prefix test). */
export const isArabicArticleName = (w: string): boolean =>
  (w.charCodeAt(0) === 97 || w.charCodeAt(0) === 101) && w.charCodeAt(1) === 108 && w.charCodeAt(2) === 45 && /^(?:al|el)-\p{Lu}/u.test(w);
