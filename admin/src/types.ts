/**
 * Shapes of the plugin's admin routes. The parser and importer contracts are
 * the server's own types, imported type-only (erased from the admin bundle),
 * so the two sides cannot drift apart.
 */
import type { ContractJson } from '../../server/src/parse/contract';
import type { ActionCounts, ActorType, FileReport, ImportReport, RecordType, SourceDocument } from '../../server/src/sync/types';

export type {
  TitleSource,
  QuoteKind,
  ParsedParagraph,
  ParsedSection,
  ParsedPerson,
  ParsedQuote,
  ParsedRelatedLink,
  ParseWarning,
} from '../../server/src/parse/types';
export type {
  RecordType,
  SourceDocument,
  ActorType,
  Actor,
  ChangeAction,
  FieldConflict,
  RecordChange,
  FileStatus,
  FileReport,
  ActionCounts,
  ImportReport,
} from '../../server/src/sync/types';

export type ParsedDocumentJson = ContractJson;

/* ---------- Routes ---------- */

export interface PreviewItem {
  name: string;
  /** What the quotes' offsets index: the text extracted from an HTML, feed or wire document (null when unreadable). */
  text: string | null;
  parsed: ParsedDocumentJson | null;
  error: string | null;
  diff: FileReport | null;
}

/**
 * A document as the admin routes take it: text, or a binary file's bytes in
 * base64 (`data`, a .docx) with its MIME type (server/src/validation/import-request.ts).
 */
export interface RequestDocument {
  name: string;
  text?: string;
  data?: string;
  contentType?: string;
}

export interface PreviewRequest {
  documents: RequestDocument[];
  referenceDate?: string;
}

export interface PreviewResponse {
  data: PreviewItem[];
}

export interface ImportRequest {
  documents: RequestDocument[];
  publish?: boolean;
  overwrite?: boolean;
  dryRun?: boolean;
}

export interface ImportResponse {
  data: ImportReport;
}

export interface HistoryConflict {
  file: string;
  type: RecordType;
  label: string;
  importKey: string;
  documentId: string | null;
  field: string;
  current: unknown;
  incoming: unknown;
}

export interface ImportRun {
  documentId: string;
  startedAt: string;
  durationMs: number | null;
  actor: string | null;
  actorType: ActorType | null;
  dryRun: boolean;
  flags: Record<string, unknown> | null;
  files: unknown;
  counts: Record<RecordType, ActionCounts> | null;
  conflicts: HistoryConflict[] | null;
  failures: unknown;
}

export interface Pagination {
  page: number;
  pageSize: number;
  pageCount: number;
  total: number;
}

export interface HistoryResponse {
  data: ImportRun[];
  meta: { pagination: Pagination };
}

/** A document the editor has given the page: pasted or read from a file. */
export interface DraftDocument extends RequestDocument {
  origin: 'paste' | 'file';
}

/** An import job as GET /newsroom/import-jobs/:id answers (server/src/jobs/types.ts JobView). */
export interface ImportJob {
  id: string;
  state: 'queued' | 'running' | 'paused' | 'cancelled' | 'completed' | 'failed';
  label: string;
  actor: { type: string; name: string };
  createdAt: string;
  finishedAt: string | null;
  documents: { total: number; done: number };
  chunks: { total: number; done: number };
  throughput: number | null;
  totals: ImportReport['totals'];
  errors: { file: string; error: string }[];
  error: string | null;
}
