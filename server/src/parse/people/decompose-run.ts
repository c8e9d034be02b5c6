import type { CandidatePool } from './candidate-pool';
import { asOfficeRole, bareAppositiveRole, speaksForRole, evidenceFor, predicateRole, relativePostRole, roleHasHead } from './context';
import { normaliseName } from './names';
import { acronymOwnerBefore, appositiveRoleAfter, bracketRoleBefore, appositiveRoleBefore, complementRoleBefore, joinedOfficeBefore, kinRoleBefore, roleStartBefore, singularKin } from './run-roles';
import type { NameCandidate } from './types';
import { FEMALE_WORDS, MALE_WORDS, NAME_SUFFIXES, isFirstSpouse, isGivenNameCueAt, isGradeWord, isNameTokenAt, isPersonNoun, isPluralOccupation, opensSentenceAt, isRoleToken, isTitleAbbreviation, looksOccupational } from './words';
import { HOLIDAYS, INSTALLATIONS, LEX_COMMON_WORD, LEX_HONORIFIC, LEX_NAME_PARTICLE, LEX_NATIONALITY, LEX_ORG_CUE, LEX_PLACE, LEX_PLACE_FIRST_WORD, LEX_RANK_MODIFIER, LEX_ROLE_HEAD, LEX_ROLE_MODIFIER, LEX_ROLE_WORD, LEX_SPEECH_VERB, LEX_STOPWORD, LEX_WEAK_PLACE, ROLE_HEADS } from '../lexicon';
import type { ParagraphModel, Token } from '../paragraph-model';
import { collapseSpaces, isSingleSpace } from '../text';

/**
 * Scratch lists for the run being split, reused from run to run with an
 * explicit length: a run allocates only what its candidate keeps (most
 * runs keep nothing). Runs are split one at a time, never nested.
 */
const TOKS: Token[] = [];
const CORE: Token[] = [];
const KEYS: string[] = [];

/**
 * Where the parts of the run being split lie, filled stage by stage; one
 * shared instance for the same reason as the scratch lists.
 * TOKS[i] is T[run[first + i]] for i < nt; the name is TOKS[nameFrom, nt),
 * CORE[0, nc) the name without its particles.
 */
interface RunParts {
  first: number;
  ageDescriptor: boolean;
  suffixTok: Token | null;
  lastRunTok: number;
  mentionEnd: number;
  nt: number;
  nameFrom: number;
  demonymGiven: boolean;
  nc: number;
  /** The run continues an office joined by "and" (findNameStart): its words before the name are that office's. */
  officeJoined: boolean;
  /** The name is one office word after an office ("Attorney General Bishop"). */
  officeSurname: boolean;
}
const P: RunParts = { first: 0, ageDescriptor: false, suffixTok: null, lastRunTok: 0, mentionEnd: 0, nt: 0, nameFrom: 0, demonymGiven: false, nc: 0, officeJoined: false, officeSurname: false };

/**
 * "Says Jo Bloggs:", "Adds Jo Bloggs,": a speech verb opening the sentence
 * before a name is the inverted verb, not a given name. "Said" is also a given
 * name: only before a single name and a quote ("Said Bloggs, "…"") is it the verb.
 */
function openingVerb(T: readonly Token[], k: number): boolean {
  const t = T[k]!;
  if ((t.lex & LEX_SPEECH_VERB) === 0 || (k > 0 && T[k - 1]!.sent === t.sent) || k + 1 >= T.length || !T[k + 1]!.cap) return false;
  return t.lower !== 'said' || (k + 2 < T.length && T[k + 2]!.quote >= 0 && T[k + 1]!.quote < 0 && T[k + 2]!.quote !== T[k]!.quote);
}

