import { quoteContext } from '../../../server/src/sync/plan/quote-context';

const sections = (text: string) => [{ heading: null, paragraphs: [{ text, start: 10 }] }];

describe('quoteContext', () => {
  const text = 'Mr. Smith spoke first. He said the plan was "fully funded." Then Dr. Lee said: "We will see. Maybe."';

  it('is the sentence a quote stands in, read with the parser’s sentence rule (no cut after "Dr." nor inside the quote)', () => {
    const at = 10 + text.indexOf('We will');
    expect(quoteContext(sections(text), at, at + 'We will see. Maybe.'.length)).toBe('Then Dr. Lee said: "We will see. Maybe."');
  });

  it('ends the sentence at the quote’s last stop, not at one inside it', () => {
    const at = 10 + text.indexOf('fully');
    expect(quoteContext(sections(text), at, at + 'fully funded.'.length)).toBe('He said the plan was "fully funded."');
  });

  it('is null outside every paragraph', () => {
    expect(quoteContext(sections(text), 2, 5)).toBeNull();
  });
});
