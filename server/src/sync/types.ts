/**
 * The importer's boundary types: what the doors send in and what they get back.
 * Shared by the CLI, the content-API route and the admin page.
 */

import type { SourceFormat } from '../source/types';

export type RecordType = 'article' | 'person' | 'quote' | 'related-link';

export type { IncomingDocument as SourceDocument } from '../source/read-documents';

export interface ImportOptions {
  dryRun?: boolean;
  publish?: boolean;
  overwrite?: boolean;
  /** Anchor for dates without a year; defaults to today. */
  referenceDate?: string;
  /** Read every document as this format instead of detecting it. */
  format?: SourceFormat;
}

export type ActorType = 'cli' | 'api-token' | 'admin';

export interface Actor {
  type: ActorType;
  /** OS user, token name or admin e-mail. */
  name: string;
}

/**
 * create / update / unchanged: the usual.
 * conflict: an editor changed a field since the last import; the editor's value stays.
 * remove: gone from the source and untouched by editors, deleted.
 * keep: gone from the source but edited by an editor, kept.
 * skip-deleted: an editor deleted the record; it is not brought back.
 * restore: an editor deleted it and --overwrite brought it back.
 */
export type ChangeAction = 'create' | 'update' | 'unchanged' | 'conflict' | 'remove' | 'keep' | 'skip-deleted' | 'restore';

export interface FieldConflict {
  field: string;
  /** The value in the database (the editor's). */
  current: unknown;
  /** The value the source would set. */
  incoming: unknown;
}

export interface RecordChange {
  type: RecordType;
  action: ChangeAction;
  importKey: string;
  /** Human label: title, name, quote text (shortened). */
  label: string;
  documentId: string | null;
  /** Fields written (update/create) or overwritten. */
  fields: string[];
  conflicts: FieldConflict[];
}

export type FileStatus = 'imported' | 'unchanged' | 'failed';

export interface FileReport {
  name: string;
  sha256: string;
  bytes: number;
  status: FileStatus;
  error: string | null;
  article: { documentId: string | null; title: string; importKey: string } | null;
  changes: RecordChange[];
  /** What the editor should look at: parser warnings (unclosed quotes...) and fields shortened to fit. */
  warnings?: Array<{ code: string; message: string }>;
  /**
   * True when this very source had been imported and nobody has touched its
   * records since: it was not parsed or planned again (so no warnings are
   * repeated), and every record is reported unchanged.
   */
  sourceUnchanged?: boolean;
}

export type ActionCounts = Record<ChangeAction, number>;

export interface ImportReport {
  runId: string | null;
  dryRun: boolean;
  startedAt: string;
  durationMs: number;
  actor: Actor;
  options: Required<Pick<ImportOptions, 'dryRun' | 'publish' | 'overwrite'>>;
  files: FileReport[];
  /** Per record type, per action. */
  counts: Record<RecordType, ActionCounts>;
  totals: { files: number; failed: number; created: number; updated: number; unchanged: number; conflicts: number; removed: number };
}
