import { SourceError } from './read-source';

/**
 * A Word file is a zip: what it inflates to may be far larger than the file.
 * XML compresses around 10:1, so ten times the byte cap fits any real
 * document while a zip bomb (1,000:1 and more) is refused from its directory.
 */
export const INFLATE_RATIO = 10;

/** Normalised text is held to the same cap as a plain-text source. */
export function checkTextSize(text: string, label: string, format: string, maxBytes: number): string {
  const size = Buffer.byteLength(text, 'utf8');
  if (size > maxBytes) throw new SourceError(label, `${format}: extracted text is ${size} bytes, over the ${maxBytes}-byte limit`);
  return text;
}
