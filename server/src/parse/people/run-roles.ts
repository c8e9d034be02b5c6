import { KIN_NOUNS, lexiconBits } from '../lexicon';
import { isCommaThenBlanks, isFirstSpouse, opensSentenceAt, isGradeWord, isRoleToken, isTitleAbbreviation, looksOccupational, nameEndAt, phraseContinues } from './words';
import { LEX_NATIONALITY, LEX_PREPOSITION, LEX_RANK_MODIFIER, LEX_ROLE_HEAD, LEX_ROLE_MODIFIER, LEX_STOPWORD } from '../lexicon';
import type { ParagraphModel, Token } from '../paragraph-model';
import { collapseSpaces, isSingleSpace } from '../text';

/**
 * Where the role before a name starts: the run's own role words
 * (toks[0, roleCount)), extended by role words written in lower case just
 * before the run ("spokesman John Kirby") when they hold a real role head.
 * `runHasRoleSide`: the run has words before its name.
 */
export function roleStartBefore(par: ParagraphModel, toks: readonly Token[], roleCount: number, runStartTok: number, nameStartTok: number, runHasRoleSide: boolean): number {
  const T = par.tokens;
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
    // "Health & Human Services Secretary": an ampersand between capitalised words of the office, whose head
    // is already behind it ("co-owner of H & V Farms Jo Bloggs" names a firm after the "&", not an office).
    const ampersand = sawHead && gapTo - gapFrom === 3 && text.charCodeAt(gapFrom + 1) === 38 && text.charCodeAt(gapFrom) === 32 && text.charCodeAt(gapFrom + 2) === 32 && t.cap && T[lookback + 1]!.cap;
    if ((!isSingleSpace(text, gapFrom, gapTo) && !abbreviated && !ampersand) || t.quote !== T[roleStartTok]!.quote) break;
    const l = t.lower;
    const lex = t.lex;
    // "Secretary of the Army Jo Bloggs": the office's "of the", when words precede the name in its run.
    // "… of Washington", "Commissioner for Refugees": a bare name right after "of" or "for" is the object of what precedes, not titled by it.
    if (steps === 0 && (l === 'of' || l === 'for') && roleCount === 0) break;
    const ofThe = runHasRoleSide && l === 'the' && lookback > 1 && T[lookback - 1]!.lower === 'of' && (T[lookback - 2]!.lex & LEX_ROLE_HEAD) !== 0;
    const occupational = steps === 0 && !t.cap && looksOccupational(l);
    const grade = isGradeWord(t.text) && isRoleToken(T[lookback + 1]!);
    // "of" only right after an office ("Secretary of State"), never after a name ("Jo Bloggs of Harbour Town").
    const ok = occupational || grade || (lex & (LEX_ROLE_HEAD | LEX_RANK_MODIFIER | LEX_NATIONALITY)) !== 0 || ((lex & LEX_ROLE_MODIFIER) !== 0 && l !== 'the' && l !== 'and' && l !== 'of') ||
      (t.cap && (lex & LEX_STOPWORD) === 0) || ofThe || (l === 'of' && lookback > 0 && (T[lookback - 1]!.lex & LEX_ROLE_HEAD) !== 0);
    if (!ok) break;
    if ((lex & LEX_ROLE_HEAD) !== 0 || occupational) sawHead = true;
    roleStartTok = lookback;
    lookback--;
    steps++;
  }
  if (!sawHead && roleStartTok < runStartTok) roleStartTok = roleCount > 0 ? runStartTok : nameStartTok;
  // Leading capitalised words that are not part of a role are sentence starts.
  while (roleStartTok < nameStartTok && (T[roleStartTok]!.lex & LEX_STOPWORD) !== 0) roleStartTok++;
  return roleStartTok;
}

