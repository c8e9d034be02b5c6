import os from 'os';
import type { Command } from 'commander';
import cliProgress from 'cli-progress';
import { readSourceBytes } from '../../server/src/source/read-source';
import { isSourceFormat, SOURCE_FORMATS, type SourceFormat } from '../../server/src/source/types';
import type { FileReport, ImportOptions, ImportReport, SourceDocument } from '../../server/src/sync/types';
import { summarise } from '../../server/src/sync/report';
import { getService } from '../../server/src/get-service';
import { expandInputs } from './inputs';
import { closeStrapi, loadStrapi } from './strapi-app';
import { formatDiff, formatSummary } from './report-output';
import { parseSize } from './size';
import { enqueueImport } from './import-async';
import { formatJob } from './jobs-output';

interface ImportFlags {
  dryRun?: boolean;
  publish?: boolean;
  overwrite?: boolean;
  json?: boolean;
  app: string;
  url?: string;
  token?: string;
  referenceDate?: string;
  maxSize: string;
  verbose?: boolean;
  compile: boolean;
  format?: string;
  async?: boolean;
  feed?: string;
}

/** Documents per HTTP request in --url mode; the server's default limit is 50. */
const REMOTE_BATCH = 20;

export function registerImportCommand(program: Command) {
  program
    .command('import')
    .description('Import source documents (files, directories or globs) into Strapi, idempotently.')
    .argument('[inputs...]', 'files, directories (their source files), globs, or .zip / .tar.gz archives with --async')
    .option('--dry-run', 'print the per-record diff, write nothing')
    .option('--publish', 'publish the imported articles (default: drafts)')
    .option('--overwrite', "take the source's value where an editor changed a field")
    .option('--json', 'print the report as JSON on stdout')
    .option('--app <dir>', 'the Strapi app to boot in-process', '.')
    .option('--url <url>', 'send the documents to a running Strapi instead (needs --token)')
    .option('--token <token>', 'API token whose scope includes newsroom import (or NEWSROOM_API_TOKEN)')
    .option('--reference-date <YYYY-MM-DD>', 'anchor for dates written without a year')
    .option('--format <format>', `read every file as this format instead of detecting it (${SOURCE_FORMATS.join(', ')})`)
    .option('--max-size <size>', 'largest source file accepted (bytes, or 5MB, 512KB)', '5MB')
    .option('--verbose', "list unchanged records in the diff too, and show Strapi's own boot and migration logs")
    .option('--async', "hand the documents to the app's import job queue and print the job (watch it with `newsroom jobs show <id> --watch`)")
    .option('--feed <url>', 'import an RSS or Atom feed URL as a job (implies --async)')
    .option('--no-compile', "skip compiling a TypeScript app (about 4 s) and boot its existing dist/ build: for repeated runs after `strapi build`")
    .action(async (inputs: string[], flags: ImportFlags) => {
      if (flags.async || flags.feed) return runAsync(inputs, flags);
      if (inputs.length === 0) throw new Error('import: name at least one file, directory or glob');
      const report = await runImport(inputs, flags);
      if (flags.json) {
        process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
      } else {
        // Failed files are not repeated here: each gets its one line on stderr below.
        if (flags.dryRun || flags.verbose || report.totals.conflicts > 0) {
          process.stdout.write(`${formatDiff(report, { verbose: !!flags.verbose })}\n`);
        }
        process.stdout.write(`${formatSummary(report)}\n`);
      }
      for (const file of report.files.filter((f) => f.status === 'failed')) process.stderr.write(`newsroom: ${failureLine(file)}\n`);
      process.exitCode = report.totals.failed > 0 ? 1 : 0;
    });
}

/** "<file>: <problem>" on one line, whether or not the problem already names the file. */
export const failureLine = (file: Pick<FileReport, 'name' | 'error'>): string => {
  const problem = (file.error ?? 'failed').replace(/\s*[\r\n]+\s*/g, ' ');
  return problem.startsWith(`${file.name}: `) ? problem : `${file.name}: ${problem}`;
};

async function runAsync(inputs: string[], flags: ImportFlags) {
  if (flags.dryRun) throw new Error('--async: a dry run is answered at once; run it without --async');
  if (!flags.feed && inputs.length === 0) throw new Error('--async: name at least one file, directory, glob or archive');
  const options = { publish: !!flags.publish, overwrite: !!flags.overwrite, referenceDate: flags.referenceDate };
  const job = await enqueueImport(inputs, options, flags, parseSize(flags.maxSize));
  process.stdout.write(flags.json ? `${JSON.stringify(job, null, 2)}\n` : `${formatJob(job)}\nwatch it: newsroom jobs show ${job.id} --watch\n`);
}

