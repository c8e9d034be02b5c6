import type { ChangeAction, FieldConflict, RecordChange, RecordType } from '../types';

const shorten = (text: string, max = 80) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** One line of a file's report: what happened (or would happen) to one record. */
export const change = (
  type: RecordType,
  action: ChangeAction,
  key: string,
  label: string,
  documentId: string | null,
  fields: string[] = [],
  conflicts: FieldConflict[] = []
): RecordChange => ({ type, action, importKey: key, label: shorten(label), documentId, fields, conflicts });
