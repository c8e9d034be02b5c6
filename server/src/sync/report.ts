import type { ActionCounts, ChangeAction, FileReport, ImportReport, RecordType } from './types';

const ACTIONS: ChangeAction[] = ['create', 'update', 'unchanged', 'conflict', 'remove', 'keep', 'skip-deleted', 'restore'];
const TYPES: RecordType[] = ['article', 'person', 'quote', 'related-link'];

const zero = (): ActionCounts => Object.fromEntries(ACTIONS.map((a) => [a, 0])) as ActionCounts;

const emptyCounts = (): Record<RecordType, ActionCounts> =>
  Object.fromEntries(TYPES.map((t) => [t, zero()])) as Record<RecordType, ActionCounts>;

/**
 * Per-type, per-action counts and the run's totals. A person named by two
 * files in one run is counted once per file: each file's report stands alone.
 */
export const summarise = (files: FileReport[]): Pick<ImportReport, 'counts' | 'totals'> => {
  const counts = emptyCounts();
  for (const file of files) for (const change of file.changes) counts[change.type][change.action] += 1;
  const sum = (...actions: ChangeAction[]) => TYPES.reduce((n, t) => n + actions.reduce((m, a) => m + counts[t][a], 0), 0);
  return {
    counts,
    totals: {
      files: files.length,
      failed: files.filter((f) => f.status === 'failed').length,
      created: sum('create', 'restore'),
      updated: sum('update'),
      unchanged: sum('unchanged'),
      conflicts: sum('conflict'),
      removed: sum('remove'),
    },
  };
};

export { ACTIONS, TYPES };
