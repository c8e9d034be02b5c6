import path from 'path';
import type { Core } from '@strapi/strapi';
import { parseDocument, type ParsedDocument } from '../parse';
import { validateSourceText } from '../source/read-source';
import { desiredFromParsed, type DesiredDocument } from './plan/desired-records';
import { sourceFingerprint } from './plan/fingerprint';
import { planSync } from './plan/plan-sync';
import type { ExistingState } from './plan/types';
import { withBusyRetry } from './store/busy-retry';
import { loadExistingMany } from './store/load-existing';
import { loadMergedKeys } from './store/merged-keys';
import { canonicalPeople } from './plan/merged-people';
import { findUnchanged, type UnchangedArticle } from './store/unchanged-sources';
import { writeBatch, type BatchItem, type Outcome, type WriteOptions } from './store/write-batch';
import type { RecordWriterFactory } from './store/record-writer';
import { failReport, newReport, plannedReport, unchangedReport } from './file-report';
import type { ReadDocument } from '../source/read-documents';
import type { FileReport, ImportOptions } from './types';

/** Documents parsed, read and planned together. */
export const BATCH = 100;

export interface Prepared {
  report: FileReport;
  parsed: ParsedDocument | null;
  desired: DesiredDocument | null;
}
type Parsed = Prepared & { parsed: ParsedDocument; desired: DesiredDocument };

/** Parse one document; a document that cannot be read or parsed gets a failed report. */
function prepare(document: ReadDocument, options: ImportOptions, report: FileReport, fingerprint: string | null): Prepared {
  try {
    if (document.error) throw new Error(document.error);
    const text = validateSourceText(document.text, document.name);
    const parsed = parseDocument(text, { referenceDate: options.referenceDate, fileName: document.name });
    const desired = desiredFromParsed(parsed, text, path.basename(document.name), document.original);
    if (fingerprint) desired.fingerprint = fingerprint;
    report.warnings = [...parsed.warnings, ...desired.warnings].map(({ code, message }) => ({ code, message }));
    return { report, parsed, desired };
  } catch (error) {
    return { report: failReport(report, error), parsed: null, desired: null };
  }
}

/** What each document would be imported from (sync/plan/fingerprint.ts); null for one that could not be read. */
const fingerprintsOf = (documents: ReadDocument[], reports: FileReport[], options: ImportOptions) =>
  documents.map((d, i) => (d.error || typeof d.text !== 'string' ? null : sourceFingerprint(reports[i].sha256, d.name, options.referenceDate)));

/**
 * The batch's sources that are already in the database exactly as imported
 * (a re-run's usual case). Not for dry runs, which show the parse, nor for
 * --overwrite, which must compare every field. A failed look-up only costs
 * the shortcut: it is logged and every source is read in full.
 */
async function findImported(strapi: Core.Strapi, fingerprints: Array<string | null>, options: ImportOptions): Promise<Array<UnchangedArticle | undefined>> {
  if (options.dryRun || options.overwrite) return [];
  try {
    const wanted = fingerprints.filter((f): f is string => !!f);
    const found = await withBusyRetry(strapi, () => findUnchanged(strapi, wanted, { published: !!options.publish }));
    return fingerprints.map((f) => (f ? found.get(f) : undefined));
  } catch (error) {
    strapi.log.warn(`[newsroom] looking up unchanged sources failed, reading them all: ${error instanceof Error ? error.message : String(error)}`);
    return [];
  }
}

/** Stage 1: each document either found unchanged in the database or parsed. */
async function readBatch(strapi: Core.Strapi, documents: ReadDocument[], options: ImportOptions): Promise<Prepared[]> {
  const reports = documents.map(newReport);
  const fingerprints = fingerprintsOf(documents, reports, options);
  const imported = await findImported(strapi, fingerprints, options);
  return documents.map((document, i) => {
    const article = imported[i];
    return article ? { report: unchangedReport(reports[i], article), parsed: null, desired: null } : prepare(document, options, reports[i], fingerprints[i]);
  });
}

/** Stage 2: the parsed documents' records read at once, and each planned; null when the read failed (each report says why). */
async function planBatch(strapi: Core.Strapi, parsed: Parsed[], options: ImportOptions): Promise<{ items: BatchItem[]; planned: Parsed[] } | null> {
  let existing: ExistingState[];
  try {
    const survivorOf = await withBusyRetry(strapi, () => loadMergedKeys(strapi, parsed.flatMap((p) => p.desired.people.map((person) => person.key))));
    for (const p of parsed) p.desired = canonicalPeople(p.desired, survivorOf);
    existing = await withBusyRetry(strapi, () => loadExistingMany(strapi, parsed.map((p) => p.desired)));
  } catch (error) {
    for (const p of parsed) failReport(p.report, error);
    return null;
  }
  const planOptions = { overwrite: !!options.overwrite, publish: !!options.publish };
  const items: BatchItem[] = [];
  const planned: Parsed[] = [];
  for (const [i, item] of parsed.entries()) {
    try {
      // A new article is written whatever the plan says: it is planned once, under the lock.
      const plan = options.dryRun || existing[i].article ? planSync(item.desired, existing[i], planOptions) : null;
      items.push({ desired: item.desired, existing: existing[i], plan });
      planned.push(item);
    } catch (error) {
      failReport(item.report, error);
    }
  }
  return { items, planned };
}

/** A dry run's outcomes: the plans, nothing written. */
const dryOutcomes = (items: BatchItem[]): Outcome[] =>
  items.map(({ existing, plan }) => ({ documentId: existing.article?.documentId ?? null, changes: plan?.changes ?? [] }));

/**
 * A batch of documents: parsed, their existing records read for all of them
 * at once, and planned; then written in order (sync/store/write-batch.ts): a
 * document whose plan writes nothing is done there, without a transaction
 * or the lock, which is what makes a re-run of an unchanged corpus cheap.
 */
export async function importBatch(strapi: Core.Strapi, documents: ReadDocument[], options: ImportOptions, newWriter: RecordWriterFactory): Promise<Prepared[]> {
  const prepared = await readBatch(strapi, documents, options);
  const parsed = prepared.filter((p): p is Parsed => !!p.desired && !!p.parsed);
  const batch = await planBatch(strapi, parsed, options);
  if (!batch) return prepared;

  const writeOptions: WriteOptions = { overwrite: !!options.overwrite, publish: !!options.publish, newWriter };
  const outcomes = options.dryRun ? dryOutcomes(batch.items) : await writeBatch(strapi, batch.items, writeOptions);
  for (const [i, { report, parsed: doc, desired }] of batch.planned.entries()) {
    const outcome = outcomes[i];
    if ('error' in outcome) failReport(report, outcome.error);
    else plannedReport(report, outcome, doc.title, desired.article.key);
  }
  return prepared;
}
