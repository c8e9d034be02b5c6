import { formatDiff, formatSummary } from '../../../scripts/cli/report-output';
import { ACTIONS, TYPES } from '../../../server/src/sync/report';
import type { FileReport, ImportReport } from '../../../server/src/sync/types';

const file = (over: Partial<FileReport>): FileReport => ({
  name: 'a.txt',
  sha256: 'x',
  bytes: 1,
  status: 'unchanged',
  error: null,
  article: null,
  changes: [{ type: 'article', action: 'unchanged', importKey: 'article:1', label: 'Title', documentId: 'd', fields: [], conflicts: [] }],
  ...over,
});

describe('import diff output', () => {
  it('says when a source was skipped as imported, and lists unchanged records only with --verbose', () => {
    const report = { files: [file({ sourceUnchanged: true }), file({ name: 'b.txt' })] } as unknown as ImportReport;
    expect(formatDiff(report, { verbose: false }).split('\n')).toEqual(['a.txt: unchanged (imported as it is, not read again)', 'b.txt: unchanged']);
    expect(formatDiff(report, { verbose: true })).toContain('unchanged    article      "Title"');
  });

  it('says what a dry run would do, and what a real run did', () => {
    const change = { type: 'article' as const, action: 'create' as const, importKey: 'article:1', label: 'Title', documentId: null, fields: ['title'], conflicts: [] };
    const imported = file({ status: 'imported', changes: [change] });
    const totals = { files: 1, failed: 0, created: 1, updated: 0, unchanged: 0, conflicts: 0, removed: 0 };
    const counts = Object.fromEntries(TYPES.map((type) => [type, Object.fromEntries(ACTIONS.map((a) => [a, type === 'article' && a === 'create' ? 1 : 0]))]));
    const report = (dryRun: boolean) => ({ dryRun, runId: dryRun ? null : 'run1', durationMs: 5, files: [imported], totals, counts }) as unknown as ImportReport;

    expect(formatDiff(report(true), { verbose: false }).split('\n')[0]).toBe('a.txt: would import');
    expect(formatSummary(report(true))).toContain('1 file(s), 0 failed · 1 to create, 0 to update, 0 unchanged, 0 conflicts, 0 to remove · 5 ms (dry run, nothing written)');
    expect(formatDiff(report(false), { verbose: false }).split('\n')[0]).toBe('a.txt: imported');
    expect(formatSummary(report(false))).toContain('1 file(s), 0 failed · 1 created, 0 updated, 0 unchanged, 0 conflicts, 0 removed · 5 ms (run run1)');
  });
});
