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

/** "file is 6.2 MB, over the 5.0 MB limit", in exact bytes when rounding would make both look the same. */
function tooBig(size: number, maxBytes: number): string {
  const [a, b] = [formatBytes(size), formatBytes(maxBytes)];
  return a === b ? `file is ${size} bytes, over the ${maxBytes}-byte limit (raise it with --max-size)` : `file is ${a}, over the ${b} limit (raise it with --max-size)`;
}

function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${n} bytes`;
}

/**
 * Bytes → text. UTF-8 is the format; UTF-16 with a byte-order mark (what
 * Windows editors call "Unicode") is unambiguous, so it is decoded rather than
 * refused. Without a BOM, UTF-16 shows up as NUL bytes and is refused below.
 */
function decode(input: Buffer | Uint8Array, label: string): string {
  const bom16 = input[0] === 0xff && input[1] === 0xfe ? 'utf-16le' : input[0] === 0xfe && input[1] === 0xff ? 'utf-16be' : null;
  if (bom16) {
    try {
      return new TextDecoder(bom16, { fatal: true }).decode(input);
    } catch {
      throw new SourceError(label, 'starts with a UTF-16 byte-order mark but is not valid UTF-16 (save it as UTF-8)');
    }
  }
  if (input.includes(0)) throw new SourceError(label, binaryProblem(input, 'without a byte-order mark (save it as UTF-8)'));
  try {
    return utf8.decode(input);
  } catch {
    throw new SourceError(label, 'not valid UTF-8 text (save it as UTF-8)');
  }
}

/**
 * NUL bytes: UTF-16 without a BOM (ASCII text then has a NUL in every other
 * byte, always on the same side) or a binary file.
 */
function binaryProblem(sample: ArrayLike<number>, utf16Hint: string): string {
  const n = Math.min(sample.length, 512);
  const zeros = [0, 0];
  for (let i = 0; i < n; i++) if (sample[i] === 0) zeros[i % 2]++;
  const half = n / 2;
  const utf16 = n >= 8 && Math.max(zeros[0]!, zeros[1]!) >= half * 0.7 && Math.min(zeros[0]!, zeros[1]!) <= half * 0.05;
  return utf16 ? `looks like UTF-16 text ${utf16Hint}` : 'binary content (NUL bytes), not a text file';
}

const codeUnits = (text: string): number[] => Array.from(text.slice(0, 512), (c) => c.charCodeAt(0));

/** A whole web page rather than article text: its markup would become the article. */
const HTML_PAGE = /^\s*(?:<!doctype\s+html|<html[\s>])/i;

/**
 * Checks that bytes (or an already decoded string) are usable article text and
 * returns the text without a BOM. Throws SourceError otherwise. Markup is
 * not refused here: the source stage reads it (source/extract.ts).
 */
export function decodeSourceText(input: Buffer | Uint8Array | string, label: string): string {
  let text: string;
  if (typeof input === 'string') {
    if (input.includes('\u0000')) throw new SourceError(label, binaryProblem(codeUnits(input), 'read as if it were UTF-8 (send the decoded text)'));
    text = input;
  } else {
    text = decode(input, label);
    if (text.includes('\u0000')) throw new SourceError(label, 'binary content (NUL characters), not a text file');
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') throw new SourceError(label, text === '' ? 'empty file (no text)' : 'only whitespace, no text');
  // Strings arrive from JSON, where "\ud800" is legal; the database would store U+FFFD instead.
  const lone = firstLoneSurrogate(text);
  if (lone >= 0) throw new SourceError(label, `not valid Unicode: unpaired surrogate at character ${lone}`);
  // U+FFFD is what a client leaves behind when it decodes non-UTF-8 bytes as UTF-8: the text is already damaged.
  const replaced = text.indexOf('\ufffd');
  if (replaced >= 0) throw new SourceError(label, `contains U+FFFD replacement characters (first at character ${replaced}): the text was decoded with the wrong encoding; send it as UTF-8`);
  if (!/[\p{L}\p{N}]/u.test(text)) throw new SourceError(label, 'no letters or digits, nothing to import');
  return text;
}

/** decodeSourceText for text the parser reads as it is: a whole web page would import its markup. */
export function validateSourceText(input: Buffer | Uint8Array | string, label: string): string {
  const text = decodeSourceText(input, label);
  if (HTML_PAGE.test(text)) throw new SourceError(label, 'an HTML page, not plain text: paste or save the article\'s text');
  return text;
}

function firstLoneSurrogate(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
      else return i;
    } else if (c >= 0xdc00 && c <= 0xdfff) return i;
  }
  return -1;
}

/** A file's bytes, refused (SourceError) when it is missing, not a file or over the size cap. */
export function readSourceBytes(path: string, options: ReadSourceOptions = {}): Buffer {
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
    throw new SourceError(label, tooBig(size, maxBytes));
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
    throw new SourceError(label, tooBig(buffer.length, maxBytes));
  }
  return buffer;
}

export function readSourceFile(path: string, options: ReadSourceOptions = {}): SourceFile {
  const buffer = readSourceBytes(path, options);
  const text = validateSourceText(buffer, options.label ?? path);
  return { text, bytes: buffer.length, sha256: createHash('sha256').update(buffer).digest('hex') };
}