/** Drops sentence-initial words and a generational suffix from the ends; false when nothing is left to name. */
function boundRun(T: readonly Token[], run: readonly number[], runLength: number): boolean {
  let first = 0;
  // Sentence-initial words and "Ten-year-old"-style descriptors are not names.
  P.ageDescriptor = false;
  while (first < runLength && ((T[run[first]!]!.lex & LEX_STOPWORD) !== 0 || openingVerb(T, run[first]!) || (T[run[first]!]!.text.includes('-') && /-\p{Ll}/u.test(T[run[first]!]!.text)))) {
    const w = T[run[first]!]!.text;
    if (w.includes('-') && AGE_DESCRIPTOR.test(w.toLowerCase())) P.ageDescriptor = true;
    first++;
  }
  // A generational suffix belongs to the name but is not its last word.
  let suffixAt = runLength;
  if (runLength - first >= 3 && NAME_SUFFIXES.has(T[run[runLength - 1]!]!.lower)) suffixAt = runLength - 1;
  P.first = first;
  P.suffixTok = suffixAt < runLength ? T[run[suffixAt]!]! : null;
  // Token index one past the mention (the suffix included).
  P.lastRunTok = run[suffixAt - 1]!;
  P.mentionEnd = (P.suffixTok ? run[suffixAt]! : P.lastRunTok) + 1;
  if (first >= suffixAt) return false;
  P.nt = suffixAt - first;
  for (let i = 0; i < P.nt; i++) TOKS[i] = T[run[first + i]!]!;
  return (TOKS[P.nt - 1]!.nameLex & LEX_ORG_CUE) === 0 && !ownsOrganisationName(T, P.lastRunTok);
}

/**
 * "the Ruritanian People's Army": a possessive run followed by a capitalised
 * organisation word is part of that name; "Gunner's Mate": an
 * occupation owning a capitalised office is a rating, a title.
 */
function ownsOrganisationName(T: readonly Token[], lastRunTok: number): boolean {
  const last = T[lastRunTok]!;
  const next = T[lastRunTok + 1];
  if (!last.possessive || next === undefined || !next.cap) return false;
  return (next.lex & LEX_ORG_CUE) !== 0 || ((next.lex & LEX_ROLE_HEAD) !== 0 && looksOccupational(last.baseLower));
}

/** Titles of peers, which with one word are how the person is named. */
const PEERAGE_TITLES = new Set(['lord', 'lady', 'baron', 'baroness']);

/** Words that join an office to its complement ("Ambassador to the", "Minister for"). */
const COMPLEMENT_JOINERS = new Set(['to', 'of', 'for']);

/** How many words back from its joiner an office may stand ("Registrar of the Eastern Circuit of"). */
const COMPLEMENT_REACH = 6;

/**
 * The run starting at token `runStart` follows an office and its joiner
 * ("Ambassador to the", "Secretary of", "Registrar of the Eastern Circuit of"):
 * a capitalised office noun a few capitalised words, or joiners and "the", back
 * from the joiner.
 */
function officeComplementBefore(T: readonly Token[], runStart: number): boolean {
  let k = runStart - 1;
  if (k >= 0 && T[k]!.lower === 'the') k--;
  if (k < 1 || !COMPLEMENT_JOINERS.has(T[k]!.lower) || T[k]!.quote !== T[runStart]!.quote) return false;
  for (let i = k - 1; i >= 0 && k - i <= COMPLEMENT_REACH; i--) {
    const t = T[i]!;
    if (t.sent !== T[runStart]!.sent || t.quote !== T[runStart]!.quote) return false;
    if (!t.cap && t.lower !== 'the' && !COMPLEMENT_JOINERS.has(t.lower)) return false;
    if (t.cap && (t.lex & LEX_ROLE_HEAD) !== 0) return true;
  }
  return false;
}

