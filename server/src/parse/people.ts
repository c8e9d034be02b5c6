import {
  ORG_CUES,
  STOPWORDS,
  WEEKDAYS,
  LEX_COMMON_WORD,
  LEX_HONORIFIC,
  LEX_MONTH,
  LEX_NAME_PARTICLE,
  LEX_NATIONALITY,
  LEX_ORG_CUE,
  LEX_PLACE,
  LEX_PLACE_FIRST_WORD,
  LEX_RANK_MODIFIER,
  LEX_ROLE_ABBREVIATION,
  LEX_ROLE_HEAD,
  LEX_ROLE_MODIFIER,
  LEX_ROLE_WORD,
  LEX_SPEECH_VERB,
  LEX_STOPWORD,
  LEX_WEAK_PLACE,
  lexiconBits,
} from './lexicon';
import type { ParagraphModel, Token } from './model';
import { isAllCaps, collapseSpaces, isSingleSpace, isSpaceCode } from './text';

/** A capitalised run that names (or may name) a person. */
export interface NameCandidate {
  paragraph: number;
  /** Token range of the whole mention, role words included. */
  tokStart: number;
  tokEnd: number;
  /** Token range of the name itself. */
  nameStart: number;
  kind: 'full' | 'titled' | 'single';
  /** Name as written, possessive removed. */
  name: string;
  role: string | null;
  /** Role words written before the name, as written (for the titled alias). */
  titledForm: string | null;
  gender: 'm' | 'f' | null;
  /** Offset of the mention (for ordering people by first appearance). */
  offset: number;
  nickname: string | null;
  /** Quote index of a nickname written inside the name, if any. */
  nicknameQuote: number | null;
  /** Context evidence that the run names a person (roles, speech, appositives). */
  evidence: number;
  /** Lower-case name tokens without particles or suffixes. */
  keyTokens: string[];
  /** The role came from a plural office before a list ("photographers …"): names listed after share it. */
  listRole?: boolean;
}

export interface Person {
  name: string;
  role: string | null;
  aliases: string[];
  /** Lower-case name tokens, surname last. */
  tokens: string[];
  surname: string;
  gender: 'm' | 'f' | null;
  firstOffset: number;
  key: string;
}

const MALE_WORDS = new Set(['mr', 'sir', 'lord', 'king', 'prince', 'duke', 'earl', 'baron', 'emperor', 'spokesman', 'chairman', 'congressman', 'councilman', 'actor', 'father', 'brother', 'son', 'husband', 'monk', 'headmaster', 'businessman']);
const FEMALE_WORDS = new Set(['mrs', 'ms', 'miss', 'dame', 'lady', 'queen', 'princess', 'duchess', 'baroness', 'empress', 'spokeswoman', 'chairwoman', 'congresswoman', 'councilwoman', 'actress', 'mother', 'sister', 'daughter', 'wife', 'nun', 'headmistress', 'businesswoman', 'madam']);

const computeNormalisedName = (name: string): string =>
  collapseSpaces(name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[’]/g, "'").replace(/\./g, ''))
    .toLowerCase();

/** Name words repeat endlessly in a long text: normalise each form once (bounded memo). */
const normalisedNames = new Map<string, string>();
export const normaliseName = (name: string): string => {
  let v = normalisedNames.get(name);
  if (v === undefined) {
    v = computeNormalisedName(name);
    if (normalisedNames.size >= 20000) normalisedNames.clear();
    normalisedNames.set(name, v);
  }
  return v;
};

/**
 * Per-document pool: candidates are kept for the whole document, and most of
 * them repeat the same few names, roles and key-token lists. Sharing one copy
 * of each keeps the candidate list small (less to copy in garbage collection).
 */
export class CandidatePool {
  private readonly strings = new Map<string, string>();
  /** A trie over the words of each list (no joined key string per look-up). */
  private readonly lists: ListNode = { next: new Map(), list: null };

  str(s: string): string;
  str(s: string | null): string | null;
  str(s: string | null): string | null {
    if (s === null) return null;
    const v = this.strings.get(s);
    if (v !== undefined) return v;
    this.strings.set(s, s);
    return s;
  }

  /** The pooled copy of words[0, count) (a scratch list: copied only when new). */
  list(words: readonly string[], count: number): string[] {
    let node = this.lists;
    for (let i = 0; i < count; i++) {
      const w = words[i]!;
      let child = node.next.get(w);
      if (child === undefined) {
        child = { next: new Map(), list: null };
        node.next.set(w, child);
      }
      node = child;
    }
    if (node.list !== null) return node.list;
    node.list = words.slice(0, count);
    return node.list;
  }
}

interface ListNode {
  next: Map<string, ListNode>;
  list: string[] | null;
}

/** Is the word part of a role rather than a name (any role list, plural offices included)? */
const isRoleWord = (lower: string): boolean => (lexiconBits(lower) & LEX_ROLE_WORD) !== 0;

/** isRoleWord of the token's lower-case form, by its lexicon bits. */
const isRoleToken = (t: Token): boolean => (t.lex & LEX_ROLE_WORD) !== 0;

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

/** "1st", "2nd", "3": the grade inside a rank ("Airman 1st Class", "Chief Warrant Officer 2"). */
const isGradeWord = (w: string): boolean => {
  const c = w.charCodeAt(0);
  return c >= 48 && c <= 57 && w.length <= 3 && /^(?:\d|[1-9](?:st|nd|rd|th))$/.test(w);
};

const NAME_SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);
const LOCATIVES = new Set(['at', 'in', 'into', 'near', 'across', 'outside', 'inside', 'via', 'towards', 'toward', 'on', 'along', 'around', 'through', 'throughout']);

/** Occupational nouns not in the lexicon still read as roles right before a name. */
export const looksOccupational = (lower: string): boolean => {
  if (lower.length < 6) return false;
  let v = occupationalWords.get(lower);
  if (v === undefined) {
    v = computeLooksOccupational(lower);
    if (occupationalWords.size >= 20000) occupationalWords.clear();
    occupationalWords.set(lower, v);
  }
  return v;
};

