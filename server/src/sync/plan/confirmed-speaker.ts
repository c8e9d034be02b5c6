import type { DesiredChild } from './plan-children';
import type { ExistingRecord, RecordOp } from './types';

/** Stands in for the imported hash of a confirmed speaker: matches no value, so the speaker counts as an editor's. */
const EDITOR_OWNED = 'speaker-confirmed-by-editor';

const confirmedElsewhere = (want: DesiredChild, have: ExistingRecord) =>
  have.values.speakerConfirmed === true && (want.fields.speaker ?? null) !== (have.values.speaker ?? null);

/**
 * A speaker an editor confirmed or picked in the review queue is the editor's
 * even when it is the one the importer wrote: when the source now names
 * someone else, the planner must see an editor's change (kept, reported as a
 * conflict; --overwrite still takes the source).
 */
export const asEditorsSpeaker = (want: DesiredChild, have: ExistingRecord): ExistingRecord =>
  confirmedElsewhere(want, have) ? { ...have, importedFields: { ...(have.importedFields ?? {}), speaker: EDITOR_OWNED } } : have;

/** After planning: the real imported hash back in the bookkeeping, and a speaker the source overwrote no longer confirmed. */
export const settleEditorsSpeaker = (op: RecordOp, have: ExistingRecord): RecordOp => {
  if (op.importedFields.speaker !== EDITOR_OWNED && !('speaker' in op.data && have.values.speakerConfirmed === true)) return op;
  const importedFields = { ...op.importedFields };
  const original = have.importedFields?.speaker;
  if (importedFields.speaker === EDITOR_OWNED) {
    if (original === undefined) delete importedFields.speaker;
    else importedFields.speaker = original;
  }
  const data = 'speaker' in op.data ? { ...op.data, speakerConfirmed: false } : op.data;
  return { ...op, data, importedFields };
};
