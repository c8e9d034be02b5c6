import type { ParsedSection } from '../../parse/types';

// A sentence ends at . ! or ? (optionally followed by a closing quotation mark)
// and whitespace. Good enough to show an editor the sentence around a quote.
const SENTENCE_END = /[.!?]["\u201d\u2019')\]]*\s+/g;

/** The sentence(s) of its paragraph that a quote stands in, for the Quote's `context` field. */
export const quoteContext = (sections: ParsedSection[], start: number, end: number): string | null => {
  for (const section of sections) {
    for (const paragraph of section.paragraphs) {
      const from = paragraph.start;
      const to = from + paragraph.text.length;
      if (start < from || start > to) continue;
      const localStart = start - from;
      const localEnd = Math.min(end - from, paragraph.text.length);
      let sentenceStart = 0;
      let sentenceEnd = paragraph.text.length;
      for (const match of paragraph.text.matchAll(SENTENCE_END)) {
        const boundary = (match.index ?? 0) + match[0].length;
        // A boundary inside the quote itself is the quoted speaker's full stop, not the reporter's.
        if (boundary <= localStart) sentenceStart = boundary;
        else if (boundary > localEnd + 1) {
          sentenceEnd = boundary;
          break;
        }
      }
      return paragraph.text.slice(sentenceStart, sentenceEnd).trim();
    }
  }
  return null;
};