/** Finds where the name starts in TOKS and fills CORE; false when the run names no one. */
function findNameStart(T: readonly Token[], run: readonly number[]): boolean {
  const toks = TOKS;
  const nt = P.nt;
  const first = P.first;
  const lastLex = toks[nt - 1]!.nameLex;
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
  // "Paratroopers Jo Bloggs and …": a plural occupation opening the sentence is a title, not a given name;
  // so is an -ist or -ian noun before a full name ("Scientologist Jo Bloggs"), anywhere.
  if (nameFrom === 0 && nt >= 3 && ((opensSentenceAt(T, run[first]!) && isPluralOccupation(toks[0]!.lower)) || isPersonNoun(toks[0]!.lower))) nameFrom = 1;
  // "Sgt. Israel Ortega": a demonym right after a title, before a surname, is a given name.
  P.demonymGiven = nameFrom >= 2 && nameFrom < nt && (toks[nameFrom - 1]!.lex & LEX_ROLE_WORD) === LEX_NATIONALITY && ((toks[nameFrom - 2]!.lex & LEX_ROLE_HEAD) !== 0 || isTitleAbbreviation(toks[nameFrom - 2]!));
  if (P.demonymGiven) nameFrom--;
  // "Governor of Washington Jo Bloggs": a place opening the run after "of" or "in" is not part of the name.
  if (nameFrom === 0 && nt >= 3 && (toks[0]!.nameLex & (LEX_PLACE | LEX_WEAK_PLACE)) !== 0 && run[first]! > 0 && /^(?:of|in|from)$/.test(T[run[first]! - 1]!.lower)) nameFrom = 1;
  while (nameFrom < nt && (toks[nameFrom]!.lex & LEX_NAME_PARTICLE) !== 0) nameFrom++;
  // "Administrator for Enforcement and Compliance Assurance Jo Bloggs": a long
  // run after "and" that joins two capitalised phrases goes on naming the office.
  P.officeJoined = nt - nameFrom >= 4 && run[first]! >= 2 && T[run[first]! - 1]!.lower === 'and' && T[run[first]! - 2]!.cap;
  // "Minister for Harbour Affairs Jo Bloggs": a run after an office's "to", "of" or "for" opens with the office's complement.
  if (!P.officeJoined && nt >= 3 && officeComplementBefore(T, run[first]!)) P.officeJoined = true;
  // The name is the run's last words, unless a rank or title word already marks where it starts ("… of Staff Gen. T. Jo Bloggs").
  if (P.officeJoined && !(nameFrom > 0 && nameFrom < nt && isRoleToken(toks[nameFrom - 1]!))) nameFrom = nt - 2 - (nt >= 3 && toks[nt - 2]!.text.length === 1 && nameFrom <= nt - 3 ? 1 : 0);
  // "Attorney General Bishop": after an office, a last word that is itself an office word may be a surname;
  // the registry takes it only for someone the text names in full.
  P.officeSurname = nameFrom >= nt && nt >= 2 && toks[nt - 1]!.cap && (toks[nt - 1]!.lex & LEX_ROLE_HEAD) !== 0 && (toks[nt - 2]!.lex & LEX_ROLE_HEAD) !== 0 && !toks[nt - 1]!.possessive;
  if (P.officeSurname) nameFrom = nt - 1;
  // "Lord Harrow", "Lady Vale": a peer's title before a single word is part of the name ("First Lady" is an office).
  if (nameFrom === nt - 1 && nameFrom >= 1 && PEERAGE_TITLES.has(toks[nameFrom - 1]!.lower) && !(nameFrom >= 2 && toks[nameFrom - 2]!.lower === 'first')) nameFrom--;
  P.nameFrom = nameFrom;
  if (nameFrom >= nt) return false;
  let nc = 0;
  for (let i = nameFrom; i < nt; i++) if ((toks[i]!.lex & LEX_NAME_PARTICLE) === 0) CORE[nc++] = toks[i]!;
  P.nc = nc;
  return nc <= 4;
}

/**
 * How many of the run's tokens before the name are its role: every one must
 * really be a role word; anything else (an organisation name, a
 * sentence-initial word) means this is not "Title Name". Capitalised words do
 * qualify a title that ends in a role word ("Air Force Gen.", "County
 * Sheriff"), and grades sit inside ranks ("Sgt. 1st Class").
 */
