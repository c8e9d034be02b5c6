import { normaliseQuotes } from '../parse/text';

const OUTER_MARKS = /^["']+|["']+$/g;

/**
 * A quote and its source span as the misquote guard compares them: quote
 * typography, runs of whitespace and quote marks around the whole text do
 * not make a quote differ from what the source said; everything else does.
 */
export const comparableText = (text: string): string =>
  normaliseQuotes(text).replace(/\s+/g, ' ').trim().replace(OUTER_MARKS, '').trim();
