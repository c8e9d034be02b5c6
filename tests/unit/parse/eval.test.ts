import { resolve } from 'path';
import { runEvaluation } from '../../../server/src/parse/eval-set';
import { scoreFile, scoresOf, sumCounts, TARGETS } from '../../../server/src/parse/evaluate';

const root = resolve(__dirname, '..', '..', '..');

describe('parser quality on the labelled set', () => {
  const result = runEvaluation(root);

  it('has fixtures to score', () => {
    expect(result.entries.length).toBeGreaterThan(0);
  });

  it('meets the quote, attribution and people targets overall', () => {
    expect(result.total.quoteF1).toBeGreaterThanOrEqual(TARGETS.quoteF1);
    expect(result.total.attribution).toBeGreaterThanOrEqual(TARGETS.attribution);
    expect(result.total.peopleF1).toBeGreaterThanOrEqual(TARGETS.peopleF1);
  });

  it('scores the sample document at 100%', () => {
    expect(result.sample).not.toBeNull();
    expect(result.sample!.quoteF1).toBe(1);
    expect(result.sample!.attribution).toBe(1);
    expect(result.sample!.peopleF1).toBe(1);
  });

  it('reports no missed target', () => {
    expect(result.failures).toEqual([]);
  });
});

describe('scoring', () => {
  const gold = {
    people: [{ name: 'Ana Quintero', role: null }, { name: 'Ted Hart', role: null }],
    quotes: [
      { text: 'We will win,', speaker: 'Ana Quintero', kind: 'full' as const },
      { text: 'never', speaker: 'Ted Hart', kind: 'partial' as const },
      { text: 'No comment.', speaker: null, kind: 'full' as const },
    ],
    relatedLinks: [],
  };

  it('matches by exact or normalised text, each gold at most once', () => {
    const r = scoreFile(gold, {
      people: [{ name: 'Ana  Quintero' }, { name: 'Someone Else' }],
      quotes: [
        { text: 'We  will win,', speaker: 'Ana Quintero', kind: 'full' },
        { text: 'We will win,', speaker: 'Ana Quintero', kind: 'full' },
        { text: 'never', speaker: null, kind: 'partial' },
      ],
    });
    expect(r.counts.matchedQuotes).toBe(2);
    expect(r.counts.predictedQuotes).toBe(3);
    expect(r.counts.attributable).toBe(2);
    expect(r.counts.attributedCorrectly).toBe(1);
    expect(r.counts.matchedPeople).toBe(1);
    expect(r.scores.quotePrecision).toBeCloseTo(2 / 3);
    expect(r.scores.quoteRecall).toBeCloseTo(2 / 3);
    expect(r.scores.peopleF1).toBeCloseTo(0.5);
  });

  it('treats curly and straight quote characters alike', () => {
    const r = scoreFile(
      { ...gold, quotes: [{ text: 'It’s “fine”', speaker: null, kind: 'full' }] },
      { people: [], quotes: [{ text: 'It\'s "fine"', speaker: null, kind: 'full' }] },
    );
    expect(r.counts.matchedQuotes).toBe(1);
  });

  it('micro-averages totals', () => {
    const a = scoreFile(gold, { people: [], quotes: [] }).counts;
    const b = scoreFile(gold, { people: gold.people, quotes: gold.quotes }).counts;
    const s = scoresOf(sumCounts([a, b]));
    expect(s.quoteRecall).toBeCloseTo(0.5);
    expect(s.quotePrecision).toBe(1);
  });
});
