/**
 * Reading and validating a source article. The only I/O the parser side does;
 * the CLI and the importer share it so both reject the same inputs with the
 * same one-line messages.
 *
 * The returned text has a leading BOM removed: parser offsets are offsets into
 * `text` as returned here, not into the raw bytes.
 */
import { createHash } from 'crypto';
import { readFileSync, statSync } from 'fs';

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

/** A source the importer must not touch. `message` is "<label>: <problem>", one line. */
export class SourceError extends Error {
  readonly label: string;
  readonly problem: string;

  constructor(label: string, problem: string) {
    super(`${label}: ${problem.replace(/\s*[\r\n]+\s*/g, ' ')}`);
    this.name = 'SourceError';
    this.label = label;
    this.problem = problem;
  }
}

export interface SourceFile {
  text: string;
  bytes: number;
  sha256: string;
}

export interface ReadSourceOptions {
  maxBytes?: number;
  /** Name used in error messages (defaults to the path). */
  label?: string;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${n} bytes`;
}

/**
 * Checks that bytes (or an already decoded string) are usable article text and
 * returns the text without a BOM. Throws SourceError otherwise.
 */
export function validateSourceText(input: Buffer | Uint8Array | string, label: string): string {
  let text: string;
  if (typeof input === 'string') {
    if (input.includes('\u0000')) throw new SourceError(label, 'binary content (NUL bytes), not a text file');
    text = input;
  } else {
    if (input.includes(0)) throw new SourceError(label, 'binary content (NUL bytes), not a text file');
    try {
      text = utf8.decode(input);
    } catch {
      throw new SourceError(label, 'not valid UTF-8 text');
    }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') throw new SourceError(label, text === '' ? 'empty file (no text)' : 'only whitespace, no text');
  return text;
}

export function readSourceFile(path: string, options: ReadSourceOptions = {}): SourceFile {
  const label = options.label ?? path;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let size: number;
  try {
    const st = statSync(path);
    if (st.isDirectory()) throw new SourceError(label, 'is a directory, not a file');
    if (!st.isFile()) throw new SourceError(label, 'is not a regular file');
    size = st.size;
  } catch (error) {
    if (error instanceof SourceError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new SourceError(label, 'no such file');
    if (code === 'EACCES' || code === 'EPERM') throw new SourceError(label, 'permission denied');
    throw new SourceError(label, `cannot read (${code ?? 'unknown error'})`);
  }
  if (size > maxBytes) {
    throw new SourceError(label, `file is ${formatBytes(size)}, over the ${formatBytes(maxBytes)} limit (raise it with --max-size)`);
  }
  let buffer: Buffer;
  try {
    buffer = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new SourceError(label, `cannot read (${code ?? 'unknown error'})`);
  }
  // The file may have grown between stat and read.
  if (buffer.length > maxBytes) {
    throw new SourceError(label, `file is ${formatBytes(buffer.length)}, over the ${formatBytes(maxBytes)} limit (raise it with --max-size)`);
  }
  const text = validateSourceText(buffer, label);
  return { text, bytes: buffer.length, sha256: createHash('sha256').update(buffer).digest('hex') };
}
