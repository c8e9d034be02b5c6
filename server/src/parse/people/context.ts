import type { CandidatePool } from './candidate-pool';
import type { NameCandidate } from './types';
import { LOCATIVES, isCommaThenBlanks, isPluralOccupation, looksOccupational, nameEndAt, phraseContinues } from './words';
import { KIN_NOUNS, LEX_ORG_CUE, LEX_RANK_MODIFIER, LEX_ROLE_HEAD, LEX_ROLE_MODIFIER, LEX_SPEECH_VERB, LEX_STOPWORD, lexiconBits } from '../lexicon';
import type { ParagraphModel, Token } from '../paragraph-model';
import { collapseSpaces, isSingleSpace, isSpaceCode } from '../text';

/**
 * How strongly the context says "person": titles, an appositive, a speech
 * verb next to the name count for; "the …" or "at/in …" (places, venues,
 * companies) count against. The registry adds evidence from later mentions.
 */
export function evidenceFor(par: ParagraphModel, from: number, to: number, titled: boolean): number {
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
    if (space && before.lower === 'and' && !titled && continuesOrganisationName(par, from)) ev -= 1;
    // "the Harbour company Ridgeway Biologics": a name in apposition to an organisation noun is the organisation's.
    if (space && !titled && NAMED_ORGANISATION_NOUNS.has(before.lower)) ev -= 3;
    // "Jo Bloggs of Cedar Falls says": what follows a capitalised word and "of" or "from" is where that person is from.
    const owner = T[from - 2];
    if (space && !titled && (before.lower === 'of' || before.lower === 'from') && owner && owner.cap && owner.quote === first.quote && isSingleSpace(par.text, owner.e - par.start, before.s - par.start)) ev -= 2;
    // "Smith & Jones" is a firm; "Parks & Waterways Director Jo Bloggs" is an office's name before a titled person.
    if ((g & GAP_AMP) !== 0 && !titled) ev -= 3;
    if (space && (before.lex & LEX_SPEECH_VERB) !== 0 && !before.cap) ev += 2;
  }
  if (after && after.quote === last.quote) {
    const g = gapShape(par, last, after);
    if ((g & GAP_AMP) !== 0) ev -= 3;
    if ((g & GAP_COMMA) !== 0 && (APPOSITIVE_STARTS.has(after.lower) || isShortNumber(after.text) || (after.lex & LEX_ROLE_HEAD) !== 0)) ev += 1;
    // "Acme Browser, its main rival,": an appositive about "its" thing.
    if ((g & GAP_COMMA) !== 0 && after.lower === 'its') ev -= 3;
    // "Grand Forks, N.D.,", "Pasco, Wash.": a town before its state's abbreviation.
    if ((g & GAP_COMMA) !== 0 && !titled && STATE_ABBREVIATIONS.has(after.lower) && par.text.charCodeAt(after.e - par.start) === 46) ev -= 3;
    if ((g & GAP_PAREN) !== 0 && isShortNumber(after.text)) ev += 1;
    if ((g & GAP_COMMA_SPACES) !== 0 && (after.lex & LEX_SPEECH_VERB) !== 0 && !after.cap) ev += 2;
    if ((g & GAP_SPACE) !== 0 && ADVERB_THEN_VERB(T, to)) ev += 2;
    // "Acme Orbital co-founder Jo Bloggs": a name-like run qualifying a role noun is its organisation.
    if ((g & GAP_SPACE) !== 0 && !after.cap && (after.lex & LEX_ROLE_HEAD) !== 0 && !titled) ev -= 2;
  }
  return ev;
}

/** Capitalised words between an organisation word's "of" and the "and" of its name ("Institute of Tides and"). */
const ORGANISATION_OF_WORDS = 3;

/**
 * "National Institute of Tides and Coastal Studies": a run after the
 * "and" of "<organisation word> of <capitalised words> and" more often ends
 * the organisation's name than names someone.
 */
