/**
 * Statement framing: "<name> issued the following statement", "In a
 * statement, <name> …", "<name>'s statement added". Press releases then quote
 * the statement paragraph after paragraph with no speech verb at all; each
 * of those quotes is that person's.
 */
import { LEX_STATEMENT_WORD } from './lexicon';
import type { Mention, ParagraphModel } from './paragraph-model';

export interface StatementFrame {
  person: number;
  /** Token index of the word "statement": quotes after it in the same paragraph are covered. */
  at: number;
}

const isNamed = (m: Mention | undefined): m is Mention => m !== undefined && m.kind === 'name' && m.person !== null;

/**
 * The person a paragraph frames a statement for: the owner in "<name>'s
 * statement", else the one person named before "statement" in its paragraph
 * (its subject: "<name>, <role>, issued the following statement …"), else
 * the person right after "statement from/by". Two people named before it:
 * nobody.
 */
export function findStatementFrame(par: ParagraphModel): StatementFrame | null {
  if ((par.lex & LEX_STATEMENT_WORD) === 0) return null;
  const T = par.tokens;
  for (let k = 0; k < T.length; k++) {
    const t = T[k]!;
    if (t.quote >= 0 || (t.lex & LEX_STATEMENT_WORD) === 0) continue;
    const owner = k > 0 ? par.mentionsByEnd[k - 1] : undefined;
    if (isNamed(owner) && owner.possessive) return { person: owner.person!, at: k };
    // From the paragraph's start, not the sentence's: abbreviations such as
    // "(D-N.J.)," may end a sentence early, and the subject comes first anyway.
    let person: number | null = null;
    for (let i = 0; i < k; i++) {
      const m = par.mentionsByStart[i];
      if (!isNamed(m) || m.prepObject || T[i]!.quote >= 0) continue;
      if (person !== null && person !== m.person) return null;
      person = m.person;
    }
    if (person !== null) return { person, at: k };
    const by = T[k + 1];
    if (by && (by.lower === 'from' || by.lower === 'by')) {
      for (let i = k + 2; i < Math.min(T.length, k + 8) && T[i]!.sent === t.sent && T[i]!.quote < 0; i++) {
        const m = par.mentionsByStart[i];
        if (m === undefined) continue;
        if (isNamed(m) && !m.possessive) return { person: m.person!, at: k };
        break;
      }
    }
  }
  return null;
}
