import type { Attributor } from './attribution';
import { followsNamingVerb, followsWordsNoun, hasLetters, isShortFragment, quoteKind } from './classify';
import type { KeptQuotes } from './kept-quotes';
import type { ParagraphModel } from './paragraph-model';
import { ParagraphReports } from './paragraph-speaker';
import type { QuoteSpans } from './quotes';
import type { StatementFrame } from './statement';
import { isSpaceCode } from './text';

/** What attributing any paragraph of a document reads and writes: built once per document. */
export interface AttributionContext {
  source: string;
  spans: QuoteSpans;
  /** Each span's text, by document quote index. */
  quoteText: readonly string[];
  isTitleQuote: (q: number) => boolean;
  attributor: Attributor;
  /** Spans that are nicknames inside names (Jo "J.B." Bloggs): never speech. */
  excluded: ReadonlySet<number>;
  /** The kept quotes: each paragraph appends its own. */
  out: KeptQuotes;
}

/**
 * Decides, for every quoted span of a paragraph, whether it is speech, its
 * kind and who said it. Each look-up is bounded to the quote's sentence, so
 * the whole pass is linear in the size of the text.
 */
export function attributeParagraph(ctx: AttributionContext, par: ParagraphModel, previousPar: ParagraphModel | null, statement: StatementFrame | null): void {
  // This paragraph's kept quotes are out[first, out.length).
  const first = ctx.out.length;
  keepSpeech(ctx, par);
  inheritWithinParagraph(ctx, par, previousPar, first, statement);
}

/** Records the paragraph's quotes that are speech, each with the attribution its own sentence gives it. */
function keepSpeech(ctx: AttributionContext, par: ParagraphModel): void {
  const { source, spans, quoteText, isTitleQuote, attributor, excluded, out } = ctx;
  const T = par.tokens;
  let prevQuote = -1;
  for (let qi = par.quoteFrom; qi < par.quoteTo; qi++) {
    const text = quoteText[qi]!;
    const open = spans.open[qi]!;
    const close = spans.close[qi]!;
    const continued = spans.continued[qi] === 1;
    const qa = par.quoteA[qi]!;
    const qb = par.quoteB[qi]!;
    const sent = qa < qb ? T[qa]!.sent : qa > 0 ? T[qa - 1]!.sent : -1;

    let attribution = attributor.after(par, qb, close < 0 ? null : close, text);
    if (!attribution.found) attribution = attributor.before(par, qa, sent);
    // `X called it "…," according to NBC`: an outlet reported the words, X said them.
    else if (attribution.person === null && attribution.verb === 'according to') {
      const said = attributor.before(par, qa, sent);
      if (said.person !== null) attribution = said;
    }

    // The reporter's words between the sentence start (or the previous quote
    // of the same sentence) and the opening mark.
    let from: number;
    // `"A," she said, "b …"`: the second part resumes the speaker's sentence.
    const resumes = prevQuote >= 0 && out.sent[prevQuote] === sent && /,\s*$/.test(quoteText[out.span[prevQuote]!]!);
    if (prevQuote >= 0 && out.sent[prevQuote] === sent) {
      const ps = out.span[prevQuote]!;
      const pc = spans.close[ps]!;
      from = (pc < 0 ? spans.end[ps]! : pc) + 1;
    } else {
      let f = qa;
      while (f - 1 >= 0 && T[f - 1]!.sent === sent && qa - f < 200) f--;
      from = f === 0 ? par.start : f < qa ? T[f]!.s : open;
    }
    from = from <= open ? Math.max(from, open - 400) : open;

    let keep = hasLetters(text) && !excluded.has(qi);
    if (keep && !continued && close >= 0 && isTitleQuote(qi)) keep = false;
    // Scare quotes: a few words no speech verb claims.
    if (keep && !attribution.found && isShortFragment(text) && !continued) keep = false;
    if (keep && !continued) {
      const beforeText = source.slice(from, open);
      if (followsNamingVerb(beforeText) || followsWordsNoun(beforeText)) keep = false;
    }

    // Quotes not kept take no further part: only kept ones are recorded.
    if (!keep) continue;
    const kind = quoteKind(source, from, open, text, continued || resumes);
    prevQuote = out.push(qi, kind, attribution, sent, qa, qb);
  }
}

