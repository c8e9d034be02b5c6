import type { AttributionRule } from './evidence';
import { LEX_ADVERB_BETWEEN, LEX_COORDINATOR, LEX_PREPOSITION, LEX_ROLE_HEAD, LEX_SPEECH_VERB, LEX_STOPWORD } from './lexicon';
import { isPersonNoun } from './people';
import type { Mention, ParagraphModel, Token } from './paragraph-model';
import { isSpaceCode } from './text';

export interface Attribution {
  /** A speech verb (or "according to") attributes the quote, even if to no one we can name. */
  found: boolean;
  person: number | null;
  verb: string | null;
  rule: AttributionRule;
  /** The subject is a pronoun or role noun whose referent lies sentences back. */
  distant: boolean;
}

const NONE: Attribution = { found: false, person: null, verb: null, rule: 'none', distant: false };
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'these', 'those', 'this', 'that', 'such', 'whose']);
const WINDOW = 60;
/** Characters that end the clause after a quote, or the clause of a speech verb. */
const CLAUSE_BREAK = codes('.!?;:"\u201C\u201D(');
const CLAUSE_END = codes('.!?;:,');
/** What ends a sentence or opens / closes a quote between two words ([.!?;:"“”]). */
const SENTENCE_OR_QUOTE = codes('.!?;:"\u201C\u201D');
/** [.!?;:] */
const STOPS = codes('.!?;:');
/** [,\u2014\u2013-]: a comma or a dash. */
const COMMA_OR_DASH = codes(',\u2014\u2013-');
const COMMA = codes(',');
const COLON = codes(':');
/** Dashes that set off an aside (not the hyphen of a compound). */
const DASHES = codes('\u2014\u2013');
/** [,.!?…\u2014\u2013-] */
const FLOWING_END = codes(',.!?\u2026\u2014\u2013-');
/** [.!?…] */
const SENTENCE_END = codes('.!?\u2026');

/** The code units of a few characters, for gapHas (no one-character strings per test). */
function codes(chars: string): readonly number[] {
  return Array.from(chars, (c) => c.charCodeAt(0));
}

/** True when source[from, to) holds any of the code units (in place, no substring). */
function gapHas(source: string, from: number, to: number, set: readonly number[]): boolean {
  for (let i = from; i < to; i++) if (holds(set, source.charCodeAt(i))) return true;
  return false;
}

/** set.includes(c) for a set of a few code units, as a loop the compiler inlines (includes is a builtin call per character). */
function holds(set: readonly number[], c: number): boolean {
  for (let k = 0; k < set.length; k++) if (set[k] === c) return true;
  return false;
}

type Subject = { person: number | null; named: boolean; kind: Mention['kind'] | null; distant: boolean };

/** A lower-case -ing or -ed word right before a name governs it: "representing Ann Lee", "accused Ann Lee". */
const followsVerbForm = (t: Token | undefined): boolean => t !== undefined && !t.cap && t.lower.length > 4 && /(?:ing|ed)$/.test(t.lower);

/** Words opening an appositive after a name's comma ("Jo Bloggs, an analyst …"). */
const APPOSITIVE_OPENERS = new Set(['a', 'an', 'the']);
/** An appositive missing its closing comma is looked for this many words back from the verb. */
const APPOSITIVE_REACH = 15;

/** Prepositions between a name and the place or organisation it is from ("Jo Bloggs of Harbour Town"). */
const PLACE_PREPOSITIONS = new Set(['of', 'from', 'in']);
/** A place or organisation after a name is at most this many capitalised words. */
const PLACE_WORDS = 5;
/** "of the <group>" between a subject and its verb is at most this many words after "the". */
const GROUP_WORDS = 6;

const NOBODY: Subject = { person: null, named: false, kind: null, distant: false };

/** The rule a speech verb's subject stands for. */
function ruleOf(subj: Subject): AttributionRule {
  // A pronoun or role noun we could not resolve is someone, not no one: leave it to review.
  if (subj.person === null) return subj.kind === null ? 'anonymous' : 'none';
  return subj.kind === 'pronoun' ? 'pronoun' : subj.kind === 'role' ? 'role-noun' : 'speech-verb';
}

const byVerb = (subj: Subject, verb: string): Attribution => ({ found: true, person: subj.person, verb, rule: ruleOf(subj), distant: subj.distant });

/** Lower-case words describing a name after an inverted verb ("said former bank economist"). */
const DESCRIPTION_WORDS = 4;
/** A sentence's opening phrase ("On Tuesday,", "In a statement on Monday,") is at most this many words. */
const OPENING_PHRASE = 7;
/** Words describing a sentence's subject before its name ("US citizen", "Greek prime minister"). */
const SUBJECT_LEAD = 3;

