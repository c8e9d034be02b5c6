import { resolve } from 'path';
import { evaluateSynthetic } from '../../../scripts/eval/corpus';
import { roleMatches, scoreFile, scoresOf, sumCounts } from '../../../scripts/eval/score';
import { MIN_SUPPORT, missedTargets, REAL_TARGETS, SYNTHETIC_TARGETS } from '../../../scripts/eval/targets';

const root = resolve(__dirname, '..', '..', '..');

describe('parser quality on the labelled set', () => {
  const result = evaluateSynthetic(root);

  it('has fixtures to score', () => {
    expect(result.entries.length).toBeGreaterThan(0);
  });

  it('meets the quote, attribution and people targets overall', () => {
    const below = SYNTHETIC_TARGETS.filter((t) => result.total[t.metric] < t.min).map((t) => t.label);
    expect(below).toEqual([]);
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

  it('counts attribution precision over the speakers the parser names', () => {
    const r = scoreFile(gold, {
      people: [],
      quotes: [
        { text: 'We will win,', speaker: 'Ted Hart', kind: 'full' },
        { text: 'never', speaker: 'Ted Hart', kind: 'partial' },
        { text: 'No comment.', speaker: null, kind: 'full' },
      ],
    });
    expect(r.counts.speakersNamed).toBe(2);
    expect(r.counts.speakersRight).toBe(1);
    expect(r.scores.attributionPrecision).toBeCloseTo(0.5);
  });

  it('accepts a speaker named by one of the gold aliases, and matches people by alias once', () => {
    const g = { ...gold, people: [{ name: 'Ana Quintero', role: 'Mayor', aliases: ['Quintero'] }] };
    const r = scoreFile(g, {
      people: [{ name: 'Quintero', role: 'mayor of Springfield' }, { name: 'Ana Quintero', role: null }],
      quotes: [{ text: 'We will win,', speaker: 'Quintero', kind: 'full' }],
    });
    expect(r.counts.attributedCorrectly).toBe(1);
    expect(r.counts.matchedPeople).toBe(1);
    expect(r.extraPeople).toEqual(['Quintero']);
    expect(r.counts.rolesGold).toBe(1);
    expect(r.counts.rolesFound).toBe(0);
  });

  it('matches a role by the words it shares with the gold role', () => {
    expect(roleMatches('Spc.', 'Spc. (also given as Pfc.); 49th Public Affairs Detachment (story author)')).toBe(true);
    expect(roleMatches('story author', '(story author)')).toBe(true);
    expect(roleMatches('Mayor', '(story author)')).toBe(false);
    expect(roleMatches('spokesman for the Springfield council', 'Mayor')).toBe(false);
    expect(roleMatches('Mayor', 'mayor of Springfield')).toBe(true);
    expect(roleMatches('Defense Secretary', 'Secretary of Defense')).toBe(true);
    expect(roleMatches('Senator', 'Governor')).toBe(false);
    expect(roleMatches(null, 'Governor')).toBe(false);
  });

  it('scores sections and related links as F1, and skips sections the gold does not label', () => {
    const g = { ...gold, quotes: [], sections: ['Reaction', 'What next'], relatedLinks: [{ title: 'Earlier story', url: null }] };
    const r = scoreFile(g, {
      people: [],
      quotes: [],
      sections: [{ heading: null }, { heading: 'Reaction' }, { heading: 'Background' }],
      relatedLinks: [{ title: 'Earlier  story', url: null }, { title: 'Other', url: 'https://x.test' }],
    });
    expect(r.scores.sectionsF1).toBeCloseTo(0.5);
    expect(r.scores.linksF1).toBeCloseTo(2 / 3);
    const unlabelled = scoreFile(gold, { people: [], quotes: [], sections: [{ heading: 'Reaction' }] });
    expect(unlabelled.counts.predictedSections).toBe(0);
  });

  it('micro-averages totals', () => {
    const a = scoreFile(gold, { people: [], quotes: [] }).counts;
    const b = scoreFile(gold, { people: gold.people, quotes: gold.quotes }).counts;
    const s = scoresOf(sumCounts([a, b]));
    expect(s.quoteRecall).toBeCloseTo(0.5);
    expect(s.quotePrecision).toBe(1);
  });
});

describe('targets', () => {
  it('does not judge an F1 on fewer gold items than MIN_SUPPORT, only extras found beyond them', () => {
    const links = (labelled: number, found: number, right: number) => {
      const relatedLinks = Array.from({ length: labelled }, (_, i) => ({ title: `Story ${i}`, url: null }));
      const predicted = Array.from({ length: found }, (_, i) => ({ title: i < right ? `Story ${i}` : `Other ${i}`, url: null }));
      const counts = scoreFile({ people: [], quotes: [], relatedLinks, sections: [] }, { people: [], quotes: [], relatedLinks: predicted }).counts;
      return missedTargets(scoresOf(counts), REAL_TARGETS, counts).filter((m) => m.startsWith('related links'));
    };
    // One gold link missed: F1 0.000, not judged.
    expect(links(1, 0, 0)).toEqual([]);
    // No gold link, one found: an error whatever the support.
    expect(links(0, 1, 0)).toEqual(['related links F1: 1 found that the gold does not list (0 gold, F1 not judged below 5)']);
    // Enough gold links: the F1 target again.
    expect(links(2 * MIN_SUPPORT, 2 * MIN_SUPPORT - 1, 2 * MIN_SUPPORT - 1)).toEqual([]);
    expect(links(MIN_SUPPORT, 2, 2)).toEqual(['related links F1 0.571 < 0.9']);
  });
});