/** "Her lawyer, Jo Bloggs," / "The club's treasurer, Jo Bloggs": a role in apposition before the name. */
export function appositiveRoleBefore(par: ParagraphModel, nameStartTok: number): string | null {
  const T = par.tokens;
  const text = par.text;
  const base = par.start;
  const prev = T[nameStartTok - 1]!;
  if (!isCommaThenBlanks(text, prev.e - base, T[nameStartTok]!.s - base) || prev.quote !== T[nameStartTok]!.quote) return null;
  if (prev.cap) return capitalisedOfficeBefore(par, nameStartTok);
  // "the mayor's deputy, Jo Bloggs": a rank word owned by someone is an office of its own.
  const ownedRank = (prev.lex & LEX_RANK_MODIFIER) !== 0 && nameStartTok >= 2 && T[nameStartTok - 2]!.possessive;
  if ((prev.lex & LEX_ROLE_HEAD) === 0 && !looksOccupational(prev.lower) && !ownedRank) return null;
  let from = nameStartTok - 1;
  while (from - 1 >= 0 && nameStartTok - from < 5) {
    const t = T[from - 1]!;
    if (!isSingleSpace(text, t.e - base, T[from]!.s - base) || t.cap || (t.lex & LEX_STOPWORD) !== 0 || t.possessive) break;
    from--;
  }
  return collapseSpaces(text.slice(T[from]!.s - base, prev.e - base));
}

const isLowerRoleWord = (t: Token): boolean => !t.cap && ((t.lex & LEX_ROLE_HEAD) !== 0 || looksOccupational(t.lower));

/** Capitalised words back from an office to its article: "the Defense Secretary, Jo Bloggs". */
const CAPITALISED_OFFICE_WORDS = 4;

/**
 * "The Defense Secretary, Jo Bloggs," / "Ruritania's Prime Minister, Jo
 * Bloggs," / "A Harbour Party Councilwoman, Jo Bloggs,": a capitalised office
 * before the comma is a role only when an article or an owner opens it, so
 * that a place or an organisation listed before a name ("Paris, Jo Bloggs")
 * is not one.
 */
/** Articles that open a capitalised office in apposition. */
const OFFICE_ARTICLES = new Set(['the', 'a', 'an']);

function capitalisedOfficeBefore(par: ParagraphModel, nameStartTok: number): string | null {
  const T = par.tokens;
  const base = par.start;
  const prev = T[nameStartTok - 1]!;
  if (((prev.lex & LEX_ROLE_HEAD) === 0 && !isFirstSpouse(T, nameStartTok - 1)) || prev.possessive) return null;
  let from = nameStartTok - 1;
  while (from - 1 >= 0 && nameStartTok - from <= CAPITALISED_OFFICE_WORDS) {
    const t = T[from - 1]!;
    if (!phraseContinues(par.text, base, t, T[from]!)) return null;
    if (OFFICE_ARTICLES.has(t.lower) || (t.possessive && t.cap)) return collapseSpaces(par.text.slice(T[from]!.s - base, prev.e - base));
    if (!t.cap || ((t.lex & LEX_STOPWORD) !== 0 && (t.lex & LEX_RANK_MODIFIER) === 0)) return null;
    from--;
  }
  return null;
}

/** ", 42," right after the name: an age set off by commas. */
function isAgeAfter(par: ParagraphModel, lastRunTok: number): boolean {
  const T = par.tokens;
  const age = T[lastRunTok + 1];
  const next = T[lastRunTok + 2];
  if (!age || !next || age.quote >= 0 || !/^\d{1,3}$/.test(age.text)) return false;
  return isCommaThenBlanks(par.text, nameEndAt(par, lastRunTok), age.s - par.start) && isCommaThenBlanks(par.text, age.e - par.start, next.s - par.start);
}

/** Adverbs of time that may open an appositive before its article ("formerly the director"). */
const TIME_ADVERBS = new Set(['formerly', 'currently', 'now', 'previously', 'once', 'also']);
const PAST_ADVERBS = new Set(['formerly', 'previously', 'once']);

/** Apposition with an article after the name: "Jane Doe, the city's mayor, said". */
export function appositiveRoleAfter(par: ParagraphModel, lastRunTok: number): string | null {
  const T = par.tokens;
  const text = par.text;
  const base = par.start;
  // "Jo Bloggs, 51, a retired ferry pilot": the appositive after the age.
  const at = isAgeAfter(par, lastRunTok) ? lastRunTok + 1 : lastRunTok;
  let after = T[at + 1];
  if (!after || !isCommaThenBlanks(text, at === lastRunTok ? nameEndAt(par, at) : T[at]!.e - base, after.s - base)) return null;
  // "Jo Bloggs, formerly the director of …,": an adverb of time may come before the article.
  let opener = at + 1;
  let past = false;
  if (TIME_ADVERBS.has(after.lower) && T[opener + 1] !== undefined && isSingleSpace(text, after.e - base, T[opener + 1]!.s - base)) {
    past = PAST_ADVERBS.has(after.lower);
    after = T[++opener]!;
  }
  if (!/^(?:a|an|the|another)$/.test(after.lower) || after.quote >= 0) return null;
  const role = appositiveHead(par, after, opener + 1);
  // "formerly the director": what the person was, not is.
  return role !== null && past ? `former ${role}` : role;
}

