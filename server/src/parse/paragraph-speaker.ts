/**
 * The speaker a paragraph reports without quoting them in the same sentence:
 * "Wilkins also said Warhol was a businessman. "As a way to …"", "According to
 * Ambassador Jo Bloggs, the team …". News prose then quotes that person in
 * the next sentence, or in the quote-only paragraph that follows, with no
 * verb of its own.
 */
import type { Attributor } from './attribution';
import type { ParagraphModel } from './model';

/**
 * The one named person who is the subject of a speech verb (or of "according
 * to") in the paragraph's prose before token `before`; null when there is
 * none or more than one. Without one, the person the paragraph opens with.
 */
export function reportedSpeaker(par: ParagraphModel, attributor: Attributor, before: number): number | null {
  const T = par.tokens;
  let person: number | null = null;
  let sentStart = 0;
  for (let i = 0; i < Math.min(before, T.length); i++) {
    const t = T[i]!;
    if (i > 0 && t.sent !== T[i - 1]!.sent) sentStart = i;
    if (t.quote >= 0) continue;
    let found: number | null = null;
    if (t.lower === 'according' && T[i + 1]?.lower === 'to') {
      const m = par.mentionsByStart[i + 2];
      if (m && m.kind === 'name' && !m.possessive) found = m.person;
    } else if (attributor.isSpeechVerbAt(par, i)) {
      const subj = attributor.subjectOf(par, i, sentStart);
      if (subj.kind === 'name') found = subj.person;
    }
    if (found === null) continue;
    if (person !== null && person !== found) return null;
    person = found;
  }
  return person ?? paragraphSubject(par, before);
}

/**
 * "Jo Bloggs, an economist in Boston, foresees a slowdown. "…"": the person
 * the paragraph opens with, when its prose names nobody else before `before`.
 */
function paragraphSubject(par: ParagraphModel, before: number): number | null {
  const first = par.mentionsByStart[0];
  if (!first || first.kind !== 'name' || first.person === null || first.possessive || par.tokens[0]!.quote >= 0) return null;
  for (let i = first.tokEnd; i < Math.min(before, par.tokens.length); i++) {
    const m = par.mentionsByStart[i];
    if (m && m.kind === 'name' && m.person !== first.person && par.tokens[i]!.quote < 0) return null;
  }
  return first.person;
}

/** No speech verb and no named person in the paragraph's prose: it only quotes. */
export function onlyQuotes(par: ParagraphModel, attributor: Attributor): boolean {
  const T = par.tokens;
  for (let i = 0; i < T.length; i++) {
    if (T[i]!.quote >= 0) continue;
    if (attributor.isSpeechVerbAt(par, i)) return false;
    const m = par.mentionsByStart[i];
    if (m && m.kind === 'name') return false;
  }
  return true;
}
