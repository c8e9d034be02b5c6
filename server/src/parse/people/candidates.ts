import { CandidatePool } from './candidate-pool';
import { bareAppositiveRole, evidenceFor, predicateRole, roleHasHead, shareListRole } from './context';
import { normaliseName } from './names';
import type { NameCandidate } from './types';
import { FEMALE_WORDS, MALE_WORDS, NAME_SUFFIXES, isArabicArticleName, isCommaThenBlanks, isGradeWord, isInitial, isNameTokenAt, isRoleToken, isShouting, isTitleAbbreviation, looksOccupational } from './words';
import { LEX_COMMON_WORD, LEX_HONORIFIC, LEX_NAME_PARTICLE, LEX_NATIONALITY, LEX_ORG_CUE, LEX_PLACE, LEX_PLACE_FIRST_WORD, LEX_RANK_MODIFIER, LEX_ROLE_HEAD, LEX_ROLE_MODIFIER, LEX_ROLE_WORD, LEX_STOPWORD, LEX_WEAK_PLACE } from '../lexicon';
import type { ParagraphModel, Token } from '../model';
import { collapseSpaces, isSingleSpace } from '../text';

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