/** How far a title may run between a speech verb and the name it precedes. */
const TITLE_SPAN = 10;
/** A name label before a colon is short: a title and a name, perhaps an office. */
const LABEL_TOKENS = 30;
const TITLE_JOINERS = new Set(['and', 'of', 'the', 'for']);
/** Forms of "be" that make a past participle after them passive. */
const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
/** Nouns that speak for their owner ("<name>'s statement said"). */
const STATEMENT_NOUNS = new Set(['statement', 'letter', 'post', 'tweet', 'release', 'message']);

/** source[from, to) holds only blanks (and at least one). */
function isBlankGap(source: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let i = from; i < to; i++) if (!isSpaceCode(source.charCodeAt(i))) return false;
  return true;
}

/** Attribution look-ups around quotes, bounded to the quote's own sentence. */
export class Attributor {
  constructor(private readonly source: string) {}

  isSpeechVerbAt(par: ParagraphModel, k: number): boolean {
    const t = par.tokens[k];
    if (!t || t.quote >= 0 || (t.lex & LEX_SPEECH_VERB) === 0) return false;
    const prev = par.tokens[k - 1];
    if (t.cap && prev && prev.sent === t.sent) return false; // "United States", "Post"
    if (prev && prev.quote < 0 && (DETERMINERS.has(prev.lower) || (prev.possessive && isBlankGap(this.source, prev.e, t.s)))) return false; // "his comments", "the team's claims"
    if (prev && prev.quote < 0 && (prev.lex & LEX_PREPOSITION) !== 0 && prev.lower !== 'to' && isBlankGap(this.source, prev.e, t.s)) return false; // "in remarks", "after talks"
    return true;
  }

  private mentionAtStart(par: ParagraphModel, k: number): Mention | undefined {
    return par.mentionsByStart[k];
  }

  private mentionAtEnd(par: ParagraphModel, k: number): Mention | undefined {
    return par.mentionsByEnd[k];
  }

  /** Does the text between tokens a and b hold any of the code units? */
  private gapHas(a: Token, b: Token, set: readonly number[]): boolean {
    return gapHas(this.source, a.e, b.s, set);
  }

  /**
   * "Jo Bloggs of Harbour Town says": the name before a place or organisation of
   * capitalised words (after "of", "from" or "in") that ends at token j.
   */
  private nameBeforePlace(par: ParagraphModel, j: number, lo: number): Mention | undefined {
    const T = par.tokens;
    let i = j;
    while (i >= lo && j - i < PLACE_WORDS && T[i]!.cap && T[i]!.quote < 0) i--;
    if (i === j) return undefined;
    // "Jo Bloggs of the Harbour Party added"
    if (i - 1 >= lo && T[i]!.lower === 'the') i--;
    if (i - 1 < lo || !PLACE_PREPOSITIONS.has(T[i]!.lower) || T[i]!.quote >= 0) return undefined;
    const m = this.mentionAtEnd(par, i - 1);
    return m && m.kind === 'name' && m.person !== null && !m.possessive && !this.gapHas(T[i - 1]!, T[i]!, COMMA) ? m : undefined;
  }

  /**
   * "Jo Bloggs from the pro-government camp said", "Jo Bloggs of the local
   * tribal office told": the sentence's opening name before "of/from the"
   * and a short phrase in any case ending at token j.
   */
  private nameBeforeGroup(par: ParagraphModel, j: number, lo: number): Mention | undefined {
    const T = par.tokens;
    let i = j;
    while (i > lo && j - i < GROUP_WORDS && T[i]!.quote < 0 && T[i]!.lower !== 'the' && isBlankGap(this.source, T[i - 1]!.e, T[i]!.s) && (T[i]!.lex & (LEX_STOPWORD | LEX_SPEECH_VERB)) === 0) i--;
    if (i === j || i - 2 < lo || T[i]!.lower !== 'the' || T[i]!.quote >= 0) return undefined;
    const prep = T[i - 1]!;
    if ((prep.lower !== 'of' && prep.lower !== 'from') || prep.quote >= 0 || !isBlankGap(this.source, prep.e, T[i]!.s)) return undefined;
    const m = this.mentionAtEnd(par, i - 2);
    if (!m || m.kind !== 'name' || m.person === null || m.possessive || !isBlankGap(this.source, T[i - 2]!.e, prep.s)) return undefined;
    // Only the sentence's subject: an object ("met Jo Bloggs of the …") is not who speaks.
    const before = T[m.tokStart - 1];
    return before === undefined || before.sent !== T[m.tokStart]!.sent || gapHas(this.source, before.e, T[m.tokStart]!.s, COMMA) ? m : undefined;
  }

