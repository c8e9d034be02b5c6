import { formatDiff } from '../../../scripts/cli/report-output';
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
});