function continuesOrganisationName(par: ParagraphModel, runStart: number): boolean {
  const T = par.tokens;
  const and = T[runStart - 1];
  if (!and || and.lower !== 'and' || and.quote !== T[runStart]!.quote || !isSingleSpace(par.text, and.e - par.start, T[runStart]!.s - par.start)) return false;
  for (let i = runStart - 2; i >= 1 && runStart - 1 - i <= ORGANISATION_OF_WORDS; i--) {
    const t = T[i]!;
    if (t.quote !== and.quote || !isSingleSpace(par.text, t.e - par.start, T[i + 1]!.s - par.start)) return false;
    if (t.lower === 'of') return i < runStart - 2 && (T[i - 1]!.nameLex & LEX_ORG_CUE) !== 0 && T[i - 1]!.cap;
    if (!t.cap) return false;
  }
  return false;
}

/** The news agencies' abbreviations of U.S. states, as tokens (inner dots kept, the last one dropped). */
const STATE_ABBREVIATIONS = new Set([
  'ala', 'ariz', 'ark', 'calif', 'colo', 'conn', 'del', 'fla', 'ga', 'ill', 'ind', 'kan', 'ky', 'la', 'md', 'mass', 'mich', 'minn', 'miss', 'mo', 'mont', 'neb', 'nev',
  'n.h', 'n.j', 'n.m', 'n.y', 'n.c', 'n.d', 'okla', 'ore', 'pa', 'r.i', 's.c', 's.d', 'tenn', 'vt', 'va', 'wash', 'w.va', 'wis', 'wyo',
]);

/** Lower-case nouns an organisation's name follows in apposition ("the company Acme Holdings"). */
const NAMED_ORGANISATION_NOUNS = new Set([
  'company', 'firm', 'group', 'charity', 'band', 'newspaper', 'magazine', 'website', 'brand', 'startup', 'agency', 'organisation', 'organization', 'manufacturer', 'retailer', 'airline', 'broadcaster', 'network',
]);

/** "photographers" → "photographer": the office each person of a list holds. */
function singularRole(role: string): string {
  // "Chair of the Board of Governors": a plural in the complement is not the office's.
  if (role.charCodeAt(role.length - 1) !== 115 || / (?:of|for) /i.test(role)) return role;
  const last = role.slice(role.lastIndexOf(' ') + 1);
  const l = last.toLowerCase();
  if (l.length > 5 && l.endsWith('s') && (((lexiconBits(l) & LEX_ROLE_HEAD) !== 0 && (lexiconBits(l.slice(0, -1)) & LEX_ROLE_HEAD) !== 0) || isPluralOccupation(l))) return role.slice(0, -1);
  return role;
}

/**
 * Between two names of a list: a comma or "and", after an optional note in
 * parentheses ("Jo Bloggs (tennis) and") or the previous name's organisation
 * ("Jo Bloggs of Harbour Press and"), written in capitalised words.
 */