function roleCountInRun(): number {
  const toks = TOKS;
  const nameFrom = P.nameFrom;
  let titleLast = nameFrom - 1;
  if (titleLast > 0 && isGradeWord(toks[titleLast]!.text)) titleLast--;
  const titleEnds = titleLast >= 0 && isRoleToken(toks[titleLast]!);
  for (let i = 0; i < nameFrom; i++) {
    const t = toks[i]!;
    const qualifier = titleEnds && ((t.cap && (t.lex & LEX_STOPWORD) === 0) || isGradeWord(t.text));
    // e.g. a place name right before the name: keep just the name, no role.
    if (!isRoleToken(t) && !(t.possessive && t.cap) && t.lower !== 'of' && !qualifier && !(i === 0 && (isPluralOccupation(t.lower) || isPersonNoun(t.lower)))) return 0;
  }
  return nameFrom;
}

/** The run's words before the name hold an office or rank ("Chief Warrant Officer"), not only a demonym or honorific. */
function roleHeadBefore(): boolean {
  for (let i = 0; i < P.nameFrom; i++) if ((TOKS[i]!.lex & LEX_ROLE_HEAD) !== 0) return true;
  return false;
}

/**
 * Place, nationality and organisation words in the name itself, or only
 * common words, mean it names no one. After a title ("Chief Warrant Officer
 * Jo Ireland", "Chief Warrant Officer Ireland") a place word is a surname.
 */
function coreCanBeName(titled: boolean): boolean {
  const core = CORE;
  const nc = P.nc;
  // "Forward Operating Base Harrow": a name after an installation word is the installation's.
  if (P.nameFrom > 0 && INSTALLATIONS.has(TOKS[P.nameFrom - 1]!.lower)) return false;
  // "Centers for Harbour Safety": one word right after an organisation word goes on naming the organisation.
  if (nc === 1 && P.nameFrom > 0 && (TOKS[P.nameFrom - 1]!.nameLex & LEX_ORG_CUE) !== 0 && (TOKS[P.nameFrom - 1]!.lex & LEX_ROLE_WORD) === 0) return false;
  // "Christmas Eve", "Easter Sunday": a holiday opening the run names a day ("Jo Christmas" is someone).
  if (HOLIDAYS.has(core[0]!.lower)) return false;
  const firstLex = core[0]!.nameLex;
  if ((firstLex & LEX_PLACE_FIRST_WORD) !== 0 && nc > 1) return false;
  // Alone after a one-word title a place is more often a character or a title ("Captain America").
  if ((firstLex & LEX_PLACE) !== 0 && !(titled && nc === 1 && P.nameFrom >= 2)) return false;
  for (let i = 1; i < nc; i++) if ((core[i]!.nameLex & (LEX_PLACE | LEX_WEAK_PLACE)) === LEX_PLACE && !(titled && i === nc - 1)) return false;
  let allCommon = nc > 1;
  for (let i = 0; i < nc; i++) {
    // "Harbour X-ray Observatory": a capital joined to a lower-case word ("X-ray", "U-turn") is a thing's name.
    if (/^\p{Lu}-\p{Ll}/u.test(core[i]!.text)) return false;
    const lex = core[i]!.nameLex;
    if ((lex & (LEX_NATIONALITY | LEX_ORG_CUE)) !== 0 && !(P.demonymGiven && i === 0) && !isGivenNameCueAt(core, i, nc)) return false;
    if ((lex & LEX_COMMON_WORD) === 0) allCommon = false;
  }
  return !allCommon;
}

/**
 * "Protected B", "Plan B", "Vitamin D": a run ending in a single capital
 * without a dot is a grade or a variant; a name's initial has its dot ("Jo B.")
 * and stands before the surname, not after it.
 */
function endsInBareLetter(par: ParagraphModel): boolean {
  const last = CORE[P.nc - 1]!;
  return P.nc >= 2 && last.text.length === 1 && par.text.charCodeAt(last.e - par.start) !== 46;
}

interface RoleWords {
  role: string | null;
  honorific: boolean;
  hasRole: boolean;
}