  /**
   * "Jo Bloggs, an analyst at the Harbour Centre told": an appositive whose
   * closing comma is missing; the name before its opening comma, when no other
   * comma or name comes between.
   */
  private unclosedAppositive(par: ParagraphModel, j: number, lo: number): Mention | undefined {
    const T = par.tokens;
    for (let i = j; i > lo && j - i < APPOSITIVE_REACH; i--) {
      if (T[i]!.quote >= 0 || (i < j && this.mentionAtEnd(par, i))) return undefined;
      if (!this.gapHas(T[i - 1]!, T[i]!, COMMA)) continue;
      if (!APPOSITIVE_OPENERS.has(T[i]!.lower)) return undefined;
      const m = this.mentionAtEnd(par, i - 1);
      return m && m.kind === 'name' && m.person !== null && !m.possessive ? m : undefined;
    }
    return undefined;
  }

  /**
   * "Jo Bloggs speaking to the Harbour Council called it …": a name followed
   * by a participle phrase ending at token j, the name not a prepositional
   * object, no comma and no other name between.
   */
  private nameBeforeParticiple(par: ParagraphModel, j: number, lo: number): Mention | undefined {
    const T = par.tokens;
    for (let i = j; i > lo && j - i < APPOSITIVE_REACH; i--) {
      if (T[i]!.quote >= 0 || this.gapHas(T[i - 1]!, T[i]!, CLAUSE_END)) return undefined;
      const m = this.mentionAtEnd(par, i - 1);
      if (m === undefined) continue;
      const participle = !T[i]!.cap && T[i]!.lower.length > 4 && T[i]!.lower.endsWith('ing');
      return participle && m.kind === 'name' && m.person !== null && !m.possessive && !m.prepObject ? m : undefined;
    }
    return undefined;
  }

  /**
   * The speech verb at k is a past participle after a form of "be", adverbs
   * between allowed ("was widely described", "were told"). "quoted" is not:
   * who "was quoted" is the speaker.
   */
  private isPassive(par: ParagraphModel, k: number, lo: number): boolean {
    const T = par.tokens;
    // Most verbs follow their subject's name: ruled out on the word before, without reading the verb.
    for (let i = k - 1; i >= lo && k - i <= 3; i--) {
      const t = T[i]!;
      if (t.quote >= 0 || t.cap) return false;
      if (BE_FORMS.has(t.lower)) {
        const verb = T[k]!.lower;
        return verb !== 'quoted' && (verb.endsWith('ed') || verb === 'told' || verb === 'said') && this.blanksBetween(T, i, k);
      }
      if (!(t.lower.length > 4 && t.lower.endsWith('ly')) && t.lower !== 'also') return false;
    }
    return false;
  }

  /** Only blanks between tokens a and b, a < b. */
  private blanksBetween(T: readonly Token[], a: number, b: number): boolean {
    for (let i = a; i < b; i++) if (!isBlankGap(this.source, T[i]!.e, T[i + 1]!.s)) return false;
    return true;
  }

  /**
   * "Jo Bloggs, a harbour ecologist at the institute, who said": the name
   * before an appositive that ends in the comma before "who" (token j).
   */
  private appositiveAntecedent(par: ParagraphModel, j: number, lo: number): Mention | undefined {
    const T = par.tokens;
    if (!this.gapHas(T[j - 1]!, T[j]!, COMMA)) return undefined;
    for (let i = j - 1; i > lo && j - i < APPOSITIVE_REACH; i--) {
      if (T[i]!.quote >= 0) return undefined;
      // A capitalised run that names no one ("Senior Harbour Fellow") may be part of the appositive; a person may not.
      const inside = this.mentionAtEnd(par, i);
      if (inside !== undefined && !(inside.kind === 'name' && inside.person === null)) return undefined;
      if (!this.gapHas(T[i - 1]!, T[i]!, COMMA)) continue;
      if (!APPOSITIVE_OPENERS.has(T[i]!.lower)) return undefined;
      const m = this.mentionAtEnd(par, i - 1);
      return m && m.kind === 'name' && m.person !== null && !m.possessive ? m : undefined;
    }
    return undefined;
  }

  /** The name mention m is the object of "for"/"of" after a lower-case person noun or office ("a spokeswoman for"). */
  private speaksForName(par: ParagraphModel, m: Mention, lo: number): boolean {
    const T = par.tokens;
    const prep = T[m.tokStart - 1];
    const head = T[m.tokStart - 2];
    if (!m.prepObject || m.kind !== 'name' || !prep || !head || m.tokStart - 2 < lo || (prep.lower !== 'for' && prep.lower !== 'of')) return false;
    if (head.cap || head.quote >= 0 || !isBlankGap(this.source, head.e, prep.s)) return false;
    return (head.lex & LEX_ROLE_HEAD) !== 0 || isPersonNoun(head.lower);
  }

