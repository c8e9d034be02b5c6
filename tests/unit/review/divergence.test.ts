import { divergencePatch, judgeQuote, sourceSpan } from '../../../server/src/review/divergence';
import { comparableText } from '../../../server/src/review/compare-text';

const SOURCE = 'Intro.\n\n"We will open the park in spring," said the mayor.\n';
const START = SOURCE.indexOf('We will');
const END = SOURCE.indexOf(',"') + 1;
const article = { source: 'the received HTML', sourceText: SOURCE };

describe('the misquote guard', () => {
  it('reads the span from sourceText, else from source', () => {
    expect(sourceSpan(SOURCE, START, END)).toBe('We will open the park in spring,');
    expect(judgeQuote({ text: 'We will open the park in spring,', startOffset: START, endOffset: END }, article).diverged).toBe(false);
    expect(judgeQuote({ text: 'We will open the park in spring,', startOffset: START, endOffset: END }, { source: SOURCE, sourceText: null }).diverged).toBe(false);
  });

  it('ignores quote typography, spacing and marks around the whole quote; not a changed word', () => {
    expect(comparableText('\u201CWe  will\nopen\u201D')).toBe('We will open');
    expect(judgeQuote({ text: '\u201CWe will open the park  in spring,\u201D', startOffset: START, endOffset: END }, article).diverged).toBe(false);
    expect(judgeQuote({ text: 'We will open the park in summer,', startOffset: START, endOffset: END }, article).diverged).toBe(true);
  });

  it('judges a lost span diverged, and a quote with nothing to compare with not at all', () => {
    expect(judgeQuote({ text: 'x', startOffset: 5, endOffset: SOURCE.length + 1 }, article)).toMatchObject({ diverged: true });
    expect(judgeQuote({ text: 'x', startOffset: 9, endOffset: 3 }, article)).toMatchObject({ diverged: true });
    expect(judgeQuote({ text: 'x', startOffset: null, endOffset: null }, article)).toEqual({ diverged: false, basis: null });
    expect(judgeQuote({ text: 'x', startOffset: 0, endOffset: 1 }, null)).toEqual({ diverged: false, basis: null });
  });

  it('keeps an acceptance while the judgement stands on the same texts, and drops it when they change', () => {
    const quote = { text: 'We will open the park in summer,', startOffset: START, endOffset: END };
    const judged = judgeQuote(quote, article);
    const accepted = { diverged: true, divergenceAcceptedAt: '2026-01-01T00:00:00.000Z', divergenceAcceptedFor: judged.basis };
    expect(divergencePatch(accepted, judged)).toBeNull();
    const edited = judgeQuote({ ...quote, text: 'We will open the park in autumn,' }, article);
    expect(divergencePatch(accepted, edited)).toEqual({ divergenceAcceptedBy: null, divergenceAcceptedAt: null, divergenceAcceptedFor: null });
    const fixed = judgeQuote({ ...quote, text: 'We will open the park in spring,' }, article);
    expect(divergencePatch(accepted, fixed)).toEqual({ diverged: false, divergenceAcceptedBy: null, divergenceAcceptedAt: null, divergenceAcceptedFor: null });
    expect(divergencePatch({ diverged: null, divergenceAcceptedAt: null, divergenceAcceptedFor: null }, judged)).toEqual({ diverged: true });
  });
});
