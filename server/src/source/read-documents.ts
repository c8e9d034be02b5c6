/**
 * The importer's documents through the source stage, one at a time: a door
 * sends files as they are (text, or bytes with a MIME type) and gets back
 * one document per article, with the normalised text the parser reads and
 * the original the Article keeps. Plain text passes through as before.
 */
import { extractSource } from './extract';
import { SourceError } from './read-source';
import type { SourceFormat } from './types';

/** A source document as a door hands it in. */
export interface IncomingDocument {
  /** File name (CLI) or a label (HTTP/admin). Part of the article key when front matter has no url/id. */
  name: string;
  /** A text format as text; or else `data`. */
  text?: string;
  /** The file's bytes (binary formats such as .docx, or any file as read). */
  data?: Uint8Array;
  /** The client's MIME type: names the format when it is specific (source/detect.ts). */
  contentType?: string;
  /** Forces a format (server/src/source/types.ts), skipping detection. */
  format?: SourceFormat;
  /** Set when a door could not even read the source (missing file...): reported as failed. */
  error?: string;
  /** Of a document holding several articles (a feed's items), read only these 1-based positions; all when absent. */
  items?: number[];
}

export interface ReadDocument {
  name: string;
  /** What the parser reads; quote offsets index it. */
  text: string;
  /** The Article's `source` when it differs from `text` (every format but plain text). */
  original?: string;
  format?: SourceFormat;
  sha256?: string;
  bytes?: number;
  error?: string;
}

export async function* readDocuments(
  documents: Iterable<IncomingDocument> | AsyncIterable<IncomingDocument>,
  limits: { maxBytes: number; format?: SourceFormat }
): AsyncGenerator<ReadDocument> {
  for await (const document of documents) {
    if (document.error) {
      yield { name: document.name, text: document.text ?? '', error: document.error };
      continue;
    }
    try {
      const articles = await extractSource({ ...document, format: document.format ?? limits.format }, limits);
      for (const [i, article] of articles.entries()) {
        if (document.items && !document.items.includes(i + 1)) continue;
        // Plain text is reported and fingerprinted from its text, as it always was.
        yield article.format === 'text'
          ? { name: article.name, text: article.text, format: article.format }
          : { name: article.name, text: article.text, original: article.original, format: article.format, sha256: article.sha256, bytes: article.bytes };
      }
    } catch (error) {
      if (!(error instanceof SourceError)) throw error;
      yield { name: document.name, text: '', error: error.message };
    }
  }
}