  private fromMention(m: Mention): Subject {
    if (m.possessive) return NOBODY;
    return { person: m.person, named: m.person !== null, kind: m.kind, distant: m.distant === true };
  }

  /**
   * "said Canyon County Sheriff and Association President Jo Bloggs": a name
   * after a title of capitalised words, "and", "of", "the" and abbreviation
   * dots, with nothing else between the verb and the name.
   */
  private titledNameAfter(par: ParagraphModel, from: number): Subject | null {
    const T = par.tokens;
    const source = this.source;
    for (let j = from; j < Math.min(T.length, from + TITLE_SPAN); j++) {
      const t = T[j]!;
      if (t.quote >= 0 || t.sent !== T[from]!.sent) return null;
      if (j > from) {
        const p = T[j - 1]!;
        const dotted = t.s - p.e === 2 && source.charCodeAt(p.e) === 46 && source.charCodeAt(p.e + 1) === 32 && p.text.length <= 5;
        const apostrophe = p.possessive && (source.charCodeAt(p.e) === 39 || source.charCodeAt(p.e) === 0x2019) && isBlankGap(source, p.e + 1, t.s);
        if (!dotted && !apostrophe && !isBlankGap(source, p.e, t.s)) return null;
      }
      const m = this.mentionAtStart(par, j);
      if (m) return m.kind === 'name' && !m.possessive ? this.fromMention(m) : null;
      if (!t.cap && !TITLE_JOINERS.has(t.lower) && !/^\d/.test(t.lower)) return null;
    }
    return null;
  }

  /**
   * "posted former bank economist Jo Bloggs": lower-case words of a
   * description run straight into a name after the verb (no article: with
   * one, the phrase is a role noun or an object).
   */
  private describedNameAfter(par: ParagraphModel, from: number): Subject | null {
    const T = par.tokens;
    for (let j = from; j < Math.min(T.length, from + DESCRIPTION_WORDS + 1); j++) {
      const t = T[j]!;
      if (t.quote >= 0 || t.sent !== T[from]!.sent || (j > from && !isBlankGap(this.source, T[j - 1]!.e, t.s))) return null;
      const m = this.mentionAtStart(par, j);
      if (m) return j > from && m.kind === 'name' && !m.possessive ? this.fromMention(m) : null;
      // A verb form ("covering", "accused") makes the name its object.
      if (t.cap || (t.lex & (LEX_STOPWORD | LEX_SPEECH_VERB | LEX_PREPOSITION)) !== 0 || followsVerbForm(t)) return null;
    }
    return null;
  }

  /** "said Smith", "said the president", "said the club's treasurer, Jo Bloggs". */
  private inverted(par: ParagraphModel, k: number): Subject | null {
    const T = par.tokens;
    let j = k + 1;
    if (T[j] && (T[j]!.lex & LEX_ADVERB_BETWEEN) !== 0 && T[j]!.quote < 0) j++;
    if (T[j] && T[j]!.cap && !this.mentionAtStart(par, j)) {
      const titled = this.titledNameAfter(par, j);
      if (titled) return titled;
    }
    const described = this.describedNameAfter(par, j);
    if (described) return described;
    for (let steps = 0; steps < 6; steps++, j++) {
      const t = T[j];
      if (!t || t.quote >= 0 || t.sent !== T[k]!.sent) return null;
      if (this.gapHas(T[j - 1]!, t, SENTENCE_OR_QUOTE)) return null;
      const comma = this.gapHas(T[j - 1]!, t, COMMA);
      const m = this.mentionAtStart(par, j);
      // "Protesters said they had gone": a "they" the clause goes on after is the subject of what follows; it
      // stands for the verb's own (plural) subject, not for one person named before ("said he would" usually does).
      if (m && m.kind === 'pronoun' && t.lower === 'they' && j + 1 < T.length && T[j + 1]!.sent === t.sent && T[j + 1]!.quote === t.quote && isBlankGap(this.source, t.e, T[j + 1]!.s)) return null;
      if (m) return this.fromMention(m);
      // Only determiners and nouns of an appositive head may come first.
      if (t.cap && steps > 0 && !comma) return null;
      if (steps > 0 && comma) continue;
      if (!/^(?:the|a|an|his|her|their|its)$/.test(t.lower) && steps === 0) return null;
    }
    return null;
  }

