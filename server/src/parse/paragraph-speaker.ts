/**
 * The speaker a paragraph reports without quoting them in the same sentence:
 * "Moreno also praised the plan. "It will pay for itself …"", "According to
 * Ambassador Jo Bloggs, the team …". News prose then quotes that person in
 * the next sentence, or in the quote-only paragraph that follows, with no
 * verb of its own.
 */
import type { Attributor } from './attribution';
import type { ParagraphModel } from './paragraph-model';

/** What a paragraph's prose reports, read once (in token order) when a quote first asks. */
export class ParagraphReports {
  /** Token index of each speech verb (or "according to") with a named subject, and that person. */
  private readonly at: number[] = [];
  private readonly person: number[] = [];
  /** The person the paragraph opens with, or -1; and where another person is first named (or the length). */
  private readonly opener: number;
  private readonly otherNamedAt: number;
  /** No speech verb and no named person in the prose: the paragraph only quotes. */
  readonly onlyQuotes: boolean;

  constructor(par: ParagraphModel, attributor: Attributor) {
    const T = par.tokens;
    const first = par.mentionsByStart[0];
    this.opener = first && first.kind === 'name' && first.person !== null && !first.possessive && T[0]!.quote < 0 ? first.person : -1;
    let otherNamedAt = T.length;
    let onlyQuotes = true;
    let sentStart = 0;
    for (let i = 0; i < T.length; i++) {
      const t = T[i]!;
      if (i > 0 && t.sent !== T[i - 1]!.sent) sentStart = i;
      if (t.quote >= 0) continue;
      const m = par.mentionsByStart[i];
      if (m && m.kind === 'name') {
        onlyQuotes = false;
        if (m.person !== this.opener && otherNamedAt === T.length) otherNamedAt = i;
      }
      let found: number | null = null;
      if (t.lower === 'according' && T[i + 1]?.lower === 'to') {
        const a = par.mentionsByStart[i + 2];
        if (a && a.kind === 'name' && !a.possessive) found = a.person;
      } else if (attributor.isSpeechVerbAt(par, i)) {
        onlyQuotes = false;
        const subj = attributor.subjectOf(par, i, sentStart);
        // "She said …": a pronoun the text resolves nearby reports its person as well as the name would.
        if (subj.kind === 'name' || (subj.kind === 'pronoun' && !subj.distant)) found = subj.person;
      }
      if (found !== null) {
        this.at.push(i);
        this.person.push(found);
      }
    }
    this.otherNamedAt = otherNamedAt;
    this.onlyQuotes = onlyQuotes;
  }

  /**
   * The one named person who is the subject of a speech verb (or of
   * "according to") before token `before`; none or more than one: null.
   * Without one, the person the paragraph opens with, when its prose names
   * nobody else before `before` ("Jo Bloggs, an economist in Boston,
   * foresees a slowdown. "…"").
   */
  /**
   * The tokens [from, to) that report what `person` said with the last speech
   * verb before `before`: from the verb to its sentence's end ("said Morrow
   * was a trader."). A name there is what was said, not another speaker.
   * [0, 0) when no verb of that person's comes before.
   */
  reportedClause(par: ParagraphModel, person: number, before: number): [number, number] {
    const T = par.tokens;
    for (let k = this.at.length - 1; k >= 0; k--) {
      const at = this.at[k]!;
      if (at >= before || this.person[k] !== person || T[at]!.lower === 'according') continue;
      let end = at + 1;
      while (end < T.length && T[end]!.sent === T[at]!.sent && T[end]!.quote < 0) end++;
      return [at, end];
    }
    return [0, 0];
  }

  /**
   * The named person whose name opens the sentence starting at token `at`,
   * when the paragraph's prose names nobody else and gives no one else a
   * speech verb; else null.
   */
  subjectRightAfter(par: ParagraphModel, at: number): number | null {
    const T = par.tokens;
    const t = T[at];
    const m = par.mentionsByStart[at];
    if (!t || t.quote >= 0 || (at > 0 && T[at - 1]!.sent === t.sent) || !m || m.kind !== 'name' || m.person === null || m.possessive) return null;
    for (let k = 0; k < this.person.length; k++) if (this.person[k] !== m.person) return null;
    for (let i = at + 1; i < T.length; i++) {
      const other = par.mentionsByStart[i];
      if (other && other.kind === 'name' && other.person !== m.person && T[i]!.quote < 0) return null;
    }
    return m.person;
  }

  speakerBefore(before: number): number | null {
    let person: number | null = null;
    for (let k = 0; k < this.at.length && this.at[k]! < before; k++) {
      if (person !== null && person !== this.person[k]) return null;
      person = this.person[k]!;
    }
    if (person !== null) return person;
    return this.opener >= 0 && this.otherNamedAt >= before ? this.opener : null;
  }
}
