import { SPEECH_VERBS, TITLE_SMALL_WORDS } from './lexicon';
import { isSpaceCode, isUpperStart, stripNonAlnumEdges } from './text';

const TERMINAL_INSIDE = /[.!?…,;:\u2014\u2013-]$/;

/**
 * A quoted title, name or nickname: a few words, all significant ones
 * capitalised, nothing that ends a spoken sentence ("Iron Swords", "The Rock").
 */
export function isTitleLike(text: string): boolean {
  if (TERMINAL_INSIDE.test(text)) return false;
  // Most quotes are speech: settle the common verdicts before splitting.
  if (!mayBeTitleStart(text)) return false;
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 10) return false;
  let from = 0;
  // "the Lady of the Tides": a leading article may stay lower case.
  if (words.length > 1 && /^(?:the|a|an)$/.test(words[0]!)) from = 1;
  if (!isUpperStart(words[from]!) && !/^\d/.test(words[from]!)) return false;
  for (let i = from + 1; i < words.length; i++) {
    const bare = stripNonAlnumEdges(words[i]!);
    if (bare === '' || TITLE_SMALL_WORDS.has(bare.toLowerCase())) continue;
    if (!isUpperStart(bare) && !/^\d/.test(bare)) return false;
  }
  // A lone capitalised word that is an ordinary sentence ("Yes") is speech.
  if (words.length === 1 && /^(?:yes|no|never|absolutely|thanks|sorry|okay|ok)$/i.test(words[0]!)) return false;
  return true;
}

/**
 * False when isTitleLike must be false, decided in place: more than ten
 * words, or a first word that is neither capitalised, a number, nor a
 * leading article. (An article is left to the full check.)
 */
function mayBeTitleStart(text: string): boolean {
  let words = 0;
  let firstStart = -1;
  let firstEnd = text.length;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    if (isSpaceCode(text.charCodeAt(i))) {
      if (inWord && words === 1) firstEnd = i;
      inWord = false;
    } else if (!inWord) {
      inWord = true;
      if (++words > 10) return false;
      if (words === 1) firstStart = i;
    }
  }
  if (words === 0) return false;
  const first = text.slice(firstStart, firstEnd);
  return isUpperStart(first) || /^\d/.test(first) || /^(?:the|a|an)$/.test(first);
}

/**
 * `named their robot "Robo."`, `a book titled "Home"`: the reporter's words
 * before the quote end in a naming verb and at most three words (its object):
 * the quote is the name given, not anyone's speech.
 */
export function followsNamingVerb(beforeText: string): boolean {
  return /\b(?:named|nicknamed|renamed|christened|titled|entitled)(?:\s+[^\s"“”]+){0,3}\s*$/i.test(beforeText);
}

/**
 * `adding the words "and Emergency"`, `the slogan "Build Back"`: words the
 * reporter names as words are cited, not spoken.
 */
export function followsWordsNoun(beforeText: string): boolean {
  return /\bthe (?:words?|phrase|term|slogan|motto|label|hashtag)\s*$/i.test(beforeText);
}

/** Too short to be speech unless a speech verb claims it: a scare-quoted term. */
export function isShortFragment(text: string): boolean {
  if (/[.!?…]$/.test(text)) return false;
  // Counts whitespace-separated words in place, stopping at the fourth.
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    if (isSpaceCode(text.charCodeAt(i))) inWord = false;
    else if (!inWord) {
      inWord = true;
      if (++words > 3) return false;
    }
  }
  return true;
}

export function hasLetters(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) return true;
    if (c >= 128) return /\p{L}/u.test(text);
  }
  return false;
}

/** The longest speech verb: an ASCII word longer than this is none. */
const LONGEST_SPEECH_VERB = Math.max(...[...SPEECH_VERBS].map((v) => v.length));

/**
 * Is the last run of letters in s (what /([\p{L}]+)\W*$/u captures) a speech
 * verb? Read from the end without a regex.
 */
function endsWithSpeechVerb(s: string): boolean {
  let e = s.length;
  while (e > 0 && !isLetterAt(s, e - 1)) e--;
  let b = e;
  let ascii = true;
  while (b > 0 && isLetterAt(s, b - 1)) {
    b--;
    if (s.charCodeAt(b) >= 128) ascii = false;
  }
  if (ascii && e - b > LONGEST_SPEECH_VERB) return false;
  return SPEECH_VERBS.has(s.slice(b, e).toLowerCase());
}

function isLetterAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return /\p{L}/u.test(s.charAt(i));
}

/**
 * Direct speech stands on its own (opens the sentence, or follows "said:" or
 * an attribution clause ending in a comma); anything else is a fragment
 * embedded in the reporter's sentence.
 */
export function quoteKind(beforeText: string, text: string, continued: boolean): 'full' | 'partial' {
  if (continued) return 'full';
  // Drops trailing blanks, "(", "[" and dashes (the regex [\s(\[\u2014\u2013-]+$), then trims.
  let e = beforeText.length;
  for (;;) {
    const c = e > 0 ? beforeText.charCodeAt(e - 1) : -1;
    if (c === 40 || c === 91 || c === 0x2014 || c === 0x2013 || c === 45 || (c >= 0 && isSpaceCode(c))) e--;
    else break;
  }
  const before = (e === beforeText.length ? beforeText : beforeText.slice(0, e)).trim();
  if (before === '') return 'full';
  if (before.endsWith(':')) return 'full';
  // Introduced by the speech verb itself (`said "…"`, `says, "…"`): the speaker's own sentence, capital or not.
  if (endsWithSpeechVerb(before)) return 'full';
  const capital = isUpperStart(text) || /^[\d…'‘]/.test(text);
  // `told the police, "everything he did"`: a fragment finishing the reporter's clause.
  if (before.endsWith(',')) return capital ? 'full' : 'partial';
  return 'partial';
}
