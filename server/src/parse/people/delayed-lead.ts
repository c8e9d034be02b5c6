import type { PeopleRegistry } from './registry';
import type { NameCandidate } from './types';
import { LEX_ROLE_HEAD, LEX_SPEECH_VERB, LEX_STOPWORD } from '../lexicon';
import type { ParagraphModel } from '../paragraph-model';
import { collapseSpaces, isSingleSpace } from '../text';

/**
 * `"…," said the Secretary of Defense during his visit.` ¶ `Jo Bloggs began
 * the day …`: a feature opening quotes an office and names the person only
 * in the next paragraph. When the paragraph before names nobody and has a
 * speech verb whose subject is "the <Office>", and the next paragraph opens
 * with a full name seen there for the first time and given no role, that
 * person holds the office, so the mention resolver gives the lead's quotes to
 * them. Anything less plain (someone named in the lead, the name not opening
 * the paragraph, a role of its own) leaves the lead unattributed.
 */
export function officesFromDelayedLeads(
  model: (paragraph: number) => ParagraphModel,
  count: number,
  candidates: readonly NameCandidate[],
  candFirst: Int32Array,
  registry: PeopleRegistry,
): void {
  for (let i = 1; i < count; i++) {
    const from = candFirst[i]!;
    if (from >= candFirst[i + 1]!) continue;
    const c = candidates[from]!;
    if (c.tokStart !== 0 || c.kind !== 'full' || c.role !== null) continue;
    const person = registry.resolveCandidate(c, NO_RECENCY);
    if (person === null) continue;
    const p = registry.people[person]!;
    if (p.role !== null || p.firstOffset !== c.offset || namesSomeone(candidates, candFirst[i - 1]!, from, registry)) continue;
    const office = officeSpeaking(model(i - 1));
    if (office !== null) p.role = office;
  }
}

const NO_RECENCY = new Map<number, number>();

function namesSomeone(candidates: readonly NameCandidate[], from: number, to: number, registry: PeopleRegistry): boolean {
  for (let k = from; k < to; k++) if (registry.resolveCandidate(candidates[k]!, NO_RECENCY) !== null) return true;
  return false;
}

/** `said the Secretary of Defense`: the capitalised office after "<speech verb> the", outside quotes, or null. */
function officeSpeaking(par: ParagraphModel): string | null {
  const T = par.tokens;
  const text = par.text;
  const base = par.start;
  for (let k = 1; k + 1 < T.length; k++) {
    const verb = T[k - 1]!;
    const the = T[k]!;
    const head = T[k + 1]!;
    if (the.lower !== 'the' || the.quote >= 0 || head.quote >= 0 || verb.quote >= 0 || (verb.lex & LEX_SPEECH_VERB) === 0 || !head.cap || (head.lex & LEX_ROLE_HEAD) === 0) continue;
    if (!isSingleSpace(text, verb.e - base, the.s - base) || !isSingleSpace(text, the.e - base, head.s - base)) continue;
    // "Secretary of Defense", "Chief of Naval Operations": capitalised words and "of" after the head.
    let end = k + 1;
    while (end + 1 < T.length && isSingleSpace(text, T[end]!.e - base, T[end + 1]!.s - base) && T[end + 1]!.quote < 0) {
      const n = T[end + 1]!;
      const capWord = n.cap && (n.lex & LEX_STOPWORD) === 0;
      const ofThenCap = n.lower === 'of' && end + 2 < T.length && T[end + 2]!.cap && T[end + 2]!.quote < 0;
      if (!capWord && !ofThenCap) break;
      end++;
    }
    return collapseSpaces(text.slice(head.s - base, T[end]!.e - base));
  }
  return null;
}
