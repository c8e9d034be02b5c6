/**
 * Archives handed to a job (.zip, .tar.gz) opened into the source documents
 * they hold, before the job is stored: a chunk is a slice of documents, never
 * of an archive. Each file is held to the same size cap as a loose one;
 * folders, dot files and macOS resource forks are skipped.
 */
import path from 'path';
import { Parser, type ReadEntry } from 'tar';
import yauzl from 'yauzl';
import { SourceError } from '../source/read-source';
import type { SourceDocument } from '../sync/types';

export interface ArchiveLimits {
  /** Largest file inside an archive, in bytes. */
  maxBytes: number;
  /** Most documents in all. */
  maxDocuments: number;
}

type ArchiveKind = 'zip' | 'tar.gz';

const kindOf = (document: SourceDocument): ArchiveKind | null => {
  const name = document.name.toLowerCase();
  if (name.endsWith('.zip') || document.contentType === 'application/zip') return 'zip';
  if (name.endsWith('.tar.gz') || name.endsWith('.tgz') || document.contentType === 'application/gzip') return 'tar.gz';
  return null;
};

const skipped = (entryPath: string) => entryPath.endsWith('/') || entryPath.startsWith('__MACOSX/') || path.posix.basename(entryPath).startsWith('.');

function readZip(bytes: Buffer, label: string, limits: ArchiveLimits): Promise<SourceDocument[]> {
  return new Promise((resolve, reject) => {
    const refuse = (problem: string) => reject(new SourceError(label, `zip: ${problem}`));
    yauzl.fromBuffer(bytes, { lazyEntries: true, validateEntrySizes: true }, (error, zip) => {
      if (error || !zip) return refuse(`not a readable zip archive (${error?.message ?? 'no directory'})`);
      const documents: SourceDocument[] = [];
      zip.on('error', (e: Error) => refuse(`broken zip archive (${e.message})`));
      zip.on('end', () => resolve(documents));
      zip.on('entry', (entry: yauzl.Entry) => {
        if (skipped(entry.fileName)) return zip.readEntry();
        if (entry.uncompressedSize > limits.maxBytes) return refuse(`${entry.fileName} is larger than ${limits.maxBytes} bytes`);
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError || !stream) return refuse(`${entry.fileName}: ${streamError?.message ?? 'unreadable'}`);
          const parts: Buffer[] = [];
          stream.on('data', (part: Buffer) => parts.push(part));
          stream.on('error', (e: Error) => refuse(`${entry.fileName}: ${e.message}`));
          stream.on('end', () => {
            documents.push({ name: entry.fileName, data: Buffer.concat(parts) });
            zip.readEntry();
          });
        });
      });
      zip.readEntry();
    });
  });
}

function readTarGz(bytes: Buffer, label: string, limits: ArchiveLimits): Promise<SourceDocument[]> {
  return new Promise((resolve, reject) => {
    const documents: SourceDocument[] = [];
    let problem: string | null = null;
    const parser = new Parser({
      strict: true,
      onReadEntry: (entry: ReadEntry) => {
        if (entry.type !== 'File' || skipped(entry.path) || problem) return entry.resume();
        if (entry.size > limits.maxBytes) {
          problem = `${entry.path} is larger than ${limits.maxBytes} bytes`;
          return entry.resume();
        }
        const parts: Buffer[] = [];
        entry.on('data', (part: Buffer) => parts.push(part));
        entry.on('end', () => documents.push({ name: entry.path, data: Buffer.concat(parts) }));
      },
    });
    parser.on('error', (error: Error) => reject(new SourceError(label, `tar.gz: not a readable archive (${error.message})`)));
    parser.on('end', () => (problem ? reject(new SourceError(label, `tar.gz: ${problem}`)) : resolve(documents)));
    parser.end(bytes);
  });
}

/** The documents with every archive among them replaced by the files it holds. */
export async function expandArchives(documents: SourceDocument[], limits: ArchiveLimits): Promise<SourceDocument[]> {
  const out: SourceDocument[] = [];
  for (const document of documents) {
    const kind = kindOf(document);
    if (!kind || document.error) {
      out.push(document);
      continue;
    }
    const bytes = Buffer.from(document.data ?? Buffer.from(document.text ?? '', 'utf8'));
    const files = kind === 'zip' ? await readZip(bytes, document.name, limits) : await readTarGz(bytes, document.name, limits);
    if (files.length === 0) throw new SourceError(document.name, `${kind}: the archive holds no source files`);
    out.push(...files);
    if (out.length > limits.maxDocuments) throw new SourceError(document.name, `more than ${limits.maxDocuments} documents in one job (newsroom jobs.maxDocuments)`);
  }
  return out;
}
