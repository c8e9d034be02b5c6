import type { ActionCounts, ChangeAction, RecordType } from '../types';

export const ACTIONS: ChangeAction[] = ['create', 'update', 'unchanged', 'conflict', 'remove', 'keep', 'skip-deleted', 'restore'];
export const RECORD_TYPES: RecordType[] = ['article', 'person', 'quote', 'related-link'];

/** Sum per action over record types; tolerates missing types or actions. */
export const sumCounts = (counts: Partial<Record<RecordType, Partial<ActionCounts>>> | null | undefined) => {
  const totals = Object.fromEntries(ACTIONS.map((action) => [action, 0])) as ActionCounts;
  for (const perType of Object.values(counts ?? {})) {
    for (const action of ACTIONS) totals[action] += Number(perType?.[action] ?? 0);
  }
  return totals;
};

/** Any stored value (conflict current/incoming) as short readable text. */
export const formatValue = (value: unknown): string => {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
};
