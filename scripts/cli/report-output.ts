import Table from 'cli-table3';
import type { ChangeAction, FileReport, ImportReport, RecordChange } from '../../server/src/sync/types';
import { ACTIONS, TYPES } from '../../server/src/sync/report';

const SYMBOL: Record<ChangeAction, string> = {
  create: '+',
  update: '~',
  unchanged: '=',
  conflict: '!',
  remove: '-',
  keep: '?',
  'skip-deleted': 'x',
  restore: '+',
};

const show = (value: unknown) => {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text && text.length > 60 ? `${text.slice(0, 59)}…` : text;
};

export const describeChange = (change: RecordChange): string => {
  let line = `  ${SYMBOL[change.action]} ${change.action.padEnd(12)} ${change.type.padEnd(12)} ${JSON.stringify(change.label)}`;
  if (change.action === 'update' || (change.action === 'conflict' && change.fields.length)) line += ` (fields: ${change.fields.join(', ')})`;
  for (const conflict of change.conflicts) {
    line += `\n      conflict on ${conflict.field}: editor has ${show(conflict.current)}, source has ${show(conflict.incoming)}`;
  }
  return line;
};

/** A file's outcome in words: a dry run only says what it would have done. */
const fileOutcome = (file: FileReport, dryRun: boolean): string => (dryRun && file.status === 'imported' ? 'would import' : file.status);

/** Per-record diff: what a dry run would do (and what a real run did). */
export const formatDiff = (report: ImportReport, { verbose }: { verbose: boolean }): string =>
  report.files
    .filter((file) => file.status !== 'failed')
    .map((file) => {
      const head = `${file.name}: ${fileOutcome(file, report.dryRun)}${file.sourceUnchanged ? ' (imported as it is, not read again)' : ''}${file.error ? ` — ${file.error}` : ''}`;
      const lines = file.changes.filter((c) => verbose || c.action !== 'unchanged').map(describeChange);
      const warnings = (file.warnings ?? []).map((w) => `  warning (${w.code}): ${w.message}`);
      return [head, ...warnings, ...lines].join('\n');
    })
    .join('\n');

/** Summary table per content type. */
export const formatSummary = (report: ImportReport): string => {
  const used = ACTIONS.filter((action) => TYPES.some((type) => report.counts[type][action] > 0));
  const columns = used.length ? used : (['create', 'update', 'unchanged'] as ChangeAction[]);
  const table = new Table({ head: ['', ...columns], style: { head: [], border: [] } });
  for (const type of TYPES) table.push({ [type]: columns.map((action) => report.counts[type][action]) });
  const { totals } = report;
  const records = report.dryRun
    ? `${totals.created} to create, ${totals.updated} to update, ${totals.unchanged} unchanged, ${totals.conflicts} conflicts, ${totals.removed} to remove`
    : `${totals.created} created, ${totals.updated} updated, ${totals.unchanged} unchanged, ${totals.conflicts} conflicts, ${totals.removed} removed`;
  const mode = report.dryRun ? 'dry run, nothing written' : `run ${report.runId ?? ''}`.trim();
  return [table.toString(), `${totals.files} file(s), ${totals.failed} failed · ${records} · ${report.durationMs} ms (${mode})`].join('\n');
};
