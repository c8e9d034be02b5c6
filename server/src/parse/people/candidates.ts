import { CandidatePool } from './candidate-pool';
import { decomposeRun } from './decompose-run';
import { affiliationAfter, shareListRole } from './context';
import type { NameCandidate } from './types';
import { isCommaThenBlanks, isGradeWord, isInitial, isRoleToken, isShouting, isTitleAbbreviation } from './words';
import { LEX_NAME_PARTICLE } from '../lexicon';
import type { ParagraphModel, Token } from '../paragraph-model';
import { isArabicArticleName, isSingleSpace } from '../text';

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
  if (isShouting(par.text)) return out;
  let k = 0;
  while (k < T.length) {
    const t = T[k]!;
    if (!t.cap || (t.quote >= 0 && isTitleQuote(t.quote))) {
      k++;
      continue;
    }
    const runLength = extendRun(par, k);
    k = RUN_END.last + 1;
    const cand = decomposeRun(par, RUN, runLength, RUN_END.nickname, RUN_END.nicknameQuote, pool);
    if (cand) {
      shareListRole(par, out, cand, pool);
      // "Jo Bloggs of the Harbour Party": failing an office of her own or her list's, the organisation she belongs to.
      if (cand.role === null) addAffiliation(par, cand, pool);
      out.push(cand);
    }
  }
  return out;
}

function addAffiliation(par: ParagraphModel, cand: NameCandidate, pool: CandidatePool): void {
  const affiliation = affiliationAfter(par, cand.tokEnd - 1);
  if (affiliation === null) return;
  cand.role = pool.str(affiliation);
  // A role found next to the name is evidence of a person, as in decomposeRun.
  if (cand.titledForm === null) cand.evidence += 1;
}

/** Suffixes written after a comma ("Jo Bloggs, Jr."). */
const COMMA_SUFFIXES = new Set(['jr', 'sr']);

/** "Jr.", "Sr.", or a generational numeral in capitals ("Jo Bloggs, III"); a lower-case "ii" is something else. */
const isCommaSuffix = (t: Token): boolean => COMMA_SUFFIXES.has(t.lower) || /^(?:II|III|IV)$/.test(t.text);

/** The run being extended: RUN[0, runLength), reused from run to run (findNameCandidates never nests). */
const RUN: number[] = [];
const RUN_END: { last: number; nickname: string | null; nicknameQuote: number | null } = { last: 0, nickname: null, nicknameQuote: null };

/**
 * Extends the run starting at token k over the name's parts: RUN[0, length)
 * are its tokens (the length is returned), RUN_END says where it ends and
 * which nickname it skipped over.
 */
function extendRun(par: ParagraphModel, k: number): number {
  const T = par.tokens;
  const text = par.text;
  const base = par.start;
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
    // "Col.Jo Bloggs": a title's dot with the space left out still joins it to the name.
    if (sameContext && (space || dotted || (dot && (isInitial(a, text, base) || (isTitleAbbreviation(a) && b.cap))))) {
      // "Sgt. 1st Class Jo Bloggs", "Chief Warrant Officer 2 Jo Bloggs": a grade inside a rank.
      if (!b.cap && isRoleToken(a) && isGradeWord(b.text) && j + 2 < T.length && T[j + 2]!.cap && T[j + 2]!.quote === a.quote && isSpaceOrDotSpace(text, b.e - base, T[j + 2]!.s - base)) {
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
      const p = particlesThenName(par, j);
      if (p >= 0) {
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
    const r1 = nicknameThenName(par, a, b);
    if (r1 >= 0) {
      nickname = text.slice(b.s - base, T[r1 - 1]!.e - base);
      nicknameQuote = b.quote;
      RUN[runLength++] = r1;
      j = r1;
      continue;
    }
    break;
  }
  // "Jo Bloggs, Jr.": a generational suffix set off by a comma still ends the name.
  if (runLength >= 2 && j + 1 < T.length && isCommaSuffix(T[j + 1]!) && T[j + 1]!.quote === T[j]!.quote && isCommaThenBlanks(text, T[j]!.e - base, T[j + 1]!.s - base) && !T[j]!.possessive) {
    RUN[runLength++] = j + 1;
    j++;
  }
  RUN_END.last = j;
  RUN_END.nickname = nickname;
  RUN_END.nicknameQuote = nicknameQuote;
  return runLength;
}

/** A single space, or a dot and a space ("Lt. j.g. Jo Bloggs"), between two words. */
function isSpaceOrDotSpace(text: string, from: number, to: number): boolean {
  return isSingleSpace(text, from, to) || (to - from === 2 && text.charCodeAt(from) === 46 && text.charCodeAt(from + 1) === 32);
}

/** "van der Meer", "de la Cruz": the index of the capitalised word after up to three lower-case particles following T[j], or -1. */
function particlesThenName(par: ParagraphModel, j: number): number {
  const T = par.tokens;
  const text = par.text;
  const base = par.start;
  const quote = T[j]!.quote;
  let p = j + 1;
  while (p < T.length && p - j <= 3 && (T[p]!.lex & LEX_NAME_PARTICLE) !== 0 && !T[p]!.cap && T[p]!.quote === quote) {
    if (!(p + 1 < T.length && isSingleSpace(text, T[p]!.e - base, T[p + 1]!.s - base))) break;
    p++;
  }
  return p > j + 1 && p < T.length && T[p]!.cap && T[p]!.quote === quote ? p : -1;
}

/** A nickname in quotes between two name parts (a, then the quote opening at b): the index of the name part after it, or -1. */
function nicknameThenName(par: ParagraphModel, a: Token, b: Token): number {
  const T = par.tokens;
  const text = par.text;
  const base = par.start;
  // "Jo "JB" Bloggs", and after an initial's dot "Jo B. "JB" Bloggs".
  if (!(a.quote < 0 && b.quote >= 0 && b.cap && /^\.?\s+["\u201C\u2018]$/.test(text.slice(a.e - base, b.s - base)))) return -1;
  const r0 = par.quoteA[b.quote]!;
  const r1 = par.quoteB[b.quote]!;
  if (r1 - r0 > 3 || r1 >= T.length) return -1;
  const after = T[r1]!;
  const gap2 = text.slice(T[r1 - 1]!.e - base, after.s - base);
  return after.quote < 0 && after.cap && /^\.?["\u201D\u2019]\s+$/.test(gap2) ? r1 : -1;
}
