import { sourceSpan } from './divergence';

export interface Provenance {
  /** The source paragraph the quote opens in. */
  paragraph: string;
  /** The quote's span inside `paragraph` (its end capped at the paragraph's end). */
  quoteStart: number;
  quoteEnd: number;
  /** The source's text between the quote's offsets. */
  sourceText: string;
}

// Paragraphs of the normalised source text are separated by a blank line (source/normalise.ts).
const PARAGRAPH_BREAK = /\n[ \t\r]*\n/g;

/** The paragraph around a quote's stored offsets, or null when the offsets do not fit the text. */
export function provenance(source: string | null, start: number | null, end: number | null): Provenance | null {
  const span = sourceSpan(source, start, end);
  if (span === null || source === null || start === null || end === null) return null;
  let from = 0;
  let to = source.length;
  for (const match of source.matchAll(PARAGRAPH_BREAK)) {
    const breakStart = match.index ?? 0;
    const breakEnd = breakStart + match[0].length;
    if (breakEnd <= start) from = breakEnd;
    else if (breakStart >= start) {
      to = breakStart;
      break;
    }
  }
  const raw = source.slice(from, to);
  const lead = raw.length - raw.trimStart().length;
  const paragraph = raw.trim();
  const quoteStart = Math.max(0, start - from - lead);
  return { paragraph, quoteStart, quoteEnd: Math.min(paragraph.length, end - from - lead), sourceText: span };
}
