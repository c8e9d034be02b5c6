import { sentenceBreaks } from '../../parse/text';
import type { ParsedSection } from '../../parse/types';

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
      for (const { stop, next } of sentenceBreaks(paragraph.text)) {
        if (next <= localStart) sentenceStart = next;
        // A stop inside the quote is the speaker's, not the reporter's; the quote's last one ends both sentences.
        else if (stop >= localEnd - 1) {
          sentenceEnd = next;
          break;
        }
      }
      return paragraph.text.slice(sentenceStart, sentenceEnd).trim();
    }
  }
  return null;
};