async function runImport(inputs: string[], flags: ImportFlags): Promise<ImportReport> {
  const maxBytes = parseSize(flags.maxSize);
  if (flags.format !== undefined && !isSourceFormat(flags.format)) throw new Error(`--format: expected one of ${SOURCE_FORMATS.join(', ')}, got "${flags.format}"`);
  const format = flags.format as SourceFormat | undefined;
  const files = await expandInputs(inputs);
  // Read one file at a time as the importer asks for it: a 10,000-file import
  // never holds every source text in memory at once.
  function* documents(): Generator<SourceDocument> {
    for (const { file, name } of files) {
      try {
        yield { name, data: readSourceBytes(file, { maxBytes, label: name }) };
      } catch (error) {
        yield { name, text: '', error: error instanceof Error ? error.message : String(error) };
      }
    }
  }
  const options: ImportOptions = {
    dryRun: !!flags.dryRun,
    publish: !!flags.publish,
    overwrite: !!flags.overwrite,
    referenceDate: flags.referenceDate,
    format,
  };

  if (flags.url) return importRemote(flags.url, flags.token ?? process.env.NEWSROOM_API_TOKEN, documents(), options);

  const strapi = await loadStrapi(flags.app, { compile: flags.compile, verbose: !!flags.verbose });
  const bar = progressBar(files.length, { json: !!flags.json, dryRun: !!flags.dryRun });
  try {
    return await getService(strapi, 'importer').run({
      documents: documents(),
      total: files.length,
      options,
      actor: { type: 'cli', name: `cli:${os.userInfo().username}` },
      onFile: () => bar?.increment(),
    });
  } finally {
    bar?.stop();
    await closeStrapi(strapi);
  }
}

/** A bar only where a person watches: a TTY, more than one file, not --json. */
function progressBar(total: number, { json, dryRun }: { json: boolean; dryRun: boolean }) {
  if (!process.stderr.isTTY || total < 2 || json) return null;
  const bar = new cliProgress.SingleBar(
    { stream: process.stderr, format: `${dryRun ? 'dry run' : 'importing'} [{bar}] {value}/{total} files · {eta_formatted} left`, hideCursor: true },
    cliProgress.Presets.shades_classic
  );
  bar.start(total, 0);
  return bar;
}

async function importRemote(url: string, token: string | undefined, documents: Iterable<SourceDocument>, options: ImportOptions): Promise<ImportReport> {
  if (!token) throw new Error('--url needs --token (or NEWSROOM_API_TOKEN): an API token with the newsroom import scope');
  const endpoint = new URL('/api/newsroom/imports', url).toString();
  const reports: ImportReport[] = [];
  const unread: SourceDocument[] = [];
  const send = async (batch: RemoteDocument[]) => {
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ documents: batch, ...remoteOptions(options) }),
    });
    // A proxy's error page is not JSON: then the status line is all there is to report.
    const body = (await response.json().catch(() => null)) as { data?: ImportReport; error?: { message?: string } } | null;
    if (!response.ok || !body?.data) {
      throw new Error(`${endpoint}: HTTP ${response.status} ${body?.error?.message ?? response.statusText}`);
    }
    reports.push(body.data);
  };
  let batch: RemoteDocument[] = [];
  for (const document of documents) {
    if (document.error) {
      unread.push(document);
      continue;
    }
    batch.push(remoteDocument(document, options.format));
    if (batch.length === REMOTE_BATCH) {
      await send(batch);
      batch = [];
    }
  }
  if (batch.length) await send(batch);
  return mergeReports(reports, unread, options);
}

interface RemoteDocument {
  name: string;
  text?: string;
  data?: string;
  contentType?: string;
}

const FORMAT_TYPES: Partial<Record<SourceFormat, string>> = {
  text: 'text/plain', markdown: 'text/markdown', html: 'text/html', rss: 'application/rss+xml', atom: 'application/atom+xml',
  nitf: 'application/nitf+xml', newsml: 'application/vnd.iptc.g2.newsitem+xml', ninjs: 'application/ninjs+json',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** A file for the HTTP door: UTF-8 files as text, anything else (a .docx) as base64 data; --format as its MIME type. */
function remoteDocument(document: SourceDocument, format: SourceFormat | undefined): RemoteDocument {
  const contentType = format ? FORMAT_TYPES[format] : undefined;
  const bytes = document.data ?? Buffer.from(document.text ?? '', 'utf8');
  try {
    if (bytes.includes(0)) throw new Error('binary');
    return { name: document.name, text: utf8.decode(bytes), contentType };
  } catch {
    return { name: document.name, data: Buffer.from(bytes).toString('base64'), contentType };
  }
}

/** The request's options: the format travels with each document. */
const remoteOptions = ({ format: _format, ...options }: ImportOptions) => options;

/** One report for the whole command, whatever number of requests it took. */
function mergeReports(reports: ImportReport[], unreadDocuments: SourceDocument[], options: ImportOptions): ImportReport {
  const unread = unreadDocuments.map((d) => ({
    name: d.name, sha256: '', bytes: 0, status: 'failed' as const, error: d.error as string, article: null, changes: [],
  }));
  const files = [...reports.flatMap((r) => r.files), ...unread];
  return {
    runId: reports.map((r) => r.runId).filter(Boolean).join(',') || null,
    dryRun: !!options.dryRun,
    startedAt: reports[0]?.startedAt ?? new Date().toISOString(),
    durationMs: reports.reduce((n, r) => n + r.durationMs, 0),
    actor: reports[0]?.actor ?? { type: 'api-token', name: 'token' },
    options: { dryRun: !!options.dryRun, publish: !!options.publish, overwrite: !!options.overwrite },
    files,
    ...summarise(files),
  };
}
