import { LOW_CONFIDENCE, needsReview } from '../../../server/src/review/needs-review';
import { quoteReviewChanged } from '../../../server/src/sync/plan/quote-texts-changed';
import { childRecords } from '../../../server/src/sync/store/new-records';
import type { RecordOp, SyncPlan } from '../../../server/src/sync/plan/types';
import type { RecordChange } from '../../../server/src/sync/types';

const op = (fields: Partial<RecordOp>): RecordOp => ({
  type: 'quote',
  op: 'update',
  key: 'q1',
  documentId: 'doc-q1',
  data: {},
  importedFields: {},
  restore: false,
  change: {} as RecordChange,
  ...fields,
});

const plan = (quotes: RecordOp[], article: Partial<RecordOp> = {}): SyncPlan =>
  ({ article: op({ type: 'article', op: 'none', ...article }), people: [], quotes, links: [] }) as unknown as SyncPlan;

describe('the stored review verdict', () => {
  it('is true exactly when the rule gives a reason', () => {
    const attributed = { speaker: { id: 1 }, confidence: 0.9, speakerConfirmed: false, diverged: false, divergenceAcceptedAt: null };
    expect(needsReview(attributed)).toBe(false);
    expect(needsReview({ ...attributed, speaker: null })).toBe(true);
    expect(needsReview({ ...attributed, confidence: LOW_CONFIDENCE - 0.1 })).toBe(true);
    expect(needsReview({ ...attributed, confidence: LOW_CONFIDENCE - 0.1, speakerConfirmed: true })).toBe(false);
    expect(needsReview({ ...attributed, diverged: true })).toBe(true);
    expect(needsReview({ ...attributed, diverged: true, divergenceAcceptedAt: '2026-01-01' })).toBe(false);
  });

  it("is set on the importer's new quotes from their speaker and confidence", () => {
    const ops = [
      op({ op: 'create', key: 'a', data: { text: 'a', speaker: 'person:x', confidence: 0.9 } }),
      op({ op: 'create', key: 'b', data: { text: 'b', speaker: null, confidence: null } }),
      op({ op: 'create', key: 'c', data: { text: 'c', speaker: 'person:x', confidence: 0.3 } }),
    ];
    const records = childRecords(ops, 'doc-article', (key) => (key === 'person:x' ? 'doc-x' : null));
    expect(records.map((r) => [r.data.needsReview, r.relations.speaker])).toEqual([
      [false, 'doc-x'],
      [true, null],
      [true, 'doc-x'],
    ]);
    const link = childRecords([op({ type: 'related-link', op: 'create', data: { title: 't' } })], 'doc-article', () => null);
    expect(link[0].data).not.toHaveProperty('needsReview');
  });

  it("has the importer judge an article's quotes again when a kept quote's speaker, confidence or text changes", () => {
    expect(quoteReviewChanged(plan([op({ data: { speaker: 'person:y' } })]))).toBe(true);
    expect(quoteReviewChanged(plan([op({ data: { confidence: 0.4 } })]))).toBe(true);
    expect(quoteReviewChanged(plan([op({ data: { speakerConfirmed: false } })]))).toBe(true);
    expect(quoteReviewChanged(plan([op({ data: { startOffset: 3 } })]))).toBe(true);
    expect(quoteReviewChanged(plan([], { op: 'update', data: { sourceText: 'x' } }))).toBe(true);
    expect(quoteReviewChanged(plan([op({ data: { position: 2 } }), op({ op: 'create', data: { speaker: null } })]))).toBe(false);
  });
});
