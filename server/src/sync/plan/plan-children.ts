import type { ExistingRecord, RecordOp } from './types';
import { matchChildren } from './match-children';
import { untouchedSinceImport } from './merge-fields';
import { leaveAlone, planRecord, remove } from './plan-record';
import { asEditorsSpeaker, settleEditorsSpeaker } from './confirmed-speaker';

export interface DesiredChild {
  key: string;
  /** What similarity matching compares (sync/plan/match-children.ts). */
  text: string;
  fields: Record<string, unknown>;
}

/**
 * An article's quotes or related links: paired with the existing ones by key
 * or similarity, then each pair merged, each new one created (unless an
 * editor deleted it) and each one gone from the source removed (unless an
 * editor touched it). Reported in source order. `sourceChanged`: the
 * article's text is being rewritten, so the quotes' offsets and context are
 * rewritten too, stale ones would have the misquote guard judge a quote
 * against the wrong span.
 */
export function planChildren(
  type: 'quote' | 'related-link',
  desired: DesiredChild[],
  existing: ExistingRecord[],
  tombstones: Set<string>,
  overwrite: boolean,
  sourceChanged = false
): RecordOp[] {
  const existingKeyed = existing.map((record) => ({
    ...record,
    text: type === 'quote' ? String(record.values.text ?? '') : `${record.values.title ?? ''} ${record.values.url ?? ''}`,
  }));
  const { pairs, added, gone } = matchChildren(desired, existingKeyed);
  const labelOf = (fields: Record<string, unknown>) => String(type === 'quote' ? fields.text : fields.title);
  const order = new Map(desired.map((d, i) => [d.key, i]));
  const volatile = volatileFields(pairs, order, added.length);

  const ops: RecordOp[] = [];
  for (const [want, have] of pairs) {
    const label = labelOf(want.fields);
    if (type === 'related-link') ops.push(planRecord(type, want.key, want.fields, have, false, overwrite, label, volatile));
    else ops.push(settleEditorsSpeaker(planRecord(type, want.key, want.fields, asEditorsSpeaker(want, have), false, overwrite, label, volatile, sourceChanged), have));
  }
  for (const want of added) {
    const tombstoned = tombstones.has(want.key);
    ops.push(
      tombstoned && !overwrite
        ? leaveAlone(type, want.key, null, 'skip-deleted', labelOf(want.fields))
        : planRecord(type, want.key, want.fields, null, tombstoned, overwrite, labelOf(want.fields))
    );
  }
  for (const have of gone) {
    const label = labelOf(have.values);
    ops.push(
      untouchedSinceImport(have.values, have.importedFields)
        ? remove(type, have.key, have.documentId, label)
        : leaveAlone(type, have.key, have.documentId, 'keep', label)
    );
  }

  // Report in source order, whatever the matching order was.
  return ops.sort((a, b) => (order.get(a.key) ?? Infinity) - (order.get(b.key) ?? Infinity));
}

/**
 * Positions only order records: after a removal the gaps are harmless, so
 * they are rewritten only when something new comes in or the order changed.
 */
function volatileFields(pairs: Array<[DesiredChild, ExistingRecord]>, order: Map<string, number>, added: number): ReadonlySet<string> {
  const kept = pairs
    .slice()
    .sort((a, b) => (order.get(a[0].key) ?? 0) - (order.get(b[0].key) ?? 0))
    .map(([, have]) => Number(have.values.position ?? -1));
  const orderHolds = added === 0 && kept.every((position, i) => i === 0 || position > kept[i - 1]);
  return new Set(['startOffset', 'endOffset', 'context', ...(orderHolds ? ['position'] : [])]);
}