const occupationalWords = new Map<string, boolean>();

const computeLooksOccupational = (lower: string): boolean =>
  lower.length >= 6 && /(?:er|or|ist|ian|ant|ent|grapher|smith|maker|writer)$/.test(lower) && !STOPWORDS.has(lower) && !/^(?:greater|bigger|larger|smaller|better|higher|longer|shorter|stronger|weaker|younger|older|faster|slower|easier|harder|earlier|closer|whether|together|however|another|neither|either|rather|further|former|latter|member|number|under|after|over|other|never|ever|order|paper|winter|summer|letter|matter|corner|border|quarter|center|centre|minor|major|error|sector|factor|floor|door|behalf|recent|current|percent|present|event|moment|comment|statement|government|parliament|agreement|investment|department|content|extent|talent|patient|meant|want|elephant|lender|retailer|manufacturer|insurer|operator|supplier|distributor|carrier|provider|exporter|importer|publisher|broadcaster|regulator|developer|owner|partner|sponsor|investor|buyer|seller|bidder|rival|competitor|neighbour|neighbor|monitor|tracker|counter|shelter|center|theater|theatre|charter|chapter|quarter|register)$/.test(lower);

/** "J." and "J.R.": one or more single capitals with dots. */
function isInitial(t: Token, text: string, base: number): boolean {
  return /^(?:\p{Lu}\.)*\p{Lu}$/u.test(t.text) && text.charAt(t.e - base) === '.';
}

const isTitleAbbreviation = (t: Token): boolean => (t.lex & (LEX_HONORIFIC | LEX_ROLE_ABBREVIATION)) !== 0 || t.lower === 'st';