/** Quotes kept from this paragraph (out[first, out.length)) that found no speaker of their own. */
function inheritWithinParagraph(ctx: AttributionContext, par: ParagraphModel, previousPar: ParagraphModel | null, first: number, statement: StatementFrame | null): void {
  const { spans, attributor, out } = ctx;
  // A quote with no attribution of its own inherits one from a quote it belongs with.
  const end = out.length;
  let reports: ParagraphReports | null = null;
  for (let s = first; s < end; s++) {
    if (out.found[s] === 1) continue;
    // Later in the same sentence: "A" and "B," he said.
    const next = s + 1;
    if (next < end && out.sent[next] === out.sent[s] && out.found[next] === 1) {
      out.inherit(s, next, 'same-sentence', true);
      continue;
    }
    const prev = s - 1;
    if (prev >= first && out.person[prev]! >= 0) {
      if (!mentionsOtherPerson(par, out, prev, s)) {
        const sameSentence = out.sent[prev] === out.sent[s];
        out.inherit(s, prev, sameSentence ? 'same-sentence' : 'paragraph', sameSentence);
      }
      continue;
    }
    // A paragraph ending "… said:" introduces the quote opening the next one.
    if (prev < first && previousPar && opensWithQuote(par.text)) {
      const intro = attributor.introducedBy(previousPar);
      if (intro.found) {
        out.assign(s, intro.person, 'introduced', intro.verb);
        continue;
      }
    }
    const label = attributor.label(par, out.qa[s]!, spans.open[out.span[s]!]!);
    if (label !== null) {
      out.assign(s, label, 'label');
      continue;
    }
    if (statement !== null && prev < first && out.qa[s]! > statement.at && !mentionsOtherPerson(par, out, -1, s, statement.person)) {
      out.assign(s, statement.person, 'statement');
      continue;
    }
    if (spans.continued[out.span[s]!] === 1) continue; // its chain gives it a speaker, if any
    // Reported earlier in this paragraph: "X also said … . "…"".
    // Only a quote standing as a sentence of its own: a fragment inside the reporter's sentence is theirs.
    const qa = out.qa[s]!;
    const opensSentence = qa === 0 || par.tokens[qa - 1]!.sent !== out.sent[s];
    reports ??= new ParagraphReports(par, attributor);
    const reported = opensSentence && out.kind[s] === 'full' ? reports.speakerBefore(qa) : null;
    if (reported !== null && !mentionsOtherPerson(par, out, -1, s, reported, reports.reportedClause(par, reported, qa))) {
      out.assign(s, reported, 'paragraph-speaker');
      continue;
    }
    // ""…" Jo Bloggs, the unit's commander, watched …": the person a paragraph turns to right after opening with a quote.
    if (s === first && out.kind[s] === 'full' && opensWithQuote(par.text)) {
      const subject = reports.subjectRightAfter(par, out.qb[s]!);
      if (subject !== null) {
        out.assign(s, subject, 'paragraph-speaker');
        continue;
      }
    }
    // A paragraph that only quotes, right after one that quotes or reports one person.
    if (prev < first && previousPar && previousPar.index === par.index - 1 && opensWithQuote(par.text) && reports.onlyQuotes) {
      const last = first - 1;
      const lastSpeaker = last >= 0 && spans.paragraph[out.span[last]!] === previousPar.index ? out.person[last]! : -1;
      const speaker = lastSpeaker >= 0 ? lastSpeaker : new ParagraphReports(previousPar, attributor).speakerBefore(previousPar.tokens.length);
      if (speaker !== null && speaker >= 0) out.assign(s, speaker, 'paragraph-speaker');
    }
  }
}

/** Does the paragraph open with a quote mark (", “, „, « or ‘), after any blanks? */
export function opensWithQuote(text: string): boolean {
  let i = 0;
  while (i < text.length && isSpaceCode(text.charCodeAt(i))) i++;
  const c = text.charCodeAt(i);
  return c === 34 || c === 0x201c || c === 0x201e || c === 0xab || c === 0x2018;
}

const NO_CLAUSE: readonly [number, number] = [0, 0];

/**
 * True when the reporter names someone else between two quotes (a < 0: from
 * the paragraph's start) than quote a's speaker (or `person`). Names inside
 * `reported`, the clause of the speaker's own speech verb ("Vale said Morrow
 * was a trader"), are what the speaker said, not someone else speaking.
 */
function mentionsOtherPerson(par: ParagraphModel, kept: KeptQuotes, a: number, b: number, person = kept.person[a], reported: readonly [number, number] = NO_CLAUSE): boolean {
  // `"…," said Jo Bloggs, aide to Tom Vale. "…"`: names in quote a's own sentence belong to its attribution.
  const ownSentence = a < 0 ? -1 : kept.sent[a]!;
  for (let k = a < 0 ? 0 : kept.qb[a]!; k < kept.qa[b]!; k++) {
    if (k >= reported[0] && k < reported[1]) continue;
    if (par.tokens[k]!.sent === ownSentence) continue;
    const m = par.mentionsByStart[k];
    if (m && m.person !== null && m.person !== person && m.kind === 'name') return true;
  }
  return false;
}
