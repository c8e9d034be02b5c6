/**
 * The evidence for a quote's speaker: which rule attributed it and how far
 * that rule is trusted. A wrong speaker is a misquote in print, an empty one
 * is work for an editor, so a guess below REVIEW_THRESHOLD is not made: the
 * speaker stays empty and the quote is marked for review.
 */

export type AttributionRule =
  /** A speech verb next to the name: `"…," said Jo Bloggs`. */
  | 'speech-verb'
  /** "according to Jo Bloggs". */
  | 'according-to'
  /** A speech verb whose subject is a pronoun: `"…," she said`. */
  | 'pronoun'
  /** A speech verb whose subject is a role noun: `"…," the minister said`. */
  | 'role-noun'
  /** A speech verb whose subject nobody names ("a spokesman said"): no speaker, on purpose. */
  | 'anonymous'
  /** "Jo Bloggs, minister: "…"": a name label before a colon. */
  | 'label'
  /** "Jo Bloggs issued the following statement" and the quoted paragraphs after it. */
  | 'statement'
  /** A paragraph ending "… said:" introduces the quote opening the next one. */
  | 'introduced'
  /** Another quote of the same sentence carries the verb: `"A" and "B," she said`. */
  | 'same-sentence'
  /** An earlier quote of the same paragraph, nobody else named in between. */
  | 'paragraph'
  /** A quote running over several paragraphs, attributed in one of them. */
  | 'continuation'
  /**
   * No verb of its own: the one person the paragraph reports ("X also said …"), or
   * the speaker of the paragraph before a paragraph that only quotes.
   */
  | 'paragraph-speaker'
  | 'none';

const CONFIDENCE: Readonly<Record<AttributionRule, number>> = {
  'speech-verb': 0.95,
  'according-to': 0.9,
  anonymous: 0.9,
  introduced: 0.85,
  'same-sentence': 0.9,
  continuation: 0.85,
  label: 0.8,
  statement: 0.8,
  'role-noun': 0.75,
  paragraph: 0.75,
  pronoun: 0.7,
  'paragraph-speaker': 0.65,
  none: 0,
};

/** Below this, a rule's speaker is not given: the quote goes to review instead. */
export const REVIEW_THRESHOLD = 0.6;

/** How far a rule is trusted, lowered when the referent is far back in the text. */
export function confidenceOf(rule: AttributionRule, distant = false): number {
  const c = CONFIDENCE[rule];
  return distant ? Math.round(c * 0.7 * 100) / 100 : c;
}

export const ATTRIBUTION_RULES: readonly AttributionRule[] = Object.keys(CONFIDENCE) as AttributionRule[];