/** The role an appositive opening with `after` (an article, token k2 - 1) names, from token k2 on. */
function appositiveHead(par: ParagraphModel, after: Token, k2: number): string | null {
  const T = par.tokens;
  const text = par.text;
  const base = par.start;
  const words: Token[] = [];
  while (k2 < T.length && words.length < 8) {
    const t = T[k2]!;
    if (!phraseContinues(text, base, T[k2 - 1]!, t) || t.quote >= 0) break;
    words.push(t);
    k2++;
  }
  // "Rory Bloggs, the son of Jo Bloggs,": a relation and whose it is.
  const relation = relationOf(par, words, k2);
  if (relation !== null) return relation;
  let headAt = words.findIndex(isLowerRoleWord);
  // "the Chair of the Board of Governors,": a capitalised office with its complement.
  const office = headAt < 0 ? capitalisedOfficeOf(par, words, k2) : null;
  if (office !== null) return office;
  // "an Ottawa New Democrat MP,": a capitalised office closing the appositive.
  const lastWord = words[words.length - 1];
  if (headAt < 0 && lastWord && lastWord.cap && (lastWord.lex & LEX_ROLE_HEAD) !== 0 && T[k2] !== undefined && text.charCodeAt(lastWord.e - base) === 44) headAt = words.length - 1;
  if (headAt < 0) return shortDescription(par, after, words, k2);
  // The head is the last noun of its phrase: "an independent expert", "a staff sergeant major".
  while (headAt + 1 < words.length && isLowerRoleWord(words[headAt + 1]!)) headAt++;
  let from = headAt;
  while (from > 0 && !words[from - 1]!.possessive && (words[from - 1]!.lex & LEX_STOPWORD) === 0) from--;
  return collapseSpaces(text.slice(words[from]!.s - base, words[headAt]!.e - base));
}

/**
 * "the son of Jo Bloggs,", "the widow of the late mayor,": an appositive of
 * a relation and "of", closed by a comma or the sentence's end, is the
 * relation with whose it is.
 */
function relationOf(par: ParagraphModel, words: readonly Token[], next: number): string | null {
  if (words.length < 3 || words[0]!.cap || words[1]!.lower !== 'of' || singularKin(words[0]!.lower) === null) return null;
  const last = words[words.length - 1]!;
  const closer = par.tokens[next] === undefined ? 46 : par.text.charCodeAt(last.e - par.start);
  if (closer !== 44 && closer !== 46) return null;
  return collapseSpaces(par.text.slice(words[0]!.s - par.start, last.e - par.start));
}

/** Words that may join a capitalised office to its complement ("Secretary of State", "Minister for the Arts"). */
const CAPITALISED_COMPLEMENT_JOINERS = new Set(['of', 'for', 'the', 'and']);

/**
 * "Jo Bloggs, the Secretary of State, said": a capitalised office heading the
 * appositive, followed only by capitalised words and joiners, the whole closed
 * by a comma or the sentence's end.
 */
function capitalisedOfficeOf(par: ParagraphModel, words: readonly Token[], next: number): string | null {
  if (words.length < 3 || !words[0]!.cap || (words[0]!.lex & LEX_ROLE_HEAD) === 0 || words[1]!.lower !== 'of' && words[1]!.lower !== 'for') return null;
  const last = words[words.length - 1]!;
  const closer = par.tokens[next] === undefined ? 46 : par.text.charCodeAt(last.e - par.start);
  if ((closer !== 44 && closer !== 46) || !last.cap) return null;
  for (let i = 1; i < words.length; i++) if (!words[i]!.cap && !CAPITALISED_COMPLEMENT_JOINERS.has(words[i]!.lower)) return null;
  return collapseSpaces(par.text.slice(words[0]!.s - par.start, last.e - par.start));
}

