/**
 * Text folding, one family: stripMarks is the base every fold starts from,
 * foldText the fold records and scores are matched by.
 */

/**
 * Compatibility decomposition, then the combining marks dropped: "Müller",
 * "Muller" and "ﬁ" written as a ligature compare equal. Case and punctuation
 * are left to the caller, whose rules differ (names drop dots, keys keep them).
 */
export const stripMarks = (s: string): string => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');

/**
 * Text folded for matching: case, accents, quote styles, dashes and spacing do
 * not make two records different. Import keys are built from it, so what it
 * folds is fixed: guillemets, unlike normaliseQuotes, stay as written (a key
 * that changed would no longer find the stored record).
 */
export const foldText = (text: string): string =>
  stripMarks(text)
    .replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"')
    .replace(/[\u2010-\u2015]/g, '-')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
