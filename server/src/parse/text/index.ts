export { codeUnits } from './code-units';
export { collapseSpaces, isAllCaps, isArabicArticleName, isSingleSpace, isSpaceCode, isUpperCode, isUpperStart, isWordCode, isWordJoiner, splitOnBlanks, stripNonAlnumEdges } from './chars';
export { foldText, stripMarks } from './fold';
export { DOUBLE_AMBIGUOUS, DOUBLE_CLOSE, DOUBLE_MARK_CLASS, DOUBLE_OPEN, isDoubleMark, normaliseQuotes } from './quote-marks';
export { isAbbreviation, opensSentence, sentenceBreaks, wordEnd, type SentenceBreak, type SentenceWord } from './sentences';