/** Prepositions that open an office's complement ("president of", "agent in charge of", "director for"). */
const COMPLEMENT_PREPOSITIONS = new Set(['of', 'in', 'for', 'at']);

/** How far back from the comma an office with its complement may start (words in parentheses not counted). */
const COMPLEMENT_WORDS = 10;

/**
 * "The secretary general of the league, Jo Bloggs," / "the agent in charge of
 * the case, Jo Bloggs,": an office followed by its complement, set before the
 * name by a comma. The office must be introduced by "the" (or a possessive):
 * "a member of the board, Jo Bloggs" names the board, not her office, often
 * enough to stay out. A parenthesis inside the complement (an acronym's
 * expansion, "the HPU union (Harbour Pilots, Dockers and Ferry
 * Workers)") is skipped whatever it holds and left out of the role; anything
 * else than spaces between words ends it.
 */
export function complementRoleBefore(par: ParagraphModel, nameStartTok: number): string | null {
  const T = par.tokens;
  const text = par.text;
  const base = par.start;
  const name = T[nameStartTok]!;
  const last = T[nameStartTok - 1]!;
  if (last.quote !== name.quote || !/^\)?,\s+$/.test(text.slice(last.e - base, name.s - base))) return null;
  let inParens = text.charCodeAt(last.e - base) === 41;
  /** The role's last word: the last one outside parentheses. */
  let end = inParens ? -1 : nameStartTok - 1;
  let words = inParens ? 0 : 1;
  for (let i = nameStartTok - 2; i >= 0; i--) {
    const t = T[i]!;
    const next = T[i + 1]!;
    if (t.quote !== name.quote || t.sent !== last.sent) return null;
    const gap = text.slice(t.e - base, next.s - base);
    if (inParens) {
      if (/^\s+\($/.test(gap)) {
        inParens = false;
        if (end < 0) end = i;
        words++;
      } else if (gap.includes('(') || gap.includes(')')) return null;
      continue;
    }
    if (/^\)\s+$/.test(gap)) {
      inParens = true;
      continue;
    }
    if (!/^\s+$/.test(gap) || ++words > COMPLEMENT_WORDS) return null;
    // A complement holds no other preposition: "… about funding for the team" is a clause, not an office.
    if ((next.lex & LEX_PREPOSITION) !== 0 && !COMPLEMENT_PREPOSITIONS.has(next.lower)) return null;
    if (!COMPLEMENT_PREPOSITIONS.has(next.lower)) continue;
    // The office is the word before the preposition, or the one before that ("secretary general of").
    const head = isOfficeAt(T, i) || isTheOffice(T, i) || isQualifiedOfficeOpening(T, i) ? i : i > 0 && isOfficeAt(T, i - 1) && !t.cap ? i - 1 : -1;
    if (head < 0) continue;
    let from = head;
    while (from - 1 >= 0 && head - from < 3 && phraseContinues(text, base, T[from - 1]!, T[from]!) && (T[from - 1]!.lex & LEX_STOPWORD) === 0 && !T[from - 1]!.possessive) from--;
    const role = collapseSpaces(text.slice(T[from]!.s - base, T[end]!.e - base));
    // "Director of the agency, Jo Bloggs, said": an office opening the sentence needs no article.
    if (opensSentenceAt(T, from)) return role;
    const det = T[from - 1];
    if (!det || det.lower !== 'the' || !isSingleSpace(text, det.e - base, T[from]!.s - base) || !opensClause(par, from - 1)) return null;
    return role;
  }
  return null;
}

const isOffice = (t: Token): boolean => !t.cap && (t.lex & LEX_ROLE_HEAD) !== 0;

/** An office in lower case, or capitalised only because it opens the sentence. */
const isOfficeAt = (T: readonly Token[], k: number): boolean => isOffice(T[k]!) || ((T[k]!.lex & LEX_ROLE_HEAD) !== 0 && opensSentenceAt(T, k));

/** "the Archbishop of …": a capitalised office right after "the". */
const isTheOffice = (T: readonly Token[], k: number): boolean => T[k]!.cap && (T[k]!.lex & LEX_ROLE_HEAD) !== 0 && k > 0 && T[k - 1]!.lower === 'the';