  /**
   * Who does the speech verb at k belong to? Looks left over adverbs,
   * appositives and coordinations ("he said … but insisted"), then right for
   * inverted order. A non-person noun phrase as subject means "someone we
   * cannot name" rather than "keep looking".
   */
  subjectOf(par: ParagraphModel, k: number, lo: number, depth = 0): Subject {
    const T = par.tokens;
    const verb = T[k]!;
    let j = k - 1;
    while (j >= lo && T[j]!.quote < 0 && ((T[j]!.lex & LEX_ADVERB_BETWEEN) !== 0 || (/ly$/.test(T[j]!.lower) && !T[j]!.cap && T[j]!.lower.length > 4)) && !this.mentionAtEnd(par, j)) j--;
    const participle = /ing$/.test(verb.lower);
    // `who was described as "…" by the police`: the subject of a passive speech verb is who was spoken of.
    if (this.isPassive(par, k, lo)) return NOBODY;
    // "Were it not for the grant, said Jo Bloggs, "…"": a verb set off by a comma with a name right after it is inverted.
    if (j >= lo && T[j]!.quote < 0 && j === k - 1 && this.gapHas(T[j]!, verb, COMMA)) {
      const after = this.mentionAtStart(par, k + 1);
      if (after && after.kind === 'name' && after.person !== null && !after.possessive && after.tokEnd < T.length && this.gapHas(T[after.tokEnd - 1]!, T[after.tokEnd]!, COMMA)) return this.fromMention(after);
    }
    if (j < lo || T[j]!.quote >= 0 || T[j]!.sent !== verb.sent) {
      // `… as "a dark day", telling the radio`: a participle after a quote shares the sentence's subject.
      const inverted = this.inverted(par, k);
      if (inverted) return inverted;
      const shared = participle && j >= 0 && T[j]!.sent === verb.sent ? this.sentenceSubject(par, k) : undefined;
      return shared ? this.fromMention(shared) : NOBODY;
    }
    if (this.gapHas(T[j]!, T[j + 1]!, SENTENCE_OR_QUOTE)) return this.inverted(par, k) ?? NOBODY;
    const comma = this.gapHas(T[j]!, T[j + 1]!, COMMA);
    const m = this.mentionAtEnd(par, j);
    // A capitalised run that names no one ("of the Harbour See said") may be where the speaker is from.
    const nobody = m !== undefined && m.kind === 'name' && m.person === null;
    // "A spokeswoman for Jo Bloggs said", "the lawyer of Jo Bloggs told": the one who speaks for the name.
    if (m && !comma && !nobody && m.prepObject && this.speaksForName(par, m, lo)) return NOBODY;
    if (m && !comma && !nobody) return this.fromMention(m);
    if ((!m || nobody) && !comma) {
      const placed = this.nameBeforePlace(par, j, lo) ?? this.nameBeforeGroup(par, j, lo) ?? this.unclosedAppositive(par, j, lo) ?? this.nameBeforeParticiple(par, j, lo);
      if (placed) return this.fromMention(placed);
      if (nobody) return this.fromMention(m);
    }
    // "<name>'s statement added": the statement speaks for its owner.
    if (!comma && STATEMENT_NOUNS.has(T[j]!.lower) && j - 1 >= lo) {
      const owner = this.mentionAtEnd(par, j - 1);
      if (owner && owner.possessive && owner.kind === 'name' && owner.person !== null) return { person: owner.person, named: true, kind: 'name', distant: false };
    }
    if (T[j]!.lower === 'who' && j - 1 >= lo) {
      const direct = this.mentionAtEnd(par, j - 1);
      const antecedent = direct !== undefined && !(direct.kind === 'name' && direct.person === null) ? direct : (this.appositiveAntecedent(par, j, lo) ?? direct);
      if (antecedent) return this.fromMention(antecedent);
    }
    // "He went on to say, "…"": an infinitive's subject is the sentence's, when no one else
    // is named on the way ("asked Jo Bloggs to say" is Jo Bloggs's).
    if (T[j]!.lower === 'to' && !comma && !participle) {
      const subject = this.sentenceSubject(par, k);
      if (subject && !this.mentionBetween(par, subject.tokEnd, j)) return this.fromMention(subject);
    }
    if (comma && !participle) {
      // "The jury president, the critic Jo Bloggs, praised": the name in apposition
      // ("Jo Bloggs, a lawyer representing Ann Lee, told": an object, not one).
      if (m && m.person !== null && !m.possessive && !m.prepObject && !followsVerbForm(T[m.tokStart - 1])) return this.fromMention(m);
      // "Smith, a former minister, said": find the mention before the opening comma.
      for (let i = j - 1; i >= Math.max(lo, j - 15); i--) {
        if (T[i]!.quote >= 0) break;
        if (this.gapHas(T[i]!, T[i + 1]!, COMMA)) {
          const before = this.mentionAtEnd(par, i);
          if (before) return this.fromMention(before);
          break;
        }
      }
      if (m) return this.fromMention(m);
    }
    if (participle || (T[j]!.lex & LEX_COORDINATOR) !== 0 || (m === undefined && comma)) {
      if (depth < 3) {
        for (let i = j - 1; i >= lo; i--) if (this.isSpeechVerbAt(par, i)) return this.subjectOf(par, i, lo, depth + 1);
      }
      for (let i = j; i >= lo; i--) {
        if (T[i]!.quote >= 0) continue;
        const before = this.mentionAtEnd(par, i);
        if (before && !before.prepObject && !before.possessive && !(before.kind === 'name' && before.person === null)) return this.fromMention(before);
      }
      return NOBODY;
    }
    return this.inverted(par, k) ?? NOBODY;
  }

