/**
 * Compatibility decomposition, then the combining marks dropped: "Müller",
 * "Muller" and "ﬁ" written as a ligature compare equal. Case and punctuation
 * are left to the caller, whose rules differ (names drop dots, keys keep them).
 */
export const stripMarks = (s: string): string => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