const LIST_GAP = /^(?:\s*\([^()]*\))?(?:\s+(?:of|at|from)(?:\s+(?:of|the|\p{Lu}[\p{L}\p{N}'’.&-]*))+)?(?:,\s*|,?\s+and\s+)$/u;

/** Marks `cand` as the next item of a list when only a comma or "and" separates it from the paragraph's previous candidate. */
function markListed(par: ParagraphModel, out: NameCandidate[], cand: NameCandidate): void {
  const prev = out[out.length - 1];
  if (!prev || prev.paragraph !== cand.paragraph) return;
  const T = par.tokens;
  const gap = par.text.slice(T[prev.tokEnd - 1]!.e - par.start, T[cand.tokStart]!.s - par.start);
  if (/^(?:,\s*(?:and\s+)?|\s+and\s+)$/.test(gap)) cand.listed = true;
}

/**
 * "photographers Jo Bloggs, Ann Lee and Tom Vale": a plural office before a
 * list gives each name of the list the office, in the singular. `cand` is the
 * paragraph's newest candidate; the one before it is the list so far.
 */
export function shareListRole(par: ParagraphModel, out: NameCandidate[], cand: NameCandidate, pool: CandidatePool): void {
  markListed(par, out, cand);
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
  if (!LIST_GAP.test(gap)) return;
  cand.role = prev.role;
  cand.listRole = true;
  // "their sons Tom and Rory", "Senators Bloggs and Vale": the shared role titles a name alone too.
  if (cand.kind === 'single' && prev.kind !== 'single') {
    cand.kind = 'titled';
    cand.gender = prev.gender;
  }
}

/** "379th", "2nd": a unit's number. */
const isOrdinal = (w: string): boolean => /^\d+(?:st|nd|rd|th)$/.test(w);

/** An appositive runs at most this many words before its closing comma. */
const APPOSITIVE_WORDS = 10;

/**
 * The role in an appositive without an article right after the name: a lower-case
 * office within its first three words, only capitalised qualifiers before it,
 * closed by a comma or the sentence's end. The whole appositive is the role.
 */
export function bareAppositiveRole(par: ParagraphModel, lastNameTok: number): string | null {
  const T = par.tokens;
  const text = par.text;
  const base = par.start;
  const first = T[lastNameTok + 1];
  if (!first || first.quote >= 0 || !isCommaThenBlanks(text, nameEndAt(par, lastNameTok), first.s - base)) return null;
  let end = lastNameTok + 1;
  while (end + 1 < T.length && end - lastNameTok < APPOSITIVE_WORDS && T[end + 1]!.quote < 0 && phraseContinues(text, base, T[end]!, T[end + 1]!)) end++;
  const closer = T[end + 1] ? text.charCodeAt(T[end]!.e - base) : 46;
  // A longer appositive still closed by a comma or a full stop ("Jo Bloggs, gun control campaigner and widow of …, has died"): its head phrase.
  const long = closer === 32 && closesWithin(par, end, LONG_APPOSITIVE_WORDS);
  if (closer !== 44 && closer !== 46 && closer !== 59 && !long) return null;
  // "Ann Lee, widow of the late mayor,": a relation and whose it is.
  if (KIN_NOUNS.has(first.lower) && end > lastNameTok + 2 && T[lastNameTok + 2]!.lower === 'of' && !long) return collapseSpaces(text.slice(first.s - base, T[end]!.e - base));
  // Capitalised qualifiers may run on ("the Agency's Quiet Wing Flight Programme project manager"); lower-case ones only a few.
  let lowerQualifiers = 0;
  for (let i = lastNameTok + 1; i <= end; i++) {
    const t = T[i]!;
    // "Special Agent in Charge": a capitalised office after capitalised qualifiers counts too.
    // "harbour systems lead": a lead after what it leads is an office too.
    const lead = !t.cap && t.lower === 'lead' && i > lastNameTok + 1;
    if ((t.lex & LEX_ROLE_HEAD) !== 0 || (!t.cap && looksOccupational(t.lower)) || lead) return collapseSpaces(text.slice(first.s - base, T[long ? i : end]!.e - base));
    // Before the office only its qualifiers: capitalised words ("USI", "Panama"), rank or field words
    // ("associate"), and the nouns of a compound ("gun control campaigner"), never an adverb.
    // A unit's number counts as one of them ("214th HQS supply manager").
    const qualifier = (t.lex & LEX_RANK_MODIFIER) !== 0 || ((t.lex & LEX_STOPWORD) === 0 && (t.cap || (t.lex & LEX_ROLE_MODIFIER) !== 0 || isOrdinal(t.lower) || isLowerCaseNoun(t.lower)));
    // "Department of Harbour Security Acting Assistant Secretary": a joiner inside a capitalised name.
    if (!qualifier && i > lastNameTok + 1 && i < end && NAME_JOINERS.has(t.lower) && T[i - 1]!.cap && T[i + 1]!.cap) continue;
    if (!qualifier || (!t.cap && ++lowerQualifiers > LOWER_QUALIFIERS)) return null;
  }
  return null;
}

/** Lower-case words inside an organisation's name ("Department of Harbour Security", "Office for Land and Water"). */
const NAME_JOINERS = new Set(['of', 'for', 'and']);

/** How far a comma may close an appositive whose head phrase alone is taken. */
const LONG_APPOSITIVE_WORDS = 16;
/** Lower-case words before an appositive's office ("gun control campaigner"): at most this many. */
const LOWER_QUALIFIERS = 3;

/**
 * A comma, or the end of the sentence, follows one of the `words` tokens
 * after T[end], all in the same quote context: the appositive ends there
 * ("said Jo Bloggs, lead scientist for … at the Harbour Institute in Leeds.").
 */
function closesWithin(par: ParagraphModel, end: number, words: number): boolean {
  const T = par.tokens;
  const last = Math.min(T.length - 1, end + words);
  for (let k = end; k < last; k++) {
    if (T[k + 1]!.sent !== T[end]!.sent) return par.text.charCodeAt(T[k]!.e - par.start) === 46;
    if (T[k + 1]!.quote !== T[end]!.quote) return false;
    if (par.text.charCodeAt(T[k]!.e - par.start) === 44) return true;
  }
  // The paragraph ends within reach: so does the appositive.
  return last === T.length - 1 && T.length - 1 - end < words;
}

/** A lower-case word that may be a noun in a compound: letters only, not an adverb in -ly. */
function isLowerCaseNoun(w: string): boolean {
  return /^[a-z][a-z-]*$/.test(w) && !w.endsWith('ly');
}

/** ", who" right after the name ending at token k: a relative clause about the name. */
function opensRelativeClause(par: ParagraphModel, k: number): boolean {
  const who = par.tokens[k + 1];
  return who !== undefined && who.lower === 'who' && who.quote < 0 && isCommaThenBlanks(par.text, nameEndAt(par, k), who.s - par.start);
}

/**
 * "<name> is a former official at the Treasury", "<name>, who is the chief
 * executive of Acme,": the phrase after is/was a/an/the, from the article on,
 * when an office heads it.
 */
export function predicateRole(par: ParagraphModel, lastNameTok: number): string | null {
  const T = par.tokens;
  const text = par.text;
  const base = par.start;
  // A relative clause set off by a comma says the same of the name before it.
  const relative = opensRelativeClause(par, lastNameTok);
  const subject = relative ? lastNameTok + 1 : lastNameTok;
  const verb = T[subject + 1];
  const article = T[subject + 2];
  if (!verb || !article || (verb.lower !== 'is' && verb.lower !== 'was') || !/^(?:a|an|the)$/.test(article.lower)) return null;
  for (let k = lastNameTok; k < subject + 2; k++) if (T[k + 1]!.quote >= 0 || (k >= subject && !isSingleSpace(text, k === lastNameTok ? nameEndAt(par, k) : T[k]!.e - base, T[k + 1]!.s - base))) return null;
  // The phrase must open right after the article: the role starts there.
  const start = subject + 3;
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

/** Present-tense verbs of holding a post: "<name>, who leads the team at Acme," says what the person does. */
const POST_VERBS = new Set([
  'leads', 'heads', 'directs', 'chairs', 'runs', 'manages', 'oversees', 'coordinates', 'supervises', 'commands',
  'co-leads', 'co-chairs', 'co-directs', 'coaches', 'edits', 'hosts', 'represents',
]);
/** The same verbs after "helps": "who helps lead …". */
const HELPED_POST_VERBS = new Set(['lead', 'run', 'manage', 'oversee', 'direct', 'coordinate', 'coach', 'edit', 'host']);
/** A post named by a verb runs at most this many words. */
const POST_WORDS = 12;

/**
 * "<name>, who leads the engine team at the Harbour Research Center," : a relative
 * clause whose verb holds a post is the role, as written, from the verb to
 * the comma or full stop that closes it.
 */
export function relativePostRole(par: ParagraphModel, lastNameTok: number): string | null {
  const T = par.tokens;
  const text = par.text;
  const base = par.start;
  if (!opensRelativeClause(par, lastNameTok)) return null;
  let verb = lastNameTok + 2;
  if (T[verb]?.lower === 'helps' && T[verb + 1] !== undefined && HELPED_POST_VERBS.has(T[verb + 1]!.lower)) verb++;
  else if (T[verb] === undefined || !POST_VERBS.has(T[verb]!.lower)) return null;
  const from = T[lastNameTok + 2]!;
  for (let k = lastNameTok + 1; k < verb; k++) if (!isSingleSpace(text, T[k]!.e - base, T[k + 1]!.s - base)) return null;
  // The clause runs on single spaces, outside quotes, to a comma or a full stop.
  let end = verb;
  for (;;) {
    const close = text.charCodeAt(T[end]!.e - base);
    if (close === 44 || (close === 46 && (end + 1 >= T.length || T[end + 1]!.sent !== T[end]!.sent))) break;
    if (end + 1 >= T.length) break;
    if (end - verb >= POST_WORDS || T[end + 1]!.quote >= 0 || !phraseContinues(text, base, T[end]!, T[end + 1]!)) return null;
    end++;
  }
  return end > verb ? collapseSpaces(text.slice(from.s - base, T[end]!.e - base)) : null;
}

/** Does T[from, to) hold a role head (an office, not only a demonym)? */
export function roleHasHead(T: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if ((T[i]!.lex & LEX_ROLE_HEAD) !== 0 || (!T[i]!.cap && looksOccupational(T[i]!.lower))) return true;
  return false;
}

/** Words opening an appositive after a name ("Jo Bloggs, the mayor"). */
const APPOSITIVE_STARTS = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'who', 'whose', 'aged']);

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

const BEFORE_VERB = new Set(['also', 'then', 'later', 'again', 'has', 'had', 'was', 'who']);

function ADVERB_THEN_VERB(T: Token[], at: number): boolean {
  const a = T[at];
  const b = T[at + 1];
  return !!a && !!b && (b.lex & LEX_SPEECH_VERB) !== 0 && BEFORE_VERB.has(a.lower);
}

/** Verbs after which "as <office>" names the subject's office ("resigned as minister"). */
const OFFICE_VERBS = new Set([
  'resign', 'resigned', 'resigns', 'serve', 'served', 'serves', 'retire', 'retired', 'retires', 'appointed', 'named',
  'elected', 're-elected', 'reappointed', 'sworn', 'installed', 'confirmed', 'quit', 'quits', 'remains', 'remained', 'stepped', 'steps', 'works', 'worked',
]);

/** Words between a name and its office verb ("was forced to resign", "has since stepped down"). */
const BEFORE_OFFICE_VERB = 5;

/**
 * "Jo Bloggs was forced to resign as Foreign Affairs minister": the office
 * after "as", when a verb of taking, holding or leaving office governs it and
 * the name is its subject (only lower-case words between them). The office is
 * capitalised qualifiers and role words, and must end in an office noun.
 */
export function asOfficeRole(par: ParagraphModel, lastNameTok: number): string | null {
  const T = par.tokens;
  const text = par.text;
  const base = par.start;
  // "Jo Bloggs, who served as mayor until 2019,": a relative clause says the same.
  const relative = opensRelativeClause(par, lastNameTok);
  let k = relative ? lastNameTok + 2 : lastNameTok + 1;
  let verb = false;
  while (k < T.length && k - lastNameTok <= BEFORE_OFFICE_VERB + 1 && T[k]!.quote < 0 && !T[k]!.cap && isSingleSpace(text, k - 1 === lastNameTok ? nameEndAt(par, k - 1) : T[k - 1]!.e - base, T[k]!.s - base)) {
    if (T[k]!.lower === 'as') break;
    verb = OFFICE_VERBS.has(T[k]!.lower) || (verb && (T[k]!.lower === 'down' || T[k]!.lower === 'in'));
    k++;
  }
  if (!verb || k >= T.length || T[k]!.lower !== 'as' || !isSingleSpace(text, T[k - 1]!.e - base, T[k]!.s - base)) return null;
  let from = k + 1;
  if (T[from] && /^(?:a|an|the)$/.test(T[from]!.lower)) from++;
  let end = from - 1;
  let headAt = -1;
  while (end + 1 < T.length && end + 1 - from < 6 && T[end + 1]!.quote < 0 && isSingleSpace(text, T[end]!.e - base, T[end + 1]!.s - base)) {
    const t = T[end + 1]!;
    const isHead = (t.lex & LEX_ROLE_HEAD) !== 0;
    if (!(isHead || (t.cap && (t.lex & LEX_STOPWORD) === 0) || (t.lex & (LEX_ROLE_MODIFIER | LEX_RANK_MODIFIER)) !== 0) || (t.lex & LEX_STOPWORD) !== 0) break;
    end++;
    if (isHead) headAt = end;
  }
  return headAt >= from ? collapseSpaces(text.slice(T[from]!.s - base, T[headAt]!.e - base)) : null;
}

/** An organisation a person speaks for is at most this many words. */
const SPEAKS_FOR_WORDS = 7;

/**
 * The last token of the organisation's name starting at token `start`:
 * capitalised words, with "of" and "and" inside it ("Institute of Art and
 * Design"), at most `words` long; start - 1 when none opens there.
 */
function capitalisedPhraseEnd(par: ParagraphModel, start: number, words: number): number {
  const T = par.tokens;
  let end = start - 1;
  while (end + 1 < T.length && end + 1 - start < words && T[end + 1]!.quote < 0 && phraseContinues(par.text, par.start, T[end]!, T[end + 1]!)) {
    const t = T[end + 1]!;
    if (!(t.cap && (t.lex & LEX_STOPWORD) === 0) && !(end >= start && (t.lower === 'of' || t.lower === 'and'))) break;
    end++;
  }
  return end;
}

/**
 * "Jo Bloggs for Harbour Water, says …": the organisation a person speaks
 * for, written straight after the name and closed by a comma and a speech
 * verb. The noun ("spokeswoman") is left out; the organisation is the role.
 */
export function speaksForRole(par: ParagraphModel, lastNameTok: number): string | null {
  const T = par.tokens;
  const text = par.text;
  const base = par.start;
  const f = T[lastNameTok + 1];
  if (!f || f.lower !== 'for' || f.quote >= 0 || !isSingleSpace(text, nameEndAt(par, lastNameTok), f.s - base)) return null;
  const end = capitalisedPhraseEnd(par, lastNameTok + 2, SPEAKS_FOR_WORDS);
  const after = T[end + 1];
  if (end === lastNameTok + 1 || !T[end]!.cap || !after || (after.lex & LEX_SPEECH_VERB) === 0 || after.cap || !isCommaThenBlanks(text, T[end]!.e - base, after.s - base)) return null;
  return collapseSpaces(text.slice(T[lastNameTok + 2]!.s - base, T[end]!.e - base));
}

/** An organisation after a name is at most this many words. */
const AFFILIATION_WORDS = 6;

/**
 * "Jo Bloggs of the Harbour Party", "Jo Bloggs from HPC": failing an office,
 * the organisation the person belongs to, when it names itself as one (an
 * organisation word such as "Party" or "University" ends it, or it is an
 * acronym). A place after "of" ("Jo Bloggs of Harbour Town") is not a role.
 */
export function affiliationAfter(par: ParagraphModel, lastNameTok: number): string | null {
  const T = par.tokens;
  const text = par.text;
  const base = par.start;
  const prep = T[lastNameTok + 1];
  if (!prep || (prep.lower !== 'of' && prep.lower !== 'from') || prep.quote >= 0 || !isSingleSpace(text, nameEndAt(par, lastNameTok), prep.s - base)) return null;
  let start = lastNameTok + 2;
  if (T[start]?.lower === 'the') start++;
  const end = capitalisedPhraseEnd(par, start, AFFILIATION_WORDS);
  if (end < start || !T[end]!.cap) return null;
  const last = T[end]!;
  const organisation = (last.lex & LEX_ORG_CUE) !== 0 || (end === start && /^\p{Lu}{2,6}$/u.test(last.text));
  return organisation ? collapseSpaces(text.slice(T[start]!.s - base, last.e - base)) : null;
}