  /**
   * The named subject's mention in the sentence holding token k: one opening the
   * sentence, or its first clause after an opening phrase set off by a comma
   * ("On Tuesday, Jo Bloggs …"), after at most a few describing words ("US
   * citizen Jo Bloggs"); undefined when the sentence opens otherwise.
   */
  private sentenceSubject(par: ParagraphModel, k: number): Mention | undefined {
    const T = par.tokens;
    const sent = T[k]!.sent;
    let s0 = k;
    while (s0 > 0 && T[s0 - 1]!.sent === sent && k - s0 < WINDOW) s0--;
    if (s0 > 0 && T[s0 - 1]!.sent === sent) return undefined;
    let at = s0;
    if (this.mentionAtStart(par, s0) === undefined) {
      for (let i = s0; i < Math.min(k, s0 + OPENING_PHRASE); i++) {
        if (T[i]!.quote >= 0 || this.mentionAtStart(par, i)) break;
        if (this.gapHas(T[i]!, T[i + 1]!, COMMA)) {
          at = i + 1;
          break;
        }
      }
    }
    // "US citizen Jo Bloggs …": a few descriptive words may come before the name.
    for (let lead = 0; lead < SUBJECT_LEAD && this.mentionAtStart(par, at) === undefined; lead++) {
      const t = T[at]!;
      // An all-capitals "US" is a country, not the pronoun the stopword list means.
      const word = t.cap ? (t.lex & LEX_SPEECH_VERB) === 0 : (t.lex & (LEX_STOPWORD | LEX_SPEECH_VERB)) === 0;
      if (at + 1 >= k || t.quote >= 0 || !word || !isBlankGap(this.source, t.e, T[at + 1]!.s)) return undefined;
      at++;
    }
    const m = this.mentionAtStart(par, at);
    if (!m || m.person === null || m.possessive || m.prepObject || T[at]!.quote >= 0) return undefined;
    return m;
  }

  /** Does a mention start among tokens [from, to)? */
  private mentionBetween(par: ParagraphModel, from: number, to: number): boolean {
    for (let i = from; i < to; i++) if (this.mentionAtStart(par, i)) return true;
    return false;
  }

  /** "according to X", "in the words of X" (the word at i is "according" or "words"). */
  private accordingTo(par: ParagraphModel, i: number): Attribution | null {
    const T = par.tokens;
    const t = T[i]!;
    if (t.quote >= 0) return null;
    const according = t.lower === 'according' && T[i + 1]?.lower === 'to';
    const inWordsOf = t.lower === 'words' && T[i + 1]?.lower === 'of' && T[i - 1]?.lower === 'the' && T[i - 2]?.lower === 'in';
    if (!according && !inWordsOf) return null;
    const verb = according ? 'according to' : 'in the words of';
    let m = this.mentionAtStart(par, i + 2);
    // "in the words of the Crown prosecutor, Jo Bloggs,": the name in apposition to a title;
    // "according to the university's astronomy professor Jo Bloggs": the name the title's words run into.
    if (m === undefined || (m.kind === 'role' && m.person === null)) {
      let unbroken = true;
      for (let j = m ? m.tokEnd : i + 3; j < Math.min(T.length, i + 8) && T[j]!.quote < 0 && T[j]!.sent === t.sent; j++) {
        const next = this.mentionAtStart(par, j);
        const comma = gapHas(this.source, T[j - 1]!.e, T[j]!.s, COMMA);
        if (next === undefined) {
          unbroken &&= isBlankGap(this.source, T[j - 1]!.e, T[j]!.s) && !T[j]!.cap;
          continue;
        }
        if (next.kind === 'name' && (comma || (unbroken && isBlankGap(this.source, T[j - 1]!.e, T[j]!.s)))) m = next;
        break;
      }
    }
    const person = m && !m.possessive ? m.person : null;
    return { found: true, person, verb, rule: person === null ? 'anonymous' : 'according-to', distant: m?.distant === true };
  }

