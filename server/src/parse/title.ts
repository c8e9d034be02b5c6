import { collapseSpaces, sentenceBreaks } from './text';

const MAX_TITLE = 90;

/**
 * Builds a readable title from the lead when the article has none: the first
 * sentence, without parenthetical asides, cut back to a clause boundary (or at
 * least a word boundary) so it never ends mid-word or on a dangling "the".
 */
export function deriveTitle(lead: string): string {
  const text = collapseSpaces(lead);
  if (text === '') return '';
  let sentence = firstSentence(text);
  sentence = collapseSpaces(sentence.replace(/\s*\([^()]*\)/g, '').replace(/\s*\[[^\]]*\]/g, ''));
  sentence = sentence.replace(/[.!?;:,]+$/, '');
  if (sentence.length <= MAX_TITLE) return sentence;

  // Prefer the longest clause that fits and still says something.
  const clauseRe = /[,;:–—]|\s-\s/g;
  let best = -1;
  let m: RegExpExecArray | null;
  while ((m = clauseRe.exec(sentence)) !== null) {
    if (m.index > MAX_TITLE) break;
    if (m.index >= 30) best = m.index;
  }
  if (best > 0) return trimDangling(sentence.slice(0, best));

  let cut = sentence.lastIndexOf(' ', MAX_TITLE - 1);
  if (cut < 20) cut = MAX_TITLE - 1; // one enormous word: nothing better to do
  return `${trimDangling(sentence.slice(0, cut))}…`;
}

function firstSentence(text: string): string {
  const end = sentenceBreaks(text, 1)[0];
  return end === undefined ? text : text.slice(0, end.stop + 1);
}

/** Words a readable title should not end on. */
const DANGLING = new Set('the a an and or but nor of to in on at for with by from as that which who whom whose where when while than its their his her'.split(' '));

function trimDangling(s: string): string {
  const words = s.trim().split(' ');
  while (words.length > 3 && DANGLING.has(words[words.length - 1]!.toLowerCase().replace(/[^\p{L}']/gu, ''))) words.pop();
  return words.join(' ').replace(/[\s,;:–—-]+$/, '');
}
