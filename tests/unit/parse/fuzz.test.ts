import fc from 'fast-check';
import { anyDocument, checkParse, emptyStats } from '../../../scripts/fuzz/arbitraries';
import { parseDocument } from '../../../server/src/parse';
import { manyTinyParagraphs } from '../../fixtures/bad/cases';

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

describe('parser at the edges of the bad-input corpus', () => {
  it('100,000 one-word paragraphs: every paragraph found, offsets slice back', () => {
    const text = manyTinyParagraphs(100_000);
    const doc = parseDocument(text);
    const paragraphs = doc.sections.flatMap((s) => s.paragraphs);
    expect(paragraphs).toHaveLength(100_000);
    for (const p of paragraphs) expect(text.slice(p.start, p.start + p.text.length)).toBe(p.text);
  });
});
