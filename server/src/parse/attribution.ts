import { LEX_ADVERB_BETWEEN, LEX_COORDINATOR, LEX_SPEECH_VERB } from './lexicon';
import type { Mention } from './mentions';
import type { ParagraphModel, Token } from './model';
import { isSpaceCode } from './text';

export interface Attribution {
  /** A speech verb (or "according to") attributes the quote, even if to no one we can name. */
  found: boolean;
  person: number | null;
  verb: string | null;
}

const NONE: Attribution = { found: false, person: null, verb: null };
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'these', 'those', 'this', 'that', 'such', 'whose']);
const WINDOW = 60;
/** Characters that end the clause after a quote, or the clause of a speech verb. */
const CLAUSE_BREAK = '.!?;:"\u201C\u201D(';
const CLAUSE_END = '.!?;:,';

/** True when source[from, to) holds any of the characters (in place, no substring). */
function gapHas(source: string, from: number, to: number, chars: string): boolean {
  for (let i = from; i < to; i++) if (chars.includes(source.charAt(i))) return true;
  return false;
}

type Subject = { person: number | null; named: boolean };

/** Attribution look-ups around quotes, bounded to the quote's own sentence. */
export class Attributor {
  constructor(private readonly source: string) {}

  isSpeechVerbAt(par: ParagraphModel, k: number): boolean {
    const t = par.tokens[k];
    if (!t || t.quote >= 0 || (t.lex & LEX_SPEECH_VERB) === 0) return false;
    const prev = par.tokens[k - 1];
    if (t.cap && prev && prev.sent === t.sent) return false; // "United States", "Post"
    if (prev && prev.quote < 0 && DETERMINERS.has(prev.lower)) return false; // "his comments"
    return true;
  }

  private mentionAtStart(par: ParagraphModel, k: number): Mention | undefined {
    return par.mentionsByStart[k];
  }

  private mentionAtEnd(par: ParagraphModel, k: number): Mention | undefined {
    return par.mentionsByEnd[k];
  }

  private gap(par: ParagraphModel, a: Token, b: Token): string {
    return this.source.slice(a.e, b.s);
  }

  private fromMention(m: Mention): Subject {
    if (m.possessive) return { person: null, named: false };
    return { person: m.person, named: m.person !== null };
  }

  /** "said Smith", "said the president", "said the club's treasurer, Jo Bloggs". */
  private inverted(par: ParagraphModel, k: number): Subject | null {
    const T = par.tokens;
    let j = k + 1;
    if (T[j] && (T[j]!.lex & LEX_ADVERB_BETWEEN) !== 0 && T[j]!.quote < 0) j++;
    for (let steps = 0; steps < 6; steps++, j++) {
      const t = T[j];
      if (!t || t.quote >= 0 || t.sent !== T[k]!.sent) return null;
      const gap = this.gap(par, T[j - 1]!, t);
      if (/[.!?;:"“”]/.test(gap)) return null;
      const m = this.mentionAtStart(par, j);
      if (m) return this.fromMention(m);
      // Only determiners and nouns of an appositive head may come first.
      if (t.cap && steps > 0 && !gap.includes(',')) return null;
      if (steps > 0 && gap.includes(',')) continue;
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
    if (j < lo || T[j]!.quote >= 0 || T[j]!.sent !== verb.sent) {
      return this.inverted(par, k) ?? { person: null, named: false };
    }
    const gap = this.gap(par, T[j]!, T[j + 1]!);
    if (/[.!?;:"“”]/.test(gap)) return this.inverted(par, k) ?? { person: null, named: false };
    const m = this.mentionAtEnd(par, j);
    if (m && !gap.includes(',')) return this.fromMention(m);
    if (T[j]!.lower === 'who' && j - 1 >= lo) {
      const antecedent = this.mentionAtEnd(par, j - 1);
      if (antecedent) return this.fromMention(antecedent);
    }
    const participle = /ing$/.test(verb.lower);
    if (gap.includes(',') && !participle) {
      // "The jury president, the critic Jo Bloggs, praised": the name in apposition.
      if (m && m.person !== null && !m.possessive) return this.fromMention(m);
      // "Smith, a former minister, said": find the mention before the opening comma.
      for (let i = j - 1; i >= Math.max(lo, j - 15); i--) {
        if (T[i]!.quote >= 0) break;
        if (this.gap(par, T[i]!, T[i + 1]!).includes(',')) {
          const before = this.mentionAtEnd(par, i);
          if (before) return this.fromMention(before);
          break;
        }
      }
      if (m) return this.fromMention(m);
    }
    if (participle || (T[j]!.lex & LEX_COORDINATOR) !== 0 || (m === undefined && gap.includes(','))) {
      if (depth < 3) {
        for (let i = j - 1; i >= lo; i--) if (this.isSpeechVerbAt(par, i)) return this.subjectOf(par, i, lo, depth + 1);
      }
      for (let i = j; i >= lo; i--) {
        if (T[i]!.quote >= 0) continue;
        const before = this.mentionAtEnd(par, i);
        if (before && !before.prepObject && !before.possessive && !(before.kind === 'name' && before.person === null)) return this.fromMention(before);
      }
      return { person: null, named: false };
    }
    return this.inverted(par, k) ?? { person: null, named: false };
  }

  private accordingTo(par: ParagraphModel, i: number): Attribution | null {
    const T = par.tokens;
    if (T[i]!.lower !== 'according' || T[i + 1]?.lower !== 'to' || T[i]!.quote >= 0) return null;
    const m = this.mentionAtStart(par, i + 2);
    return { found: true, person: m && !m.possessive ? m.person : null, verb: 'according to' };
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
    if (qe < quoteText.length) quoteText = quoteText.slice(0, qe);
    const lead = this.source.slice(close + 1, first.s);
    if (/[.!?;:]/.test(lead)) return NONE;
    // A fragment flowing on into the sentence ("were "x" but insisted") is not followed by its attribution.
    if (!/[,\u2014\u2013-]/.test(lead) && !/[,.!?…\u2014\u2013-]$/.test(quoteText)) return NONE;
    // After a quote that ends its own sentence, only a bare "Smith said." counts.
    const strict = /[.!?…]$/.test(quoteText) && !/[,\u2014\u2013-]/.test(lead) && first.cap;
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
        if (strict && i + 1 < T.length && /:/.test(this.gap(par, t, T[i + 1]!))) return NONE;
        let j = i - 1;
        while (j >= qb && (T[j]!.lex & LEX_ADVERB_BETWEEN) !== 0) j--;
        if (j >= qb && (T[j]!.lex & LEX_COORDINATOR) !== 0) return NONE;
        const subj = this.subjectOf(par, i, qb);
        return { found: true, person: subj.person, verb: t.lower };
      }
    }
    return NONE;
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
    for (let i = qa - 1; i >= lo; i--) {
      if (T[i]!.quote >= 0) continue;
      const acc = this.accordingTo(par, i);
      if (acc) return acc;
      if (this.isSpeechVerbAt(par, i)) {
        const subj = this.subjectOf(par, i, lo);
        return { found: true, person: subj.person, verb: T[i]!.lower };
      }
    }
    return NONE;
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
