import { SPEECH_VERBS, TITLE_SMALL_WORDS } from './lexicon';
import { isSpaceCode, isUpperCode, isUpperStart, stripNonAlnumEdges } from './text';

/** [.!?…,;:\u2014\u2013-]: a quote ending in one of these ends a sentence or a clause. */
const endsInside = (c: number): boolean =>
  c === 46 || c === 33 || c === 63 || c === 0x2026 || c === 44 || c === 59 || c === 58 || c === 0x2014 || c === 0x2013 || c === 45;

/**
 * A quoted title, name or nickname: a few words, all significant ones
 * capitalised, nothing that ends a spoken sentence ("Iron Swords", "The Rock").
 */
export function isTitleLike(text: string): boolean {
  if (text.length > 0 && endsInside(text.charCodeAt(text.length - 1))) return false;
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
 * False when isTitleLike must be false, decided in place: a first word that
 * is neither capitalised, a number, nor a leading article, or more than ten
 * words. (An article is left to the full check.)
 */
function mayBeTitleStart(text: string): boolean {
  const n = text.length;
  let i = 0;
  while (i < n && isSpaceCode(text.charCodeAt(i))) i++;
  if (i === n) return false;
  const first = i;
  while (i < n && !isSpaceCode(text.charCodeAt(i))) i++;
  if (!mayOpenTitle(text, first, i)) return false;
  let words = 1;
  let inWord = false;
  for (; i < n; i++) {
    if (isSpaceCode(text.charCodeAt(i))) inWord = false;
    else if (!inWord) {
      inWord = true;
      if (++words > 10) return false;
    }
  }
  return true;
}

/** text[from, to) is capitalised, starts with a digit, or is "the", "a" or "an". */
function mayOpenTitle(text: string, from: number, to: number): boolean {
  const c = text.charCodeAt(from);
  if (isUpperCode(c, text.charAt(from)) || (c >= 48 && c <= 57)) return true;
  const len = to - from;
  if (c === 97) return len === 1 || (len === 2 && text.charCodeAt(from + 1) === 110);
  return c === 116 && len === 3 && text.charCodeAt(from + 1) === 104 && text.charCodeAt(from + 2) === 101;
}

/**
 * `named their boat "Wren."`, `a report titled "Tides"`: the reporter's words
 * before the quote end in a naming verb and at most three words (its object):
 * the quote is the name given, not anyone's speech.
 */
export function followsNamingVerb(beforeText: string): boolean {
  return /\b(?:named|nicknamed|renamed|christened|titled|entitled|dubbed)(?:\s+[^\s"“”]+){0,3}\s*$/i.test(beforeText) || PASSIVE_CALLED.test(beforeText);
}

/** `was commonly called "harbour fever."`: "called" in the passive names a thing; active ("she called it …") it reports speech. */
const PASSIVE_CALLED = /\b(?:is|was|are|were|be|been|being)(?:\s+(?:commonly|often|also|widely|sometimes|now|popularly|officially))?\s+called\s*$/i;

/**
 * `adding the words "and Emergency"`, `the slogan "Build Back"`, `its
 * temporary designation "2031-hx"`: words the reporter names as words or
 * names are cited, not spoken.
 */
export function followsWordsNoun(beforeText: string): boolean {
  return /\bthe (?:words?|phrase|term|slogan|motto|label|hashtag)\s*$/i.test(beforeText) || /\b(?:designation|nickname|moniker|codename|code name)\s*$/i.test(beforeText);
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
 * Is the last run of letters in s[from, to) (what /([\p{L}]+)\W*$/u captures)
 * a speech verb? Read from the end, in place.
 */
function endsWithSpeechVerb(s: string, from: number, to: number): boolean {
  let e = to;
  while (e > from && !isLetterAt(s, e - 1)) e--;
  let b = e;
  let ascii = true;
  while (b > from && isLetterAt(s, b - 1)) {
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
export function quoteKind(source: string, from: number, to: number, text: string, continued: boolean): 'full' | 'partial' {
  if (continued) return 'full';
  // The reporter's words are source[from, to), read in place: trailing blanks,
  // "(", "[" and dashes dropped (the regex [\s(\[\u2014\u2013-]+$).
  let e = to;
  for (;;) {
    const c = e > from ? source.charCodeAt(e - 1) : -1;
    if (c === 40 || c === 91 || c === 0x2014 || c === 0x2013 || c === 45 || (c >= 0 && isSpaceCode(c))) e--;
    else break;
  }
  // What is left ends in a character that is no blank: it is empty or has words.
  if (e === from) return 'full';
  const last = source.charCodeAt(e - 1);
  if (last === 58) return 'full';
  // Introduced by the speech verb itself (`said "…"`, `says, "…"`): the speaker's own sentence, capital or not.
  if (endsWithSpeechVerb(source, from, e)) return 'full';
  // "[w]e have …", "[Vale] had been …": an editor's bracket at the start stands for the sentence's first word.
  const capital = isUpperStart(text) || /^[\d…'‘[]/.test(text);
  // `told the police, "everything he did"`: a fragment finishing the reporter's clause.
  if (last === 44) return capital ? 'full' : 'partial';
  // `told reporters "We …"`, `wrote that "Looking …"`, `; "The government …"`: a capitalised quote
  // after a speech verb and a few words, or after a semicolon, is a sentence of the speaker's.
  if (capital && (last === 59 || speechVerbNear(source, from, e))) return 'full';
  return 'partial';
}

/** Words a speech verb may stand back from the quote it introduces ("told reporters", "said in a statement that"). */
const SPEECH_VERB_REACH = 3;

/** Is one of the last SPEECH_VERB_REACH words of source[from, to) a speech verb? */
function speechVerbNear(source: string, from: number, to: number): boolean {
  let e = to;
  for (let w = 0; w < SPEECH_VERB_REACH && e > from; w++) {
    if (endsWithSpeechVerb(source, from, e)) return true;
    // Back over this word and the blanks or punctuation before it.
    while (e > from && isLetterAt(source, e - 1)) e--;
    while (e > from && !isLetterAt(source, e - 1)) {
      const c = source.charCodeAt(e - 1);
      if (c === 46 || c === 33 || c === 63) return false;
      e--;
    }
  }
  return false;
}