/** The role written in T[from, to): honorifics set aside, kept only with an office, a demonym or an occupational noun. */
function roleWordsBetween(par: ParagraphModel, from: number, to: number, pool: CandidatePool): RoleWords {
  const T = par.tokens;
  let firstMeaningful = -1;
  let lastMeaningful = -1;
  let headOrNationality = false;
  let honorific = false;
  for (let i = from; i < to; i++) {
    const lex = T[i]!.lex;
    const office = isFirstSpouse(T, i);
    if ((lex & LEX_HONORIFIC) !== 0 && !office) {
      honorific = true;
      continue;
    }
    if (firstMeaningful < 0) firstMeaningful = i;
    lastMeaningful = i;
    if ((lex & (LEX_ROLE_HEAD | LEX_NATIONALITY)) !== 0 || office) headOrNationality = true;
  }
  const lastRoleWord = lastMeaningful >= 0 ? T[lastMeaningful]! : undefined;
  const hasRole = headOrNationality || (lastRoleWord !== undefined && (lastRoleWord.cap ? isPluralOccupation(lastRoleWord.lower) || isPersonNoun(lastRoleWord.lower) : looksOccupational(lastRoleWord.lower)));
  const role = hasRole ? pool.range(par.text, T[firstMeaningful]!.s - par.start, T[lastMeaningful]!.e - par.start) : null;
  return { role, honorific, hasRole };
}

/**
 * "Members of the Tide Guild": an office in the plural before a single word is
 * a group and its name, not a title and a surname ("Senator Okafor"). A list
 * after a plural office is shareListRole's.
 */
function pluralOffice(T: readonly Token[], from: number, to: number): boolean {
  for (let i = to - 1; i >= from; i--) {
    const l = T[i]!.lower;
    if ((T[i]!.lex & LEX_ROLE_HEAD) === 0) continue;
    return l.length > 3 && l.endsWith('s') && !ROLE_HEADS.has(l) && ROLE_HEADS.has(l.slice(0, -1));
  }
  return false;
}

/** "wife", "ex-husband": the gender a relation word gives its holder, if any. */
/** The gender a relation word ("wife", "sons") gives; `relation` has no "then-"/"ex-"/"late-" prefix. */
function genderOfKinWord(relation: string): 'm' | 'f' | null {
  const kinWord = singularKin(relation) ?? '';
  return MALE_WORDS.has(kinWord) ? 'm' : FEMALE_WORDS.has(kinWord) ? 'f' : null;
}

function genderOf(T: readonly Token[], from: number, to: number): 'm' | 'f' | null {
  let gender: 'm' | 'f' | null = null;
  for (let i = from; i < to; i++) {
    const l = T[i]!.lower;
    if (MALE_WORDS.has(l)) gender = 'm';
    else if (FEMALE_WORDS.has(l)) gender = 'f';
  }
  return gender;
}

