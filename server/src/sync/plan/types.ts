/**
 * What the planner reads and what it decides: the records as the store read
 * them, and one operation per record.
 */
import type { RecordChange, RecordType } from '../types';

/** A record as the loader read it, relations already turned into import keys. */
export interface ExistingRecord {
  documentId: string;
  key: string;
  values: Record<string, unknown>;
  importedFields: Record<string, string> | null;
}

export interface ExistingPerson extends ExistingRecord {
  /** The row's id, for join rows written without looking it up again. */
  id?: number;
  values: { name: string; role: string | null; aliases: string[] };
}

export interface ExistingState {
  article: (ExistingRecord & { published: boolean; fingerprint: string | null }) | null;
  quotes: ExistingRecord[];
  links: ExistingRecord[];
  /** By person key. */
  people: Map<string, ExistingPerson>;
  /** Import keys an editor deleted. */
  tombstones: Set<string>;
}

export interface RecordOp {
  type: RecordType;
  op: 'create' | 'update' | 'delete' | 'none';
  key: string;
  documentId: string | null;
  /** Field values to write (relations as import keys; resolved when applied). */
  data: Record<string, unknown>;
  importedFields: Record<string, string>;
  /** A tombstone to clear: the record is restored by --overwrite. */
  restore: boolean;
  change: RecordChange;
}

export interface SyncPlan {
  article: RecordOp;
  people: RecordOp[];
  quotes: RecordOp[];
  links: RecordOp[];
  /** Publish the article after writing (asked for, and something changed or it was never published). */
  publish: boolean;
  /**
   * The fingerprint the article should carry afterwards: the source's when the
   * database will hold exactly what the source says, null while an editor's
   * change stands (a conflict, or a record kept), so that every run reads the
   * source again and reports it.
   */
  fingerprint: string | null;
  /** The article's stored fingerprint differs from `fingerprint`: it must be written even if nothing else is. */
  fingerprintStale: boolean;
  changes: RecordChange[];
}

export interface PlanOptions {
  overwrite: boolean;
  publish: boolean;
}