/** A paragraph in capitals gives no capitalisation cues at all. */
function isShouting(text: string): boolean {
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
 * Finds capitalised runs in a paragraph and splits each into role words and a
 * name. Quoted titles and nicknames never start or extend a run; a nickname
 * between a first and last name (Jo "The Hammer" Bloggs) is skipped over.
 */
export function findNameCandidates(
  par: ParagraphModel,
  isTitleQuote: (q: number) => boolean,
  pool: CandidatePool = new CandidatePool(),
  /** Candidates are appended here (one list for the whole document). */
  out: NameCandidate[] = [],
): NameCandidate[] {
  const T = par.tokens;
  const text = par.text;
  const base = par.start;
  if (isShouting(text)) return out;
  let k = 0;
  while (k < T.length) {
    const t = T[k]!;
    if (!t.cap || (t.quote >= 0 && isTitleQuote(t.quote))) {
      k++;
      continue;
    }
    // Extend the run: RUN[0, runLength).
    let runLength = 0;
    RUN[runLength++] = k;
    let nickname: string | null = null;
    let nicknameQuote: number | null = null;
    let j = k;
    while (j + 1 < T.length) {
      const a = T[j]!;
      if (a.possessive) break;
      const b = T[j + 1]!;
      // The gap between the two words, compared in place (no substring).
      const gs = a.e - base;
      const gl = b.s - a.e;
      const g0 = text.charCodeAt(gs);
      const space = gl === 1 && g0 === 32;
      const dot = gl === 1 && g0 === 46;
      const dotSpace = gl === 2 && g0 === 46 && text.charCodeAt(gs + 1) === 32;
      const sameContext = a.quote === b.quote;
      const dotted = dotSpace && (isInitial(a, text, base) || isTitleAbbreviation(a));
      if (sameContext && (space || dotted || (dot && isInitial(a, text, base)))) {
        // "Sgt. 1st Class Jo Bloggs", "Chief Warrant Officer 2 Jo Bloggs": a grade inside a rank.
        if (!b.cap && isRoleToken(a) && isGradeWord(b.text) && j + 2 < T.length && T[j + 2]!.cap && T[j + 2]!.quote === a.quote && isSingleSpace(text, b.e - base, T[j + 2]!.s - base)) {
          RUN[runLength++] = j + 1;
          RUN[runLength++] = j + 2;
          j += 2;
          continue;
        }
        if (b.cap) {
          RUN[runLength++] = j + 1;
          j++;
          continue;
        }
        // "van der Meer", "de la Cruz": lower-case particles between name parts.
        let p = j + 1;
        while (p < T.length && p - j <= 3 && (T[p]!.lex & LEX_NAME_PARTICLE) !== 0 && !T[p]!.cap && T[p]!.quote === a.quote) {
          if (!(p + 1 < T.length && isSingleSpace(text, T[p]!.e - base, T[p + 1]!.s - base))) break;
          p++;
        }
        if (p > j + 1 && p < T.length && T[p]!.cap && T[p]!.quote === a.quote) {
          for (let x = j + 1; x <= p; x++) RUN[runLength++] = x;
          j = p;
          continue;
        }
        if (isArabicArticleName(b.text)) {
          RUN[runLength++] = j + 1;
          j++;
          continue;
        }
        break;
      }
      // Nickname in quotes between two name parts.
      if (a.quote < 0 && b.quote >= 0 && b.cap && /^\s+["\u201C\u2018]$/.test(text.slice(gs, b.s - base))) {
        const r0 = par.quoteA[b.quote]!;
        const r1 = par.quoteB[b.quote]!;
        if (r1 - r0 <= 3 && r1 < T.length) {
          const after = T[r1]!;
          const gap2 = text.slice(T[r1 - 1]!.e - base, after.s - base);
          if (after.quote < 0 && after.cap && /^\.?["\u201D\u2019]\s+$/.test(gap2)) {
            nickname = text.slice(b.s - base, T[r1 - 1]!.e - base);
            nicknameQuote = b.quote;
            RUN[runLength++] = r1;
            j = r1;
            continue;
          }
        }
      }
      break;
    }
    k = j + 1;
    const cand = decomposeRun(par, RUN, runLength, nickname, nicknameQuote, pool);
    if (cand) {
      shareListRole(par, out, cand, pool);
      out.push(cand);
    }
  }
  return out;
}

/**
 * Scratch lists for the run being split, reused from run to run with an
 * explicit length: a run allocates only what its candidate keeps (most
 * runs keep nothing). findNameCandidates and decomposeRun never nest.
 */
const RUN: number[] = [];
const TOKS: Token[] = [];
const CORE: Token[] = [];
const KEYS: string[] = [];

/** /^,\s+$/ on text[from, to), in place. */
function isCommaThenBlanks(text: string, from: number, to: number): boolean {
  if (to - from < 2 || text.charCodeAt(from) !== 44) return false;
  for (let i = from + 1; i < to; i++) if (!isSpaceCode(text.charCodeAt(i))) return false;
  return true;
}

/** /^(?:al|el)-\p{Lu}/u: "al-Assad", "el-Sisi" (the regex only runs after the cheap prefix test). */
const isArabicArticleName = (w: string): boolean =>
  (w.charCodeAt(0) === 97 || w.charCodeAt(0) === 101) && w.charCodeAt(1) === 108 && w.charCodeAt(2) === 45 && /^(?:al|el)-\p{Lu}/u.test(w);

/** Can toks[i] be part of the name itself (the part after any role words)? */
function isNameTokenAt(toks: readonly Token[], i: number, count: number): boolean {
  const t = toks[i]!;
  // "Suleiman al-Amr": a surname with the Arabic article, after a given name.
  if (i > 0 && isArabicArticleName(t.text)) return true;
  // A middle initial that is also a word ("Daniel A. Dailey", "Harry S. Truman").
  if (t.text.length === 1 && t.cap && i > 0 && i + 1 < count && nameLike(toks[i - 1]!) && nameLike(toks[i + 1]!)) return true;
  if ((t.lex & LEX_NAME_PARTICLE) !== 0 && !t.cap) return true;
  if (nameLike(t)) {
    // Months are names only after a given name ("Theresa May"), never "May 5".
    if ((t.nameLex & LEX_MONTH) !== 0 && (i === 0 || !nameLike(toks[i - 1]!) || (toks[i - 1]!.lex & LEX_MONTH) !== 0)) return false;
    return true;
  }
  return false;
}

function decomposeRun(par: ParagraphModel, run: readonly number[], runLength: number, nickname: string | null, nicknameQuote: number | null, pool: CandidatePool): NameCandidate | null {
  const T = par.tokens;
  let first = 0;
  // Sentence-initial words and "Ten-year-old"-style descriptors are not names.
  let ageDescriptor = false;
  while (first < runLength && ((T[run[first]!]!.lex & LEX_STOPWORD) !== 0 || (T[run[first]!]!.text.includes('-') && /-\p{Ll}/u.test(T[run[first]!]!.text)))) {
    const w = T[run[first]!]!.text;
    if (w.includes('-') && /-(?:year|month)s?-old$/i.test(w)) ageDescriptor = true;
    first++;
  }
  // A generational suffix belongs to the name but is not its last word.
  let suffixAt = runLength;
  if (runLength - first >= 3 && NAME_SUFFIXES.has(T[run[runLength - 1]!]!.lower)) suffixAt = runLength - 1;
  const suffixTok = suffixAt < runLength ? T[run[suffixAt]!]! : null;
  // Token index one past the mention (the suffix included).
  const lastRunTok = run[suffixAt - 1]!;
  const mentionEnd = (suffixTok ? run[suffixAt]! : lastRunTok) + 1;
  if (first >= suffixAt) return null;
  // toks[i] is T[run[first + i]], for i < nt.
  const toks = TOKS;
  const nt = suffixAt - first;
  for (let i = 0; i < nt; i++) toks[i] = T[run[first + i]!]!;
  const lastLex = toks[nt - 1]!.nameLex;
  if ((lastLex & LEX_ORG_CUE) !== 0) return null;

  // The name is the longest suffix of name-like tokens.
  let n = nt - 1;
  while (n >= 0 && isNameTokenAt(toks, n, nt)) n--;
  // A surname that is also a role word ("Ben King"): accept it after a given name.
  if (n === nt - 1 && nt >= 2 && (lastLex & LEX_ROLE_HEAD) === 0 && (lastLex & LEX_ROLE_MODIFIER) !== 0 && isNameTokenAt(toks, nt - 2, nt)) {
    n = nt - 2;
    while (n >= 0 && isNameTokenAt(toks, n, nt)) n--;
  } else if (n === nt - 1 && nt >= 2 && (lastLex & (LEX_ROLE_HEAD | LEX_RANK_MODIFIER)) !== 0 && isNameTokenAt(toks, nt - 2, nt) && !isRoleToken(toks[nt - 2]!)) {
    n = nt - 2;
    while (n >= 0 && isNameTokenAt(toks, n, nt)) n--;
  }
  let nameFrom = n + 1;
  // "Sgt. Christian Smith": a demonym right after a title, before a surname, is a given name.
  const demonymGiven = nameFrom >= 2 && nameFrom < nt && (toks[nameFrom - 1]!.lex & LEX_ROLE_WORD) === LEX_NATIONALITY && ((toks[nameFrom - 2]!.lex & LEX_ROLE_HEAD) !== 0 || isTitleAbbreviation(toks[nameFrom - 2]!));
  if (demonymGiven) nameFrom--;
  // "Governor of Washington Jo Bloggs": a place opening the run after "of" or "in" is not part of the name.
  if (nameFrom === 0 && nt >= 3 && (toks[0]!.nameLex & (LEX_PLACE | LEX_WEAK_PLACE)) !== 0 && run[first]! > 0 && /^(?:of|in|from)$/.test(T[run[first]! - 1]!.lower)) nameFrom = 1;
  while (nameFrom < nt && (toks[nameFrom]!.lex & LEX_NAME_PARTICLE) !== 0) nameFrom++;
  // "Administrator for Enforcement and Compliance Assurance Jo Bloggs": a long
  // run after "and" that joins two capitalised phrases goes on naming the office.
  if (nt - nameFrom >= 4 && run[first]! >= 2 && T[run[first]! - 1]!.lower === 'and' && T[run[first]! - 2]!.cap) nameFrom = nt - 2;
  // Name tokens are toks[nameFrom..], role tokens toks[0, roleCount).
  if (nameFrom >= nt) return null;
  // The name without its particles: core[0, nc).
  const core = CORE;
  let nc = 0;
  for (let i = nameFrom; i < nt; i++) if ((toks[i]!.lex & LEX_NAME_PARTICLE) === 0) core[nc++] = toks[i]!;
  if (nc > 4) return null;
  let roleCount = nameFrom;
  // Every role-side token must really be a role word; anything else (an
  // organisation name, a sentence-initial word) means this is not "Title Name".
  // Capitalised words do qualify a title that ends in a role word ("Air Force
  // Gen.", "County Sheriff"), and grades sit inside ranks ("Sgt. 1st Class").
  let titleLast = nameFrom - 1;
  if (titleLast > 0 && isGradeWord(toks[titleLast]!.text)) titleLast--;
  const titleEnds = titleLast >= 0 && isRoleToken(toks[titleLast]!);
  for (let i = 0; i < nameFrom; i++) {
    const t = toks[i]!;
    const qualifier = titleEnds && ((t.cap && (t.lex & LEX_STOPWORD) === 0) || isGradeWord(t.text));
    if (!isRoleToken(t) && !(t.possessive && t.cap) && t.lower !== 'of' && !qualifier) {
      // e.g. a place name right before the name: keep just the name, no role.
      roleCount = 0;
      break;
    }
  }
  // Place, nationality and organisation words in the name itself.
  const firstLex = core[0]!.nameLex;
  if ((firstLex & LEX_PLACE_FIRST_WORD) !== 0 && nc > 1) return null;
  if ((firstLex & LEX_PLACE) !== 0) return null;
  for (let i = 1; i < nc; i++) if ((core[i]!.nameLex & (LEX_PLACE | LEX_WEAK_PLACE)) === LEX_PLACE) return null;
  let allCommon = nc > 1;
  for (let i = 0; i < nc; i++) {
    const lex = core[i]!.nameLex;
    if ((lex & (LEX_NATIONALITY | LEX_ORG_CUE)) !== 0 && !(demonymGiven && i === 0)) return null;
    if ((lex & LEX_COMMON_WORD) === 0) allCommon = false;
  }
  if (allCommon) return null;

  // Role words written in lower case just before the run ("spokesman John Kirby").
  const runStartTok = run[first]!;
  const nameStartTok = run[first + nameFrom]!;
  let roleStartTok = roleCount > 0 ? runStartTok : nameStartTok;
  let lookback = roleStartTok - 1;
  let sawHead = false;
  for (let i = 0; i < roleCount; i++) if ((toks[i]!.lex & LEX_ROLE_HEAD) !== 0) sawHead = true;
  const text = par.text;
  const base = par.start;
  let steps = 0;
  while (lookback >= 0 && steps < 6) {
    const t = T[lookback]!;
    const gapFrom = t.e - base;
    const gapTo = T[lookback + 1]!.s - base;
    // "Sgt. Maj. of the Army": an abbreviated title keeps its dot.
    const abbreviated = gapTo - gapFrom === 2 && text.charCodeAt(gapFrom) === 46 && text.charCodeAt(gapFrom + 1) === 32 && isTitleAbbreviation(t);
    if ((!isSingleSpace(text, gapFrom, gapTo) && !abbreviated) || t.quote !== T[roleStartTok]!.quote) break;
    const l = t.lower;
    const lex = t.lex;
    // "Secretary of the Army Jo Bloggs": the office's "of the", when words precede the name in its run.
    // "… of Washington", "Commissioner for Refugees": a bare name right after "of" or "for" is the object of what precedes, not titled by it.
    if (steps === 0 && (l === 'of' || l === 'for') && roleCount === 0) break;
    const ofThe = nameFrom > 0 && l === 'the' && lookback > 1 && T[lookback - 1]!.lower === 'of' && (T[lookback - 2]!.lex & LEX_ROLE_HEAD) !== 0;
    const occupational = steps === 0 && !t.cap && looksOccupational(l);
    const grade = isGradeWord(t.text) && isRoleToken(T[lookback + 1]!);
    const ok = occupational || grade || (lex & (LEX_ROLE_HEAD | LEX_RANK_MODIFIER | LEX_NATIONALITY)) !== 0 || ((lex & LEX_ROLE_MODIFIER) !== 0 && l !== 'the' && l !== 'and') ||
      (t.cap && (lex & LEX_STOPWORD) === 0) || ofThe || (l === 'of' && lookback > 0 && (T[lookback - 1]!.lex & LEX_ROLE_HEAD) !== 0);
    if (!ok) break;
    if ((lex & LEX_ROLE_HEAD) !== 0 || occupational) sawHead = true;
    roleStartTok = lookback;
    lookback--;
    steps++;
  }
  // Only keep a lowercase look-back if it produced a real role head.
  if (!sawHead && roleStartTok < runStartTok) roleStartTok = roleCount > 0 ? runStartTok : nameStartTok;
  // Drop leading capitalised words that are not part of a role (sentence starts).
  while (roleStartTok < nameStartTok) {
    const t = T[roleStartTok]!;
    if ((t.lex & LEX_STOPWORD) !== 0) roleStartTok++;
    else break;
  }
  // The role words are T[roleStartTok, nameStartTok); the meaningful ones
  // (all but honorifics) run from firstMeaningful to lastMeaningful.
  let firstMeaningful = -1;
  let lastMeaningful = -1;
  let headOrNationality = false;
  let honorific = false;
  for (let i = roleStartTok; i < nameStartTok; i++) {
    const lex = T[i]!.lex;
    if ((lex & LEX_HONORIFIC) !== 0) {
      honorific = true;
      continue;
    }
    if (firstMeaningful < 0) firstMeaningful = i;
    lastMeaningful = i;
    if ((lex & (LEX_ROLE_HEAD | LEX_NATIONALITY)) !== 0) headOrNationality = true;
  }
  const lastRoleWord = lastMeaningful >= 0 ? T[lastMeaningful]! : undefined;
  const hasRole = headOrNationality || (lastRoleWord !== undefined && !lastRoleWord.cap && looksOccupational(lastRoleWord.lower));
  let role = hasRole ? collapseSpaces(text.slice(T[firstMeaningful]!.s - base, T[lastMeaningful]!.e - base).replace(/\.$/, '')) : null;
  // "Her lawyer, Jo Bloggs," / "The club's treasurer, Jo Bloggs": a role in apposition before the name.
  let appositiveBefore = false;
  if (role === null && roleStartTok === nameStartTok && nameStartTok > 0) {
    const prev = T[nameStartTok - 1]!;
    if (isCommaThenBlanks(text, prev.e - base, T[nameStartTok]!.s - base) && !prev.cap && prev.quote === T[nameStartTok]!.quote && ((prev.lex & LEX_ROLE_HEAD) !== 0 || looksOccupational(prev.lower))) {
      appositiveBefore = true;
      let from = nameStartTok - 1;
      while (from - 1 >= 0 && nameStartTok - from < 5) {
        const t = T[from - 1]!;
        if (!isSingleSpace(text, t.e - base, T[from]!.s - base) || t.cap || (t.lex & LEX_STOPWORD) !== 0 || t.possessive) break;
        from--;
      }
      role = collapseSpaces(text.slice(T[from]!.s - base, prev.e - base));
    }
  }
  // Apposition after the name: "Jane Doe, the city's mayor, said".
  if (role === null) {
    const after = T[lastRunTok + 1];
    const lastName = T[lastRunTok]!;
    if (after && isCommaThenBlanks(text, lastName.e - base, after.s - base) && /^(?:a|an|the)$/.test(after.lower)) {
      let k2 = lastRunTok + 2;
      const words: Token[] = [];
      while (k2 < T.length && words.length < 8) {
        const t = T[k2]!;
        if (!isSingleSpace(text, T[k2 - 1]!.e - base, t.s - base) || t.quote >= 0) break;
        words.push(t);
        k2++;
      }
      let headAt = words.findIndex((t) => !t.cap && ((t.lex & LEX_ROLE_HEAD) !== 0 || looksOccupational(t.lower)));
      // "an Ottawa New Democrat MP,": a capitalised office closing the appositive.
      const lastWord = words[words.length - 1];
      if (headAt < 0 && lastWord && lastWord.cap && (lastWord.lex & LEX_ROLE_HEAD) !== 0 && T[k2] !== undefined && text.charCodeAt(lastWord.e - base) === 44) headAt = words.length - 1;
      if (headAt >= 0) {
        let from = headAt;
        while (from > 0 && !words[from - 1]!.possessive && (words[from - 1]!.lex & LEX_STOPWORD) === 0) from--;
        role = collapseSpaces(text.slice(words[from]!.s - base, words[headAt]!.e - base));
      }
    }
  }
  // Apposition without an article: "Jo Bloggs, director of the gallery,", "Jo Bloggs, Panama coach,".
  if (role === null) role = bareAppositiveRole(par, lastRunTok);
  // Predicate: "Jo Bloggs is a money manager at Harbour Funds."
  if (role === null) role = predicateRole(par, lastRunTok);
  // A demonym alone titles no name ("Iraqi Freedom", "British Red Cross"): an office or an honorific does.
  const titled = nameStartTok > roleStartTok && (honorific || (hasRole && roleHasHead(T, roleStartTok, nameStartTok)));

  let gender: 'm' | 'f' | null = null;
  for (let i = roleStartTok; i < nameStartTok; i++) {
    const l = T[i]!.lower;
    if (MALE_WORDS.has(l)) gender = 'm';
    else if (FEMALE_WORDS.has(l)) gender = 'f';
  }

  const lastTok = suffixTok ?? toks[nt - 1]!;
  let nameEnd = (lastTok.possessive ? lastTok.s + lastTok.base.length : lastTok.e) - base;
  if ((suffixTok || NAME_SUFFIXES.has(lastTok.lower)) && text.charAt(nameEnd) === '.') nameEnd++;
  const firstNameTok = toks[nameFrom]!;
  let name: string;
  if (nameFrom === nt - 1 && suffixTok === null && nickname === null) {
    // A one-word name, as cut out below, is its word without the possessive:
    // a string the vocabulary already holds (no substring, nothing to collapse).
    name = firstNameTok.base;
  } else {
    name = text.slice(firstNameTok.s - base, nameEnd);
    if (nickname !== null) name = name.replace(/\s*["\u201C][^"\u201D]*["\u201D]\s*/, ' ');
    name = collapseSpaces(name);
  }
  const keys = KEYS;
  for (let i = 0; i < nc; i++) keys[i] = normaliseName(core[i]!.possessive ? core[i]!.base : core[i]!.text);

  let kind: NameCandidate['kind'];
  if (nc >= 2) kind = 'full';
  else if (titled) kind = 'titled';
  else kind = 'single';
  const titledForm = titled ? collapseSpaces(text.slice(T[roleStartTok]!.s - base, (lastTok.possessive ? lastTok.s + lastTok.base.length : lastTok.e) - base)) : null;
  return {
    paragraph: par.index,
    tokStart: Math.min(roleStartTok, nameStartTok),
    tokEnd: mentionEnd,
    nameStart: nameStartTok,
    kind,
    name: pool.str(name),
    role: pool.str(role),
    titledForm: pool.str(titledForm),
    gender,
    offset: firstNameTok.s,
    nickname: pool.str(nickname),
    nicknameQuote,
    evidence:
      evidenceFor(par, Math.min(roleStartTok, nameStartTok), mentionEnd, titled) +
      (ageDescriptor ? 2 : 0) +
      (nickname !== null ? 2 : 0) +
      (appositiveBefore ? 2 : 0) +
      (role !== null && !titled ? 1 : 0),
    keyTokens: pool.list(keys, nc),
  };
}

/**
 * How strongly the context says "person": titles, an appositive, a speech
 * verb next to the name count for; "the …" or "at/in …" (places, venues,
 * companies) count against. The registry adds evidence from later mentions.
 */
function evidenceFor(par: ParagraphModel, from: number, to: number, titled: boolean): number {
  const T = par.tokens;
  let ev = titled ? 2 : 0;
  const before = T[from - 1];
  const after = T[to];
  const first = T[from]!;
  const last = T[to - 1]!;
  if (before && before.quote === first.quote) {
    const g = gapShape(par, before, first);
    const space = (g & GAP_SPACE) !== 0;
    if (space && before.lower === 'the' && !titled) ev -= 3;
    if (space && LOCATIVES.has(before.lower) && !titled) ev -= 2;
    if (space && before.lower === 'of' && !titled) ev -= 1;
    if ((g & GAP_AMP) !== 0) ev -= 3;
    if (space && (before.lex & LEX_SPEECH_VERB) !== 0 && !before.cap) ev += 2;
  }
  if (after && after.quote === last.quote) {
    const g = gapShape(par, last, after);
    if ((g & GAP_AMP) !== 0) ev -= 3;
    if ((g & GAP_COMMA) !== 0 && (APPOSITIVE_STARTS.has(after.lower) || isShortNumber(after.text) || (after.lex & LEX_ROLE_HEAD) !== 0)) ev += 1;
    if ((g & GAP_PAREN) !== 0 && isShortNumber(after.text)) ev += 1;
    if ((g & GAP_COMMA_SPACES) !== 0 && (after.lex & LEX_SPEECH_VERB) !== 0 && !after.cap) ev += 2;
    if ((g & GAP_SPACE) !== 0 && ADVERB_THEN_VERB(T, to)) ev += 2;
    // "Acme Orbital co-founder Jo Bloggs": a name-like run qualifying a role noun is its organisation.
    if ((g & GAP_SPACE) !== 0 && !after.cap && (after.lex & LEX_ROLE_HEAD) !== 0 && !titled) ev -= 2;
  }
  return ev;
}

/** "photographers" → "photographer": the office each person of a list holds. */
function singularRole(role: string): string {
  if (role.charCodeAt(role.length - 1) !== 115) return role;
  const last = role.slice(role.lastIndexOf(' ') + 1);
  const l = last.toLowerCase();
  if (l.length > 5 && l.endsWith('s') && (lexiconBits(l) & LEX_ROLE_HEAD) !== 0 && (lexiconBits(l.slice(0, -1)) & LEX_ROLE_HEAD) !== 0) return role.slice(0, -1);
  return role;
}

/**
 * "photographers Jo Bloggs, Ann Lee and Tom Vale": a plural office before a
 * list gives each name of the list the office, in the singular. `cand` is the
 * paragraph's newest candidate; the one before it is the list so far.
 */
function shareListRole(par: ParagraphModel, out: NameCandidate[], cand: NameCandidate, pool: CandidatePool): void {
  if (cand.role !== null) {
    const one = singularRole(cand.role);
    if (one !== cand.role) {
      cand.role = pool.str(one);
      cand.listRole = true;
    }
    return;
  }
  const prev = out[out.length - 1];
  if (!prev || prev.paragraph !== cand.paragraph || prev.role === null || !prev.listRole) return;
  const T = par.tokens;
  const gap = par.text.slice(T[prev.tokEnd - 1]!.e - par.start, T[cand.tokStart]!.s - par.start);
  if (!/^(?:,\s*|,?\s+and\s+)$/.test(gap)) return;
  cand.role = prev.role;
  cand.listRole = true;
}

/** An appositive runs at most this many words before its closing comma. */
const APPOSITIVE_WORDS = 10;

/**
 * The role in an appositive without an article right after the name: a lower-case
 * office within its first three words, only capitalised qualifiers before it,
 * closed by a comma or the sentence's end. The whole appositive is the role.
 */
function bareAppositiveRole(par: ParagraphModel, lastNameTok: number): string | null {
  const T = par.tokens;
  const text = par.text;
  const base = par.start;
  const first = T[lastNameTok + 1];
  if (!first || first.quote >= 0 || !isCommaThenBlanks(text, T[lastNameTok]!.e - base, first.s - base)) return null;
  let end = lastNameTok + 1;
  while (end + 1 < T.length && end - lastNameTok < APPOSITIVE_WORDS && T[end + 1]!.quote < 0 && isSingleSpace(text, T[end]!.e - base, T[end + 1]!.s - base)) end++;
  const closer = T[end + 1] ? text.charCodeAt(T[end]!.e - base) : 46;
  if (closer !== 44 && closer !== 46 && closer !== 59) return null;
  for (let i = lastNameTok + 1; i <= Math.min(end, lastNameTok + 4); i++) {
    const t = T[i]!;
    // "Special Agent in Charge": a capitalised office after capitalised qualifiers counts too.
    if ((t.lex & LEX_ROLE_HEAD) !== 0 || (!t.cap && looksOccupational(t.lower))) return collapseSpaces(text.slice(first.s - base, T[end]!.e - base));
    // Before the office only its qualifiers: capitalised words ("USI", "Panama") and rank or field words ("associate").
    const qualifier = t.cap ? (t.lex & LEX_STOPWORD) === 0 : (t.lex & (LEX_RANK_MODIFIER | LEX_ROLE_MODIFIER)) !== 0 && (t.lex & LEX_STOPWORD) === 0;
    if (!qualifier) return null;
  }
  return null;
}

/** "<name> is a former official at the Treasury": the phrase after is/was a/an/the, from the article on, when an office heads it. */
function predicateRole(par: ParagraphModel, lastNameTok: number): string | null {
  const T = par.tokens;
  const verb = T[lastNameTok + 1];
  const article = T[lastNameTok + 2];
  if (!verb || !article || (verb.lower !== 'is' && verb.lower !== 'was') || !/^(?:a|an|the)$/.test(article.lower)) return null;
  const text = par.text;
  const base = par.start;
  for (let k = lastNameTok; k < lastNameTok + 2; k++) if (!isSingleSpace(text, T[k]!.e - base, T[k + 1]!.s - base) || T[k + 1]!.quote >= 0) return null;
  // The phrase must open right after the article: the role starts there.
  const start = lastNameTok + 3;
  if (!T[start] || !isSingleSpace(text, article.e - base, T[start]!.s - base)) return null;
  let end = start;
  while (end + 1 < T.length && end - start < APPOSITIVE_WORDS && T[end + 1]!.quote < 0 && isSingleSpace(text, T[end]!.e - base, T[end + 1]!.s - base)) end++;
  for (let i = start; i <= Math.min(end, start + 2); i++) {
    const t = T[i]!;
    if (!t.cap && ((t.lex & LEX_ROLE_HEAD) !== 0 || looksOccupational(t.lower))) return collapseSpaces(text.slice(T[start]!.s - base, T[end]!.e - base));
    if ((t.lex & LEX_STOPWORD) !== 0) return null;
  }
  return null;
}

/** Does T[from, to) hold a role head (an office, not only a demonym)? */
function roleHasHead(T: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if ((T[i]!.lex & LEX_ROLE_HEAD) !== 0 || (!T[i]!.cap && looksOccupational(T[i]!.lower))) return true;
  return false;
}

/** Words opening an appositive after a name ("Jo Bloggs, the mayor"). */
const APPOSITIVE_STARTS = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'who', 'whose', 'aged', 'its']);

/** /^\d{1,3}$/: an age or a small count. */
function isShortNumber(w: string): boolean {
  if (w.length < 1 || w.length > 3) return false;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** The gap is exactly one space. */
const GAP_SPACE = 1;
/** The gap holds an ampersand. */
const GAP_AMP = 2;
/** /^\s*,\s*$/ */
const GAP_COMMA = 4;
/** /^\s*\(\s*$/ */
const GAP_PAREN = 8;
/** /^,?\s+$/ */
const GAP_COMMA_SPACES = 16;

/** The shape of the text between two tokens (the GAP_ bits), decided in place: no substring, no regex. */
function gapShape(par: ParagraphModel, a: Token, b: Token): number {
  const text = par.text;
  const from = a.e - par.start;
  const to = b.s - par.start;
  let commas = 0;
  let parens = 0;
  let spaces = 0;
  let other = 0;
  let shape = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 44) commas++;
    else if (c === 40) parens++;
    else if (isSpaceCode(c)) spaces++;
    else {
      other++;
      if (c === 38) shape |= GAP_AMP;
    }
  }
  if (isSingleSpace(text, from, to)) shape |= GAP_SPACE;
  if (other === 0) {
    if (commas === 1 && parens === 0) shape |= GAP_COMMA;
    if (parens === 1 && commas === 0) shape |= GAP_PAREN;
    if (parens === 0 && spaces >= 1 && (commas === 0 || (commas === 1 && text.charCodeAt(from) === 44))) shape |= GAP_COMMA_SPACES;
  }
  return shape;
}

function ADVERB_THEN_VERB(T: Token[], at: number): boolean {
  const a = T[at];
  const b = T[at + 1];
  return !!a && !!b && /^(?:also|then|later|again|has|had|was|who)$/.test(a.lower) && (b.lex & LEX_SPEECH_VERB) !== 0;
}

/** The registry of people, built once from every candidate in the document. */
export class PeopleRegistry {
  readonly people: Person[] = [];
  private byKey = new Map<string, number>();
  /** Name word → people having it (surname or given name), for O(1) look-ups. */
  private byWord = new Map<string, number[]>();

  /** keyOf per word list: candidates share pooled lists, so each key is built once. */
  private readonly keys = new Map<string[], string>();

  private keyOf(tokens: string[]): string {
    let key = this.keys.get(tokens);
    if (key === undefined) {
      key = keyOf(tokens);
      this.keys.set(tokens, key);
    }
    return key;
  }

  private indexWords(i: number): void {
    for (const w of new Set(this.people[i]!.tokens)) {
      const list = this.byWord.get(w);
      if (list) list.push(i);
      else this.byWord.set(w, [i]);
    }
  }

  /**
   * Registers full names first so titles and surnames can attach to them.
   * `wordsInLowerCase`: the document's words written in lower case somewhere.
   */
  build(candidates: NameCandidate[], wordsInLowerCase: ReadonlySet<string> = new Set()): void {
    // Evidence is pooled per name; a bare surname used elsewhere also counts.
    const singles = new Set<string>();
    for (const c of candidates) if (c.kind !== 'full') singles.add(c.keyTokens[c.keyTokens.length - 1] ?? '');
    const fulls = candidates.filter((c) => c.kind === 'full');
    // Evidence pooled per distinct name (a name can recur thousands of times).
    const byKey = new Map<string, { tokens: string[]; evidence: number; least: number }>();
    for (const c of fulls) {
      const key = this.keyOf(c.keyTokens);
      const e = byKey.get(key);
      if (!e) byKey.set(key, { tokens: c.keyTokens, evidence: c.evidence, least: c.evidence });
      else {
        e.evidence = Math.max(e.evidence, c.evidence);
        e.least = Math.min(e.least, c.evidence);
      }
    }
    const bySurname = new Map<string, Array<{ tokens: string[]; evidence: number; least: number }>>();
    for (const e of byKey.values()) {
      const sn = e.tokens[e.tokens.length - 1]!;
      const list = bySurname.get(sn);
      if (list) list.push(e);
      else bySurname.set(sn, [e]);
    }
    for (const [key, e] of byKey) {
      const surname = e.tokens[e.tokens.length - 1]!;
      let total = e.evidence + (singles.has(surname) ? 2 : 0);
      // "Ortega Ruiz said" is evidence for "Ana Ortega Ruiz".
      for (const other of bySurname.get(surname) ?? []) {
        if (other.tokens.length < e.tokens.length && e.tokens.slice(-other.tokens.length).join(' ') === other.tokens.join(' ')) {
          total = Math.max(total, e.evidence + 2 + Math.max(0, other.evidence));
        }
      }
      // A name with no context for or against it anywhere ("beat Jo Bloggs 6-2") is a
      // person unless the text writes one of its words in lower case too: then
      // it is a capitalised noun phrase ("Air Control Squadron", "Space Shuttle").
      // "Warhol Polaroid": a run opening with another person's surname is that person's thing.
      const opensWithSurname = e.tokens.length >= 2 && (bySurname.get(e.tokens[0]!) ?? []).some((o) => o.tokens.length >= 2);
      const clean = e.least >= 0 && !opensWithSurname && e.tokens.every((w) => w.length < 2 || (!wordsInLowerCase.has(w) && !isRoleWord(w)));
      // Evidence of its own (a title, a speech verb, an appositive) makes a
      // person; evidence only from elsewhere (a bare word used alone) or none
      // needs the name to look like one: "Space Shuttle Atlantis" and "Atlantis" are no person.
      if (e.evidence >= 1 ? total >= 1 : total >= 0 && clean) this.accepted.add(key);
    }
    // Longest names first, so "García Márquez" attaches to the full name.
    const ordered = [...fulls].sort((a, b) => b.keyTokens.length - a.keyTokens.length || a.offset - b.offset);
    for (const c of ordered) {
      const key = this.keyOf(c.keyTokens);
      if (!this.accepted.has(key)) continue;
      if (!this.byKey.has(key) && this.suffixOf(c.keyTokens) !== null) continue;
      this.addFull(c);
    }
    for (const c of candidates) if (c.kind === 'titled') this.addTitled(c);
  }

  private accepted = new Set<string>();

  /** misspeltSurname answers, per word (a text repeats its unknown words). */
  private readonly misspelt = new Map<string, number | null>();

  /**
   * A surname written with a typo ("Bauchtman" for "Buchtmann", "Water" for
   * "Waters"): the one person whose surname is one edit away (two for long
   * names), same first letter. Two such people: nobody.
   */
  private misspeltSurname(word: string): number | null {
    if (word.length < 5) return null;
    let v = this.misspelt.get(word);
    if (v !== undefined) return v;
    v = null;
    const limit = word.length >= 7 ? 2 : 1;
    for (let i = 0; i < this.people.length; i++) {
      const p = this.people[i]!;
      if (p.tokens.length < 2 || p.surname.charCodeAt(0) !== word.charCodeAt(0) || editDistance(word, p.surname, limit) > limit) continue;
      if (v !== null && this.people[v]!.key !== p.key) {
        v = null;
        break;
      }
      v = i;
    }
    this.misspelt.set(word, v);
    return v;
  }

  /** A known person whose name ends with these words (and is longer). */
  private suffixOf(tokens: string[]): number | null {
    const last = tokens[tokens.length - 1]!;
    for (const i of this.byWord.get(last) ?? []) {
      const p = this.people[i]!;
      if (p.tokens.length <= tokens.length) continue;
      const tail = p.tokens.slice(p.tokens.length - tokens.length);
      if (tail.every((w, j) => w === tokens[j])) return i;
    }
    return null;
  }

  private addFull(c: NameCandidate): void {
    const toks = c.keyTokens;
    const key = this.keyOf(toks);
    let idx = this.byKey.get(key);
    if (idx === undefined) {
      idx = this.people.length;
      this.people.push({
        name: c.name,
        role: c.role,
        aliases: [],
        tokens: toks,
        surname: toks[toks.length - 1]!,
        gender: c.gender,
        firstOffset: c.offset,
        key,
      });
      this.byKey.set(key, idx);
      this.indexWords(idx);
    }
    const p = this.people[idx]!;
    p.role ??= c.role;
    p.gender ??= c.gender;
    p.firstOffset = Math.min(p.firstOffset, c.offset);
  }

  private addTitled(c: NameCandidate): void {
    const surname = c.keyTokens[c.keyTokens.length - 1] ?? normaliseName(c.name);
    if (this.matchSurname(surname, null) !== null) return;
    const key = `~${surname}`;
    if (this.byKey.has(key)) return;
    this.byKey.set(key, this.people.length);
    this.people.push({ name: c.name, role: c.role, aliases: [], tokens: [surname], surname, gender: c.gender, firstOffset: c.offset, key });
    this.indexWords(this.people.length - 1);
  }

  /** Index of the person a full or titled candidate denotes. */
  resolveCandidate(c: NameCandidate, recency: Map<number, number>): number | null {
    if (c.kind === 'full') {
      const idx = this.byKey.get(this.keyOf(c.keyTokens));
      return idx ?? this.suffixOf(c.keyTokens);
    }
    return this.matchSurname(c.keyTokens[c.keyTokens.length - 1] ?? normaliseName(c.name), recency);
  }

  /**
   * A single word resolves to the person whose surname it is (or, failing
   * that, whose given name it is); ties go to the most recently mentioned.
   */
  matchSurname(word: string, recency: Map<number, number> | null): number | null {
    let best: number | null = null;
    let bestScore = -Infinity;
    const exact = this.byWord.get(word);
    if (exact === undefined) return this.misspeltSurname(word);
    for (const i of exact) {
      const p = this.people[i]!;
      let score: number;
      if (p.surname === word) score = 2;
      else if (p.tokens.length > 1 && p.tokens.includes(word)) score = 1;
      else continue;
      const r = recency?.get(i) ?? -1;
      const total = score * 1e12 + r;
      if (total > bestScore) {
        bestScore = total;
        best = i;
      }
    }
    return best;
  }
}

/**
 * Levenshtein distance of a and b, or `limit + 1` once it is sure to exceed
 * `limit` (rows of the table stop early).
 */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let least = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1));
      row.push(v);
      least = Math.min(least, v);
    }
    if (least > limit) return limit + 1;
    prev = row;
  }
  return prev[b.length]!;
}

const keyOf = (tokens: string[]): string => `${tokens[0]} ${tokens[tokens.length - 1]}`;

export function addAlias(p: Person, alias: string): void {
  const a = collapseSpaces(alias);
  if (a !== '' && !p.aliases.includes(a)) p.aliases.push(a);
}