/** Capitalised words a capitalised office may follow at the sentence's start ("U.S. Attorney for …"). */
const OPENING_QUALIFIERS = 2;

/** "U.S. Attorney for the District of Harbour, Jo Bloggs,": a capitalised office after only capitalised qualifiers opening the sentence. */
function isQualifiedOfficeOpening(T: readonly Token[], k: number): boolean {
  if (!T[k]!.cap || (T[k]!.lex & LEX_ROLE_HEAD) === 0) return false;
  for (let j = k - 1; j >= 0 && k - j <= OPENING_QUALIFIERS; j--) {
    const q = T[j]!;
    if (!q.cap || (q.lex & LEX_STOPWORD) !== 0 || q.possessive || q.sent !== T[k]!.sent) return false;
    if (opensSentenceAt(T, j)) return true;
  }
  return false;
}

/** T[k] starts its sentence, follows a comma or "and", or follows one sentence-initial word ("Also the …"). */
function opensClause(par: ParagraphModel, k: number): boolean {
  const T = par.tokens;
  const prev = T[k - 1];
  if (!prev || prev.sent !== T[k]!.sent) return true;
  if (par.text.charCodeAt(prev.e - par.start) === 44 || prev.lower === 'and') return true;
  const before = T[k - 2];
  return !before || before.sent !== prev.sent;
}

/** Possessive determiners that introduce a relative ("his wife"). */
const POSSESSIVE_DETERMINERS = new Set(['his', 'her', 'their', 'its', 'my', 'our', 'your']);

/**
 * "his wife Ann Lee", "their nine-month-old child, Ann", "the couple's son,
 * Tom": a family relation after a possessive, right before the name (or set
 * off by a comma), is how the story introduces her. The possessive is
 * required: a bare "son" or "sister" before a name is too often something
 * else ("Sister Ann" the nun). "then-"/"ex-"/"late" prefixes stay in the role.
 * A plural relation before a list ("their two sons Tom and Rory", "four
 * daughters, Ann, …") gives each name the relation in the singular
 * ("their son"); a count may stand for the possessive there.
 */
export function kinRoleBefore(par: ParagraphModel, nameStartTok: number): string | null {
  const T = par.tokens;
  const text = par.text;
  const base = par.start;
  const noun = T[nameStartTok - 1];
  const name = T[nameStartTok]!;
  if (!noun || noun.cap || noun.quote !== name.quote) return null;
  const kin = singularKin(noun.lower.replace(/^(?:then|ex|late)-/, ''));
  if (kin === null) return null;
  const plural = kin !== noun.lower.replace(/^(?:then|ex|late)-/, '');
  const gap = text.slice(noun.e - base, name.s - base);
  if (gap !== ' ' && !isCommaThenBlanks(text, noun.e - base, name.s - base)) return null;
  // Modifiers between the possessive and the relation: "nine-month-old", "late", "younger", "second".
  let from = nameStartTok - 1;
  let counted = false;
  while (from - 1 >= 0 && nameStartTok - from < 4) {
    const t = T[from - 1]!;
    if (!isSingleSpace(text, t.e - base, T[from]!.s - base) || t.quote !== name.quote) break;
    if (POSSESSIVE_DETERMINERS.has(t.lower) || t.possessive) return plural ? `${t.text} ${kin}` : collapseSpaces(text.slice(t.s - base, noun.e - base));
    if (plural && COUNT_WORDS.has(t.lower)) counted = true;
    else if (t.cap || ((t.lex & LEX_STOPWORD) !== 0 && (t.lex & LEX_RANK_MODIFIER) === 0)) break;
    from--;
  }
  return counted ? kin : null;
}

/** Counts that introduce a list of relatives without a possessive ("four daughters, Ann, …"). */
const COUNT_WORDS = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']);

/** "sons" → "son", "children" → "child", "wife" → "wife"; null for a word that names no relation. */
export function singularKin(lower: string): string | null {
  if (KIN_NOUNS.has(lower)) return lower;
  if (lower.endsWith('ren') && KIN_NOUNS.has(lower.slice(0, -3))) return lower.slice(0, -3);
  if (lower.endsWith('s') && KIN_NOUNS.has(lower.slice(0, -1))) return lower.slice(0, -1);
  return null;
}