  /** Attribution written after the closing mark: `," he said`, `," said Smith`. */
  after(par: ParagraphModel, qb: number, close: number | null, quoteText: string): Attribution {
    const T = par.tokens;
    if (close === null || qb >= T.length) return NONE;
    const first = T[qb]!;
    if (first.quote >= 0 || (first.lex & LEX_COORDINATOR) !== 0) return NONE;
    // Without trailing quote marks and blanks (the regex ['’‘"”\s]+$).
    let qe = quoteText.length;
    for (;;) {
      const c = qe > 0 ? quoteText.charCodeAt(qe - 1) : -1;
      if (c === 39 || c === 0x2019 || c === 0x2018 || c === 34 || c === 0x201d || (c >= 0 && isSpaceCode(c))) qe--;
      else break;
    }
    // The quote's last character once those are dropped (-1 if nothing is left).
    const last = qe > 0 ? quoteText.charCodeAt(qe - 1) : -1;
    // The text between the closing mark and the next word, read in place.
    const source = this.source;
    if (gapHas(source, close + 1, first.s, STOPS)) return NONE;
    const leadCommaOrDash = gapHas(source, close + 1, first.s, COMMA_OR_DASH);
    // A fragment flowing on into the sentence ("were "x" but insisted") is not followed by its attribution.
    // A missing comma does not stop a verb of speech right after the mark ("…panic" said Jo Bloggs).
    if (!leadCommaOrDash && !holds(FLOWING_END, last) && !this.speechVerbOpensAt(par, qb)) return NONE;
    // After a quote that ends its own sentence, only a bare "Smith said." counts.
    const strict = holds(SENTENCE_END, last) && !leadCommaOrDash && first.cap;
    if (!strict) {
      const apposed = this.nameWithAppositiveThenVerb(par, qb);
      if (apposed) return apposed;
    }
    const limit = Math.min(T.length, qb + 12);
    for (let i = qb; i < limit; i++) {
      const t = T[i]!;
      if (t.quote >= 0) break;
      if (i > qb && gapHas(this.source, T[i - 1]!.e, t.s, CLAUSE_BREAK)) break;
      const acc = this.accordingTo(par, i);
      if (acc) return acc;
      if (this.isSpeechVerbAt(par, i)) {
        if (strict && (i - qb > 3 || !this.clauseEndsSoon(par, i))) return NONE;
        // "… offer." He added: "…" — the verb introduces the next quote, not this one.
        if (strict && i + 1 < T.length && this.gapHas(t, T[i + 1]!, COLON)) return NONE;
        // "… region." Jo Bloggs said, "…": likewise with a comma before the next quote.
        if (strict && i + 1 < T.length && T[i + 1]!.quote >= 0 && this.gapHas(t, T[i + 1]!, COMMA)) return NONE;
        let j = i - 1;
        while (j >= qb && (T[j]!.lex & LEX_ADVERB_BETWEEN) !== 0) j--;
        if (j >= qb && (T[j]!.lex & LEX_COORDINATOR) !== 0) return NONE;
        return byVerb(this.subjectOf(par, i, qb), t.lower);
      }
    }
    return last === 44 ? this.anyVerbAfter(par, qb) : NONE;
  }

  /**
   * `"…," Col. Jo Bloggs, the unit's commander, said`: a name, an appositive
   * set off by commas, then the speech verb.
   */
  private nameWithAppositiveThenVerb(par: ParagraphModel, qb: number): Attribution | null {
    const T = par.tokens;
    const m = this.mentionAtStart(par, qb);
    if (!m || m.kind !== 'name' || m.person === null || m.possessive || m.tokEnd >= T.length || !this.gapHas(T[m.tokEnd - 1]!, T[m.tokEnd]!, COMMA)) return null;
    for (let k = m.tokEnd + 1; k < Math.min(T.length, m.tokEnd + 1 + APPOSITIVE_REACH); k++) {
      const t = T[k]!;
      if (t.quote >= 0 || t.sent !== T[qb]!.sent) return null;
      if (!this.gapHas(T[k - 1]!, t, COMMA)) continue;
      return !t.cap && this.isSpeechVerbAt(par, k) ? byVerb(this.fromMention(m), t.lower) : null;
    }
    return null;
  }

