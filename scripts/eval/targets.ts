/**
 * The quality targets of each evaluation set, and how a set's summed counts
 * are judged against them.
 */
import type { Counts, Scores } from './score';

export type Target = { metric: keyof Scores; label: string; min: number };

/** The synthetic fixtures: written by us, so the bar is near perfect. */
export const SYNTHETIC_TARGETS: Target[] = [
  { metric: 'quoteF1', label: 'quote F1', min: 0.95 },
  { metric: 'attribution', label: 'attribution', min: 0.92 },
  { metric: 'peopleF1', label: 'people F1', min: 0.92 },
];

/** The sample document must be perfect on these. */
export const SAMPLE_TARGETS: Target[] = SYNTHETIC_TARGETS.map((t) => ({ ...t, min: 1 }));

/** Real published articles (tests/fixtures/real). */
export const REAL_TARGETS: Target[] = [
  { metric: 'quoteF1', label: 'quote F1', min: 0.98 },
  { metric: 'attribution', label: 'attribution', min: 0.93 },
  { metric: 'attributionPrecision', label: 'attribution precision', min: 0.98 },
  { metric: 'peopleF1', label: 'people F1', min: 0.92 },
  { metric: 'roles', label: 'roles', min: 0.85 },
  { metric: 'sectionsF1', label: 'sections F1', min: 0.8 },
  { metric: 'linksF1', label: 'related links F1', min: 0.9 },
  { metric: 'kindAccuracy', label: 'quote kind', min: 0.95 },
];

/**
 * Below this many gold items an F1 swings by whole steps (one miss in one
 * gold link is 0.000): the F1 target is not judged, only that nothing was
 * found that the gold does not list.
 */
export const MIN_SUPPORT = 5;

/** The counts behind each F1 score: gold, predicted, matched. */
export const SUPPORT: Partial<Record<keyof Scores, readonly [keyof Counts, keyof Counts, keyof Counts]>> = {
  quoteF1: ['goldQuotes', 'predictedQuotes', 'matchedQuotes'],
  peopleF1: ['goldPeople', 'predictedPeople', 'matchedPeople'],
  sectionsF1: ['goldSections', 'predictedSections', 'matchedSections'],
  linksF1: ['goldLinks', 'predictedLinks', 'matchedLinks'],
};

/** Gold, predicted and matched counts of an F1 metric too thinly supported to score, or null. */
export function lowSupport(metric: keyof Scores, c: Counts): { gold: number; extra: number; matched: number } | null {
  const keys = SUPPORT[metric];
  if (keys === undefined || c[keys[0]] >= MIN_SUPPORT) return null;
  return { gold: c[keys[0]], extra: c[keys[1]] - c[keys[2]], matched: c[keys[2]] };
}

export function missedTargets(s: Scores, targets: Target[], c: Counts): string[] {
  const missed: string[] = [];
  for (const t of targets) {
    const low = lowSupport(t.metric, c);
    if (low !== null) {
      if (low.extra > 0) missed.push(`${t.label}: ${low.extra} found that the gold does not list (${low.gold} gold, F1 not judged below ${MIN_SUPPORT})`);
    } else if (s[t.metric] < t.min) missed.push(`${t.label} ${s[t.metric].toFixed(3)} < ${t.min}`);
  }
  return missed;
}
