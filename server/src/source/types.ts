/**
 * The source stage's boundary: any supported format in, the same normalised
 * shape out. Pure data, nothing from Strapi.
 */

export const SOURCE_FORMATS = ['text', 'markdown', 'html', 'docx', 'rss', 'atom', 'nitf', 'newsml', 'ninjs'] as const;
export type SourceFormat = (typeof SOURCE_FORMATS)[number];

export const isSourceFormat = (value: unknown): value is SourceFormat => SOURCE_FORMATS.includes(value as SourceFormat);

/**
 * What a format says about its article, by the front-matter keys the parser
 * and the importer already read (`id` and `url` key the Article).
 */
export interface ArticleMeta {
  title?: string | null;
  url?: string | null;
  id?: string | null;
  outlet?: string | null;
  published?: string | null;
  author?: string | null;
}

/** One block of article body, in reading order. */
export type BodyBlock =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'related'; text: string; url: string | null };

/** A format's article before it is written out as normalised text. */
export interface ExtractedArticle {
  meta: ArticleMeta;
  blocks: BodyBlock[];
  /** The original as stored in the Article's `source`: the item's own markup for a feed item. */
  original: string;
}

/** One article ready for the parser. */
export interface NormalisedArticle {
  /** The file's name; "<file>#<n>" for the n-th item of a feed. */
  name: string;
  format: SourceFormat;
  /** What the parser reads and quote offsets index: front matter with the metadata, then the body. */
  text: string;
  /** The original, for the Article's `source`: the text as read, or a data: URL for a binary format. */
  original: string;
  /** SHA-256 and size of the original bytes. */
  sha256: string;
  bytes: number;
}

/** Bytes or text as a door received them. */
export interface SourceInput {
  name: string;
  data?: Uint8Array;
  text?: string;
  /** A MIME type from an HTTP client or the browser; names a format when it is specific. */
  contentType?: string;
  /** Forces a format, skipping detection. */
  format?: SourceFormat;
}

export interface SourceLimits {
  /** Largest original accepted, in bytes; also the cap on each article's normalised text. */
  maxBytes: number;
}