  /** `" said Jo Bloggs` or `" she said`: a speech verb at qb, or right after the name or pronoun there. */
  private speechVerbOpensAt(par: ParagraphModel, qb: number): boolean {
    const T = par.tokens;
    if (!T[qb]!.cap && this.isSpeechVerbAt(par, qb)) return true;
    const m = this.mentionAtStart(par, qb);
    return m !== undefined && !m.possessive && (m.kind === 'pronoun' || m.kind === 'name') && m.tokEnd < T.length && this.isSpeechVerbAt(par, m.tokEnd) && this.clauseEndsSoon(par, m.tokEnd);
  }

  /**
   * `"…," she giggled.`: a quote ending in a comma is followed by its
   * attribution whatever the verb, when a subject and one verb close the clause.
   */
  private anyVerbAfter(par: ParagraphModel, qb: number): Attribution {
    const T = par.tokens;
    const m = this.mentionAtStart(par, qb);
    if (!m || m.possessive || (m.kind !== 'pronoun' && m.kind !== 'name')) return NONE;
    const v = T[m.tokEnd];
    if (!v || v.quote >= 0 || v.cap || v.sent !== T[qb]!.sent || !/[a-z](?:ed|s)$/.test(v.lower)) return NONE;
    if (!isBlankGap(this.source, T[m.tokEnd - 1]!.e, v.s) || !this.clauseEndsSoon(par, m.tokEnd)) return NONE;
    return byVerb(this.fromMention(m), v.lower);
  }

  /** "Smith said." / "said Smith on Monday." — nothing more in the sentence. */
  private clauseEndsSoon(par: ParagraphModel, verbAt: number): boolean {
    const T = par.tokens;
    for (let j = verbAt; j < Math.min(T.length, verbAt + 5); j++) {
      if (j === T.length - 1) return true;
      if (gapHas(this.source, T[j]!.e, T[j + 1]!.s, CLAUSE_END)) return true;
    }
    return verbAt + 5 >= T.length;
  }

  /** Attribution earlier in the quote's sentence: `He said: "…"`, `she called it "…"`. */
  before(par: ParagraphModel, qa: number, sent: number): Attribution {
    const T = par.tokens;
    let lo = qa;
    while (lo - 1 >= 0 && T[lo - 1]!.sent === sent && qa - lo < WINDOW) lo--;
    for (let i = this.beforeAside(par, qa, lo) - 1; i >= lo; i--) {
      if (T[i]!.quote >= 0) continue;
      const acc = this.accordingTo(par, i);
      if (acc) return acc;
      if (this.isSpeechVerbAt(par, i)) {
        return byVerb(this.subjectOf(par, i, lo), T[i]!.lower);
      }
    }
    return NONE;
  }

  /**
   * `X commented — which the paper noted was unusual — "…"`: an aside set off
   * by dashes right before the quote is the reporter's, not the attribution.
   * Returns the token the aside opens at (qa when there is none).
   */
  private beforeAside(par: ParagraphModel, qa: number, lo: number): number {
    const T = par.tokens;
    if (qa <= lo || qa >= T.length || !gapHas(this.source, T[qa - 1]!.e, T[qa]!.s, DASHES)) return qa;
    for (let i = qa - 1; i > lo; i--) {
      if (T[i]!.quote >= 0) return qa;
      if (gapHas(this.source, T[i - 1]!.e, T[i]!.s, DASHES)) return i;
    }
    return qa;
  }

  /**
   * `EPA Administrator Jo Bloggs: "…"`: a paragraph opening with a name label
   * and a colon, no verb, then the quote. Returns the one person the label
   * names (none, or two: null).
   */
  label(par: ParagraphModel, qa: number, open: number): number | null {
    const T = par.tokens;
    if (qa === 0 || qa > LABEL_TOKENS || qa > T.length) return null;
    const last = T[qa - 1]!;
    if (last.quote >= 0 || !gapHas(this.source, last.e, open, COLON)) return null;
    let person: number | null = null;
    for (let i = 0; i < qa; i++) {
      if (T[i]!.quote >= 0 || this.isSpeechVerbAt(par, i)) return null;
      if (i > 0 && gapHas(this.source, T[i - 1]!.e, T[i]!.s, STOPS)) return null;
      const m = this.mentionAtStart(par, i);
      if (!m || m.kind !== 'name' || m.person === null || m.possessive || m.prepObject) continue;
      if (person !== null && person !== m.person) return null;
      person = m.person;
    }
    return person;
  }

  /** `Smith said:` closing a paragraph introduces the quote that opens the next. */
  introducedBy(par: ParagraphModel): Attribution {
    if (!/:\s*$/.test(par.text)) return NONE;
    const T = par.tokens;
    if (T.length === 0) return NONE;
    const sent = T[T.length - 1]!.sent;
    return this.before(par, T.length, sent);
  }
}
