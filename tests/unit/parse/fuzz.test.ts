import fc from 'fast-check';
import { anyDocument, checkParse, emptyStats } from '../../../scripts/fuzz/arbitraries';

/**
 * The `npm run fuzz` property (scripts/fuzz-parser.ts) on a fixed seed and a
 * few thousand documents, so every `npm test` covers it and a failure replays.
 */
describe('parser fuzz (seeded)', () => {
  it('parses news-shaped documents without throwing; offsets slice back; speakers are people; deterministic', () => {
    const stats = emptyStats();
    fc.assert(
      fc.property(anyDocument, (text) => {
        expect(checkParse(text, stats, true)).toBeNull();
      }),
      { numRuns: 1500, seed: 20_251_125 },
    );
    // The generator must keep producing what it is for: quotes and speakers, not just noise.
    expect(stats.quotes).toBeGreaterThan(stats.documents);
    expect(stats.people).toBeGreaterThan(stats.documents);
  });
});