/** Lower-case words inside an office's name ("Administrator for Enforcement and Compliance"). */
const OFFICE_JOINERS = new Set(['and', 'for', 'of', 'the', 'to']);

/**
 * "EPA Assistant Administrator for Enforcement and Compliance Assurance Jo
 * Bloggs": the run holding the name starts after the "and" of an office's
 * name; the office reads back over capitalised words and joiners to its
 * start, and is a role only if an office noun heads it.
 */
export function joinedOfficeBefore(par: ParagraphModel, runStartTok: number, nameStartTok: number): string | null {
  const T = par.tokens;
  const text = par.text;
  const base = par.start;
  let from = runStartTok;
  let head = false;
  while (from - 1 >= 0 && runStartTok - from < 10) {
    const t = T[from - 1]!;
    if (!isSingleSpace(text, t.e - base, T[from]!.s - base) || t.quote !== T[runStartTok]!.quote || t.sent !== T[runStartTok]!.sent) break;
    if (!(t.cap ? (t.lex & LEX_STOPWORD) === 0 && !t.possessive : OFFICE_JOINERS.has(t.lower))) break;
    if (t.cap && (t.lex & LEX_ROLE_HEAD) !== 0) head = true;
    from--;
  }
  while (from < runStartTok && !T[from]!.cap) from++;
  return head ? collapseSpaces(text.slice(T[from]!.s - base, T[nameStartTok - 1]!.e - base)) : null;
}

/**
 * "ACME's Jo Bloggs", "the XYZ's Jo Bloggs": an organisation written as an
 * acronym owning the name is the person's affiliation, the role a reader
 * would give ("ACME reporter", "XYZ correspondent").
 */
export function acronymOwnerBefore(par: ParagraphModel, nameStartTok: number): string | null {
  const prev = par.tokens[nameStartTok - 1];
  const name = par.tokens[nameStartTok]!;
  if (!prev || !prev.possessive || prev.quote !== name.quote || !isSingleSpace(par.text, prev.e - par.start, name.s - par.start)) return null;
  return /^\p{Lu}{2,12}$/u.test(prev.base) ? prev.base : null;
}

/**
 * "[former Harbour Gallery CEO] Jo Bloggs": inside a quote, the editor's
 * bracketed note right before a name says who she is, when an office heads it.
 */
export function bracketRoleBefore(par: ParagraphModel, nameStartTok: number): string | null {
  const text = par.text;
  const at = par.tokens[nameStartTok]!.s - par.start;
  if (at < 3 || text.charCodeAt(at - 1) !== 32 || text.charCodeAt(at - 2) !== 93) return null;
  const open = text.lastIndexOf('[', at - 2);
  if (open < 0 || at - 2 - open > 80) return null;
  const note = collapseSpaces(text.slice(open + 1, at - 2));
  if (note.length === 0 || note.includes(']')) return null;
  return note.split(' ').some((w) => (lexiconBits(w.toLowerCase()) & LEX_ROLE_HEAD) !== 0) ? note : null;
}

/** A description closed by a comma is at most this many words long ("a retired plumber,"). */
const DESCRIPTION_WORDS = 3;

/**
 * "Jo Bloggs, a retired plumber, …": a short appositive after "a"/"an",
 * in lower-case words, closed by a comma, describes the person even when its
 * noun is no office the lexicon knows. Longer or capitalised phrases, or one
 * with function words, are left: they are as often a clause or a place.
 */
function shortDescription(par: ParagraphModel, article: Token, words: readonly Token[], next: number): string | null {
  const n = Math.min(words.length, DESCRIPTION_WORDS + 1);
  if (article.lower === 'the' || words.length === 0 || words.length > DESCRIPTION_WORDS) return null;
  for (let i = 0; i < n; i++) if (words[i]!.cap || (words[i]!.lex & LEX_STOPWORD) !== 0 || words[i]!.possessive) return null;
  const last = words[words.length - 1]!;
  if (par.tokens[next] === undefined || par.text.charCodeAt(last.e - par.start) !== 44) return null;
  return collapseSpaces(par.text.slice(words[0]!.s - par.start, last.e - par.start));
}
