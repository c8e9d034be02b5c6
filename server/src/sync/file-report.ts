import { sha256 } from './plan/import-keys';
import type { ReadDocument } from '../source/read-documents';
import type { FileReport } from './types';
import type { UnchangedArticle } from './store/unchanged-sources';

/** A document's report before anything is known: failed until it is imported or found unchanged. */
export const newReport = (document: ReadDocument): FileReport => ({
  name: document.name,
  sha256: document.sha256 ?? sha256(document.text ?? ''),
  bytes: document.bytes ?? Buffer.byteLength(document.text ?? '', 'utf8'),
  status: 'failed',
  error: null,
  article: null,
  changes: [],
});

/**
 * What a failed file's report says: one line. A database error's message
 * starts with the whole SQL statement (knex puts it there); the report keeps
 * only the database's own complaint.
 */
export const failureMessage = (error: unknown): string => {
  const message = error instanceof Error ? error.message : String(error);
  const sql = error instanceof Error && 'sql' in error ? error.sql : undefined;
  const cause = typeof sql === 'string' && message.startsWith(sql) ? `database error: ${message.slice(sql.length).replace(/^\s*-\s*/, '')}` : message;
  return cause.replace(/\s*[\r\n]+\s*/g, ' ').slice(0, 500);
};

export const failReport = (report: FileReport, error: unknown): FileReport => {
  report.status = 'failed';
  report.error = failureMessage(error);
  return report;
};

/** A source imported before, untouched since: reported from the database, without parsing or planning it. */
export const unchangedReport = (report: FileReport, article: UnchangedArticle): FileReport => {
  report.status = 'unchanged';
  report.article = { documentId: article.documentId, title: article.title, importKey: article.importKey };
  report.changes = article.changes.map((c) => ({ ...c }));
  report.sourceUnchanged = true;
  return report;
};

/** A planned (and, unless dry, written) document's report. */
export const plannedReport = (report: FileReport, outcome: { documentId: string | null; changes: FileReport['changes'] }, title: string, importKey: string) => {
  report.changes = outcome.changes;
  report.article = { documentId: outcome.documentId, title, importKey };
  report.status = outcome.changes.every((c) => c.action === 'unchanged' || c.action === 'skip-deleted') ? 'unchanged' : 'imported';
  return report;
};
