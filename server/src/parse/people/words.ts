import { KIN_NOUNS, LEX_HONORIFIC, LEX_MONTH, LEX_NAME_PARTICLE, LEX_ROLE_ABBREVIATION, LEX_ROLE_HEAD, LEX_ROLE_WORD, ORG_CUES, STOPWORDS, WEEKDAYS, lexiconBits } from '../lexicon';
import type { ParagraphModel, Token } from '../paragraph-model';
import { isAllCaps, isArabicArticleName, isSingleSpace, isSpaceCode } from '../text';

export const MALE_WORDS = new Set(['mr', 'sir', 'lord', 'king', 'prince', 'duke', 'earl', 'baron', 'emperor', 'spokesman', 'chairman', 'congressman', 'councilman', 'actor', 'father', 'brother', 'son', 'husband', 'monk', 'headmaster', 'businessman', 'boyfriend', 'fiance', 'fiancé', 'widower', 'grandson', 'grandfather', 'nephew', 'uncle', 'stepson', 'stepfather']);
export const FEMALE_WORDS = new Set(['mrs', 'ms', 'miss', 'dame', 'lady', 'queen', 'princess', 'duchess', 'baroness', 'empress', 'spokeswoman', 'chairwoman', 'congresswoman', 'councilwoman', 'actress', 'mother', 'sister', 'daughter', 'wife', 'nun', 'headmistress', 'businesswoman', 'madam', 'girlfriend', 'fiancee', 'fiancée', 'widow', 'granddaughter', 'grandmother', 'niece', 'aunt', 'stepdaughter', 'stepmother']);

export const isRoleWord = (lower: string): boolean => (lexiconBits(lower) & LEX_ROLE_WORD) !== 0;

/** isRoleWord of the token's lower-case form, by its lexicon bits. */
export const isRoleToken = (t: Token): boolean => (t.lex & LEX_ROLE_WORD) !== 0;

/** Could this token be part of a personal name? */
function nameLike(t: Token): boolean {
  if (!t.cap) return false;
  const w = t.possessive ? t.base : t.text;
  // The verdict depends on the word alone: decide each form once (bounded memo).
  let v = nameLikeWords.get(w);
  if (v === undefined) {
    v = nameLikeWord(w);
    if (nameLikeWords.size >= 20000) nameLikeWords.clear();
    nameLikeWords.set(w, v);
  }
  return v;
}

const nameLikeWords = new Map<string, boolean>();

