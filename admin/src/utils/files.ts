/**
 * Reading the files an editor drops or chooses: small UTF-8 text files
 * (plain text, Markdown, HTML, feeds, NITF, NewsML-G2, ninjs: the server
 * tells them apart by content) as text, Word files as base64 bytes;
 * everything else gets a reason the page can explain.
 */

export const MAX_FILE_BYTES = 5 * 1024 * 1024;
export const DOCX_EXTENSION = '.docx';
export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const ACCEPTED_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm', '.xml', '.rss', '.atom', '.json', DOCX_EXTENSION];

export type FileProblem = 'extension' | 'empty' | 'binary' | 'too-big' | 'unreadable';

export type FileReadResult =
  | { ok: true; name: string; text: string }
  | { ok: true; name: string; data: string; contentType: string }
  | { ok: false; name: string; problem: FileProblem };

export const hasAcceptedExtension = (name: string) =>
  ACCEPTED_EXTENSIONS.some((extension) => name.toLowerCase().endsWith(extension));

/** NUL bytes or too many control characters: not a text document. */
export const looksBinary = (bytes: Uint8Array) => {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 9 || (byte > 13 && byte < 32)) control += 1;
  }
  return sample.length > 0 && control / sample.length > 0.1;
};

const readBytes = (file: Blob): Promise<ArrayBuffer> =>
  typeof file.arrayBuffer === 'function'
    ? file.arrayBuffer()
    : new Promise((resolve, reject) => {
        const reader = new FileReader();
        reader.onload = () => resolve(reader.result as ArrayBuffer);
        reader.onerror = () => reject(reader.error);
        reader.readAsArrayBuffer(file);
      });

export async function readSourceFile(file: File): Promise<FileReadResult> {
  const { name } = file;
  if (!hasAcceptedExtension(name)) return { ok: false, name, problem: 'extension' };
  if (file.size > MAX_FILE_BYTES) return { ok: false, name, problem: 'too-big' };
  if (file.size === 0) return { ok: false, name, problem: 'empty' };

  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readBytes(file));
  } catch {
    return { ok: false, name, problem: 'unreadable' };
  }
  // A Word file is a zip: sent as it is, the server reads it (and refuses a broken one in one line).
  if (name.toLowerCase().endsWith(DOCX_EXTENSION)) return { ok: true, name, data: toBase64(bytes), contentType: DOCX_TYPE };
  if (looksBinary(bytes)) return { ok: false, name, problem: 'binary' };

  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, name, problem: 'binary' };
  }
  text = text.replace(/^\uFEFF/, '');
  if (text.trim() === '') return { ok: false, name, problem: 'empty' };
  return { ok: true, name, text };
}

/** Bytes as base64, in chunks: one String.fromCharCode call per byte of a 5 MB file would overflow the stack. */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** A document's size: its text's UTF-8 bytes, or what its base64 data decodes to. */
export const documentBytes = (document: { text?: string; data?: string }) =>
  document.data !== undefined ? Math.floor((document.data.length * 3) / 4) - (document.data.match(/=*$/)?.[0].length ?? 0) : new TextEncoder().encode(document.text ?? '').length;

export const formatBytes = (bytes: number) =>
  bytes < 1024 ? `${bytes} B` : bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