/** The name as written, possessive removed and any nickname cut out. */
function nameAsWritten(par: ParagraphModel, nickname: string | null, nameEnd: number, pool: CandidatePool): string {
  const firstNameTok = TOKS[P.nameFrom]!;
  // A one-word name is its word without the possessive: a string the
  // vocabulary already holds (no substring, nothing to collapse).
  if (P.nameFrom === P.nt - 1 && P.suffixTok === null && nickname === null) return firstNameTok.base;
  if (nickname === null) return pool.range(par.text, firstNameTok.s - par.start, nameEnd);
  return collapseSpaces(par.text.slice(firstNameTok.s - par.start, nameEnd).replace(/\s*["\u201C][^"\u201D]*["\u201D]\s*/, ' '));
}

/** "15-year-old Jo": a lower-case age descriptor right before the name. */
function isAgeBefore(par: ParagraphModel, nameStartTok: number): boolean {
  const prev = par.tokens[nameStartTok - 1];
  if (!prev || prev.cap || !prev.lower.endsWith('-old') || prev.quote !== par.tokens[nameStartTok]!.quote || !isSingleSpace(par.text, prev.e - par.start, par.tokens[nameStartTok]!.s - par.start)) return false;
  return AGE_DESCRIPTOR.test(prev.lower);
}

/**
 * The one-word name ending at token k stands alone: punctuation or a speech
 * verb follows it, not a noun it would qualify ("a 36-year-old Harbourtown man").
 */
function endsNounPhrase(par: ParagraphModel, k: number): boolean {
  const next = par.tokens[k + 1];
  if (!next || !isSingleSpace(par.text, par.tokens[k]!.e - par.start, next.s - par.start)) return true;
  return (next.lex & LEX_SPEECH_VERB) !== 0;
}

/**
 * "a protester using the pseudonym Mira", "a woman who gave her name only as
 * Ann": the text says the word is what a person is called, though nothing
 * else names them.
 */
function isGivenAsName(par: ParagraphModel, nameStartTok: number): boolean {
  const T = par.tokens;
  const prev = T[nameStartTok - 1];
  if (!prev || prev.quote !== T[nameStartTok]!.quote || !isSingleSpace(par.text, prev.e - par.start, T[nameStartTok]!.s - par.start)) return false;
  if (prev.lower === 'pseudonym') return true;
  const before = T[nameStartTok - 2];
  return prev.lower === 'as' && before !== undefined && (before.lower === 'only' || before.lower === 'name') && before.quote === prev.quote;
}

/** "14-year-old", "six-month-old". */
const AGE_DESCRIPTOR = /-(?:year|month)s?-old$/;

/** Splits one capitalised run into role words and a name, or null when it names no one. */
export function decomposeRun(par: ParagraphModel, run: readonly number[], runLength: number, nickname: string | null, nicknameQuote: number | null, pool: CandidatePool): NameCandidate | null {
  const T = par.tokens;
  if (!boundRun(T, run, runLength) || !findNameStart(T, run)) return null;
  const roleCount = roleCountInRun();
  if (!coreCanBeName(roleCount > 0 && roleHeadBefore()) || endsInBareLetter(par)) return null;
  const runStartTok = run[P.first]!;
  const nameStartTok = run[P.first + P.nameFrom]!;
  const roleStartTok = roleStartBefore(par, TOKS, roleCount, runStartTok, nameStartTok, P.nameFrom > 0);
  const words = roleWordsBetween(par, roleStartTok, nameStartTok, pool);
  let role = words.role;
  const text = par.text;
  const base = par.start;
  let appositiveBefore = false;
  let kinGender: 'm' | 'f' | null = null;
  let kinList = false;
  if (role === null && roleStartTok === nameStartTok && nameStartTok > 0) {
    role = appositiveRoleBefore(par, nameStartTok);
    // "The secretary general of the league, Jo Bloggs,": the office with its complement.
    if (role === null) role = complementRoleBefore(par, nameStartTok);
    // "his wife Ann Lee", "their child, Ann": a relative.
    if (role === null) {
      role = kinRoleBefore(par, nameStartTok);
      // "his wife Ann Lee": the relation says which pronoun is hers; a relation without a gender ("their child") says nothing.
      if (role !== null) {
        const relation = T[nameStartTok - 1]!.lower.replace(/^(?:then|ex|late)-/, '');
        kinGender = genderOfKinWord(relation);
        // "their two sons Tom and Rory": a plural relation, so the names listed next are relatives too.
        kinList = singularKin(relation) !== relation;
      }
    }
    appositiveBefore = role !== null;
  }
  // "Administrator for Enforcement and Compliance Assurance Jo Bloggs": the whole office.
  if (role === null && P.officeJoined) role = joinedOfficeBefore(par, runStartTok, nameStartTok);
  // What follows the name follows its suffix, if it has one ("Jo Bloggs Jr., the mayor").
  const nameLastTok = P.mentionEnd - 1;
  // Apposition after the name: "Jane Doe, the city's mayor, said".
  if (role === null) role = appositiveRoleAfter(par, nameLastTok);
  // Apposition without an article: "Jo Bloggs, director of the gallery,", "Jo Bloggs, Panama coach,".
  if (role === null) role = bareAppositiveRole(par, nameLastTok);
  // Predicate: "Jo Bloggs is a money manager at Harbour Funds."
  if (role === null) role = predicateRole(par, nameLastTok);
  // "Jo Bloggs, who leads the survey team at Harbour Labs,": the post a relative clause names.
  if (role === null) role = relativePostRole(par, nameLastTok);
  // "Jo Bloggs was forced to resign as Foreign Affairs minister".
  if (role === null) role = asOfficeRole(par, nameLastTok);
  // "Jo Bloggs for Harbour Water, says": the organisation she speaks for.
  if (role === null) role = speaksForRole(par, nameLastTok);
  // "[former CEO] Jo Bloggs": an editor's note inside a quote.
  if (role === null && roleStartTok === nameStartTok && nameStartTok > 0) role = bracketRoleBefore(par, nameStartTok);
  // "ACME's Jo Bloggs": failing an office, her organisation.
  if (role === null && roleStartTok === nameStartTok && nameStartTok > 0) role = acronymOwnerBefore(par, nameStartTok);
  // A demonym alone titles no name ("Danish Pastry", "Welsh Rugby Union"): an office or an honorific does.
  const titled = nameStartTok > roleStartTok && (words.honorific || (words.hasRole && roleHasHead(T, roleStartTok, nameStartTok))) && !(P.nc === 1 && pluralOffice(T, roleStartTok, nameStartTok));

  const suffixTok = P.suffixTok;
  const lastTok = suffixTok ?? TOKS[P.nt - 1]!;
  let nameEnd = (lastTok.possessive ? lastTok.s + lastTok.base.length : lastTok.e) - base;
  if ((suffixTok || NAME_SUFFIXES.has(lastTok.lower)) && text.charAt(nameEnd) === '.') nameEnd++;
  const name = nameAsWritten(par, nickname, nameEnd, pool);
  const nc = P.nc;
  for (let i = 0; i < nc; i++) KEYS[i] = normaliseName(CORE[i]!.possessive ? CORE[i]!.base : CORE[i]!.text);
  // A relative introduced by a gendered relation ("their daughter, Ann") is someone even by a given
  // name alone; without a gender she could not be told apart from the others by the pronouns.
  // "Fourteen-year-old Ida, …, said", "a 15-year-old Rory": an age says a given name alone is someone.
  const aged = (P.ageDescriptor || (roleStartTok === nameStartTok && isAgeBefore(par, nameStartTok))) && (P.nc > 1 || endsNounPhrase(par, P.mentionEnd - 1));
  const kind: NameCandidate['kind'] = nc >= 2 ? 'full' : titled || kinGender !== null || aged || isGivenAsName(par, nameStartTok) ? 'titled' : 'single';
  const titledForm = titled ? pool.range(text, T[roleStartTok]!.s - base, nameEnd) : null;
  const mentionStart = Math.min(roleStartTok, nameStartTok);
  return {
    paragraph: par.index,
    tokStart: mentionStart,
    tokEnd: P.mentionEnd,
    nameStart: nameStartTok,
    kind,
    name: pool.str(name),
    role: pool.str(role),
    // pool.range results are pooled already.
    titledForm,
    gender: kinGender ?? genderOf(T, roleStartTok, nameStartTok),
    offset: TOKS[P.nameFrom]!.s,
    nickname: pool.str(nickname),
    nicknameQuote,
    evidence:
      // A name after an office and its complement ("Marshal of the District of Harbour Jo Bloggs") is titled by that office.
      evidenceFor(par, mentionStart, P.mentionEnd, titled || (P.officeJoined && role !== null)) +
      (aged ? 2 : 0) +
      (nickname !== null ? 2 : 0) +
      (appositiveBefore ? 2 : 0) +
      (role !== null && !titled ? 1 : 0),
    keyTokens: pool.list(KEYS, nc),
    knownOnly: P.officeSurname,
    listRole: kinList,
  };
}