function nameLikeWord(w: string): boolean {
  if (/\d/.test(w)) return false;
  if (isAllCaps(w.replace(/[-'’.]/g, '')) && w.length > 1 && !/^(?:\p{Lu}\.)+\p{Lu}$/u.test(w)) return false;
  const l = w.toLowerCase();
  if (STOPWORDS.has(l) || WEEKDAYS.has(l) || ORG_CUES.has(l) || isRoleWord(l)) return false;
  return true;
}

/** Organisation words that are also given names: "the Finance Bill", but "President Bill Bloggs". */
const GIVEN_NAME_CUES = new Set(['bill']);

/** toks[i] is such a word used as a given name: another name word follows it in the run. */
export function isGivenNameCueAt(toks: readonly Token[], i: number, count: number): boolean {
  return i + 1 < count && toks[i]!.cap && GIVEN_NAME_CUES.has(toks[i]!.lower) && nameLike(toks[i + 1]!);
}

/** "1st", "2nd", "3", "j.g.": the grade inside a rank ("Airman 1st Class", "Chief Warrant Officer 2", "Lt. j.g."). */
export const isGradeWord = (w: string): boolean => {
  const c = w.charCodeAt(0);
  if (c === 106) return w === 'j.g';
  return c >= 48 && c <= 57 && w.length <= 3 && /^(?:\d|[1-9](?:st|nd|rd|th))$/.test(w);
};

export const NAME_SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);
export const LOCATIVES = new Set(['at', 'in', 'into', 'near', 'across', 'outside', 'inside', 'via', 'towards', 'toward', 'on', 'along', 'around', 'through', 'throughout']);

/** Occupational nouns not in the lexicon still read as roles right before a name. */
export const looksOccupational = (lower: string): boolean => {
  if (lower.length < 6) return PLAIN_ROLE_NOUNS.has(lower);
  let v = occupationalWords.get(lower);
  if (v === undefined) {
    v = computeLooksOccupational(lower);
    if (occupationalWords.size >= 20000) occupationalWords.clear();
    occupationalWords.set(lower, v);
  }
  return v;
};

const occupationalWords = new Map<string, boolean>();

/**
 * Role nouns without an occupational ending, read as roles only in lower case:
 * capitalised they open names of things ("Expert Infantryman's Badge").
 */
const PLAIN_ROLE_NOUNS = new Set([
  'official', 'fellow', 'expert', 'scholar', 'delegate', 'employee', 'staffer', 'champion', 'trainee', 'detainee', 'appointee',
  'graduate', 'colleague', 'suspect', 'inmate', 'cadet', 'recruit', 'midshipman', 'infantryman', 'rifleman', 'crewman',
  'guardsman', 'corpsman', 'medic', 'pilot', 'scout', 'intern', 'heir', 'nominee', 'attendee', 'hostage', 'captive', 'refugee', 'migrant', 'native', 'teenager', 'boy', 'girl',
]);

/**
 * A person noun the lexicon lacks, sure enough to stand for someone after
 * "the" ("the politician", "the activist", "the hostage"): the -er and -ant
 * endings also make things ("the computer", "the plant"), so they do not count.
 */
export const isPersonNoun = (lower: string): boolean => PLAIN_ROLE_NOUNS.has(lower) || (lower.length >= 7 && /(?:ian|ist)$/.test(lower) && looksOccupational(lower));

/** "First Lady", "First Gentleman": an honorific word that, after "First", is an office. */
export const isFirstSpouse = (T: readonly Token[], i: number): boolean =>
  i > 0 && T[i - 1]!.lower === 'first' && (T[i]!.lower === 'lady' || T[i]!.lower === 'gentleman');

/** "paratroopers", "engineers": the plural of an occupational noun. */
export function isPluralOccupation(lower: string): boolean {
  if (lower.length < 5 || !lower.endsWith('s') || lower.endsWith('ss')) return false;
  const one = lower.slice(0, -1);
  return (lexiconBits(one) & LEX_ROLE_HEAD) !== 0 || looksOccupational(one);
}

const computeLooksOccupational = (lower: string): boolean =>
  PLAIN_ROLE_NOUNS.has(lower) ||
  // "-ment" makes nouns of acts and things ("indictment", "settlement"), never of people; a relation ("daughter") is no occupation.
  (lower.length >= 6 && /(?:er|or|ist|ian|ant|ent|grapher|smith|maker|writer)$/.test(lower) && !lower.endsWith('ment') && !KIN_NOUNS.has(lower) && !STOPWORDS.has(lower) && !/^(?:greater|bigger|larger|smaller|better|higher|longer|shorter|stronger|weaker|younger|older|faster|slower|easier|harder|earlier|closer|whether|together|however|another|neither|either|rather|further|former|latter|member|number|under|after|over|other|never|ever|order|paper|winter|summer|letter|matter|corner|border|quarter|center|centre|minor|major|error|sector|factor|floor|door|behalf|recent|current|percent|present|event|moment|comment|statement|government|parliament|agreement|investment|department|content|extent|talent|patient|meant|want|elephant|lender|retailer|manufacturer|insurer|operator|supplier|distributor|carrier|provider|exporter|importer|publisher|broadcaster|regulator|developer|owner|partner|sponsor|investor|buyer|seller|bidder|rival|competitor|neighbour|neighbor|monitor|tracker|counter|shelter|center|theater|theatre|charter|chapter|quarter|register|senior|junior|interior|exterior|superior|inferior|anterior|posterior|mirror|horror|terror|honour|rumour|flavour|harbour|colour|behaviour|favour|labour|vapour|humour|tumour|splendour|independent|different|excellent|prominent|permanent|confident|efficient|sufficient|urgent|violent|silent|frequent|apparent|consistent|evident|innocent|magnificent|intelligent|competent|absent|decent|ancient|eminent|dependent|adjacent|persistent|fluent|affluent|transparent|convenient|insistent|coherent|subsequent|equivalent|prevalent|lenient|reticent|important|significant|relevant|dominant|pleasant|elegant|arrogant|brilliant|vibrant|abundant|constant|distant|instant|reluctant|tolerant|vacant|vigilant|defiant|radiant|hesitant|redundant|resistant|ignorant|compliant|observant)$/.test(lower));

/**
 * Do tokens a and b follow each other as words of one phrase: one space
 * between them, or the dot of an initialism ("U.N. envoy", "U.S.-born")?
 */
export function phraseContinues(text: string, base: number, a: Token, b: Token): boolean {
  const from = a.e - base;
  const to = b.s - base;
  if (isSingleSpace(text, from, to)) return true;
  if ((to - from !== 1 && (to - from !== 2 || text.charCodeAt(from + 1) !== 32)) || !isInitial(a, text, base)) return false;
  return true;
}

/** "J." and "J.R.": one or more single capitals with dots. */
export function isInitial(t: Token, text: string, base: number): boolean {
  return /^(?:\p{Lu}\.)*\p{Lu}$/u.test(t.text) && text.charAt(t.e - base) === '.';
}

export const isTitleAbbreviation = (t: Token): boolean => (t.lex & (LEX_HONORIFIC | LEX_ROLE_ABBREVIATION)) !== 0 || t.lower === 'st';

/** A paragraph in capitals gives no capitalisation cues at all. */
export function isShouting(text: string): boolean {
  let letters = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) letters++;
    else if (c > 127) {
      const ch = text.charAt(i);
      if (ch !== ch.toUpperCase()) return false;
      if (ch !== ch.toLowerCase()) letters++;
    }
  }
  return letters > 20;
}

/**
 * Where the name ending at token k ends in the paragraph's text: after the
 * token, and after the dot of an abbreviated generational suffix ("Jo Bloggs
 * Jr., the mayor"), so that what follows the name reads the same with a suffix.
 */
export function nameEndAt(par: ParagraphModel, k: number): number {
  const t = par.tokens[k]!;
  const end = t.e - par.start;
  return NAME_SUFFIXES.has(t.lower) && par.text.charCodeAt(end) === 46 ? end + 1 : end;
}

/** /^,\s+$/ on text[from, to), in place. */
export function isCommaThenBlanks(text: string, from: number, to: number): boolean {
  if (to - from < 2 || text.charCodeAt(from) !== 44) return false;
  for (let i = from + 1; i < to; i++) if (!isSpaceCode(text.charCodeAt(i))) return false;
  return true;
}


/** Token k opens its sentence. */
export const opensSentenceAt = (T: readonly Token[], k: number): boolean => k === 0 || T[k - 1]!.sent !== T[k]!.sent;

const isCapitalLetter = (t: Token): boolean => t.text.length === 1 && t.cap;

/** Can toks[i] be part of the name itself (the part after any role words)? */
export function isNameTokenAt(toks: readonly Token[], i: number, count: number): boolean {
  const t = toks[i]!;
  if (isGivenNameCueAt(toks, i, count)) return true;
  // "Karim al-Nouri": a surname with the Arabic article, after a given name.
  if (i > 0 && isArabicArticleName(t.text)) return true;
  // A middle initial that is also a word ("Maria A. Lopez", "Ken S. Oduya").
  // "Jo A. I. Bloggs": between initials too.
  // "Gen. T. Jo Bloggs", "F. Jo Bloggs": a leading initial before a given name and a surname, after a title or opening the run.
  if (isCapitalLetter(t) && i + 2 < count && nameLike(toks[i + 1]!) && nameLike(toks[i + 2]!) && (i === 0 || isRoleToken(toks[i - 1]!))) return true;
  if (isCapitalLetter(t) && i > 0 && i + 1 < count) {
    let before = i - 1;
    while (before > 0 && isCapitalLetter(toks[before]!)) before--;
    let after = i + 1;
    while (after + 1 < count && isCapitalLetter(toks[after]!)) after++;
    if (nameLike(toks[before]!) && nameLike(toks[after]!)) return true;
  }
  if ((t.lex & LEX_NAME_PARTICLE) !== 0 && !t.cap) return true;
  // "Ida May": a month after a given name is a surname, even "May", which is also a modal verb.
  if (t.cap && (t.nameLex & LEX_MONTH) !== 0 && i > 0 && nameLike(toks[i - 1]!) && (toks[i - 1]!.lex & LEX_MONTH) === 0) return true;
  if (nameLike(t)) {
    // Months are names only after a given name ("Ida May"), never "May 5".
    if ((t.nameLex & LEX_MONTH) !== 0 && (i === 0 || !nameLike(toks[i - 1]!) || (toks[i - 1]!.lex & LEX_MONTH) !== 0)) return false;
    return true;
  }
  return false;
}
