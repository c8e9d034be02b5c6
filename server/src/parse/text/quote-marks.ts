/** The parser's one list of quotation marks: every rule that asks "is this a quote mark?" reads it here. */

/** Normalises typographic quote marks so comparisons ignore the typography. */
export const normaliseQuotes = (s: string): string =>
  s.replace(/[\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033\uFF02]/g, '"').replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'");

export const DOUBLE_OPEN = new Set(['\u201C', '\u201E', '\u00AB']);
export const DOUBLE_CLOSE = new Set(['\u201D', '\u00BB']);
export const DOUBLE_AMBIGUOUS = new Set(['"', '\uFF02']);

export const isDoubleMark = (c: string): boolean =>
  DOUBLE_OPEN.has(c) || DOUBLE_CLOSE.has(c) || DOUBLE_AMBIGUOUS.has(c);

/** Any of the double marks above, as a regex character class (for a `g` scan or a plain test). */
export const DOUBLE_MARK_CLASS = `[${[...DOUBLE_OPEN, ...DOUBLE_CLOSE, ...DOUBLE_AMBIGUOUS].join('')}]`;
