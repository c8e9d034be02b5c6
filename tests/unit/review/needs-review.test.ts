import { LOW_CONFIDENCE, reviewFilter, reviewReasons } from '../../../server/src/review/needs-review';

const base = { speaker: { name: 'A' }, confidence: 0.95, speakerConfirmed: false, diverged: false, divergenceAcceptedAt: null };

describe('needs review', () => {
  it('lists every reason a quote needs an editor', () => {
    expect(reviewReasons(base)).toEqual([]);
    expect(reviewReasons({ ...base, speaker: null })).toEqual(['unattributed']);
    expect(reviewReasons({ ...base, confidence: LOW_CONFIDENCE - 0.01 })).toEqual(['low-confidence']);
    expect(reviewReasons({ ...base, confidence: LOW_CONFIDENCE - 0.01, speakerConfirmed: true })).toEqual([]);
    expect(reviewReasons({ ...base, confidence: null })).toEqual([]);
    expect(reviewReasons({ ...base, speaker: null, diverged: true })).toEqual(['unattributed', 'diverged']);
    expect(reviewReasons({ ...base, diverged: true, divergenceAcceptedAt: '2026-01-01' })).toEqual([]);
  });

  it('builds one filter per reason and their union for all', () => {
    expect(reviewFilter('all')).toEqual({ $or: [reviewFilter('unattributed'), reviewFilter('low-confidence'), reviewFilter('diverged')] });
    expect(JSON.stringify(reviewFilter('low-confidence'))).toContain(String(LOW_CONFIDENCE));
  });
});
