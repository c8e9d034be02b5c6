import { diffWords } from 'diff';
import { comparableText } from './compare-text';

export interface DiffPart {
  op: 'equal' | 'insert' | 'delete';
  text: string;
}

/**
 * Word-level difference from the source span (deleted words) to the quote
 * (inserted words), by jsdiff's diffWords, on the texts as the guard
 * compares them (quote typography and spacing are no difference).
 */
export function wordDiff(sourceSpan: string, quote: string): DiffPart[] {
  const parts: DiffPart[] = [];
  for (const change of diffWords(comparableText(sourceSpan), comparableText(quote))) {
    const op = change.added ? 'insert' : change.removed ? 'delete' : 'equal';
    const last = parts[parts.length - 1];
    if (last && last.op === op) last.text += change.value;
    else if (change.value) parts.push({ op, text: change.value });
  }
  return parts;
}
