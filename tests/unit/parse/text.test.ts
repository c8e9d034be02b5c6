import fc from 'fast-check';
import { collapseSpaces, sentenceBreaks } from '../../../server/src/parse/text';
import { deriveTitle } from '../../../server/src/parse/title';

/** The regex form collapseSpaces replaced with a code-unit scan; both must agree on every input. */
const byRegex = (s: string): string => (/\s\s|[^\S ]/.test(s) ? s.replace(/\s+/g, ' ').trim() : s.trim());

describe('collapseSpaces', () => {
  const blanks = [' ', '  ', '\t', '\n', '\r\n', '\u00a0', '\u2003', '\u2028', '\u3000', '\ufeff', ' \t'];

  it('matches the regex definition on whitespace of every kind', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...blanks), fc.string({ maxLength: 6 })), { maxLength: 12 }), (parts) => {
        const s = parts.join('');
        expect(collapseSpaces(s)).toBe(byRegex(s));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('sentenceBreaks', () => {
  const sentences = (text: string): string[] => {
    const out: string[] = [];
    let from = 0;
    for (const b of sentenceBreaks(text)) {
      out.push(text.slice(from, b.stop + 1).trim());
      from = b.next;
    }
    out.push(text.slice(from).trim());
    return out;
  };

  it('ends a sentence at a stop before a capital, a number or an opening quote', () => {
    expect(sentences('It rained. Then it stopped! 40 left? “Why,” she asked… “now?”')).toEqual(['It rained.', 'Then it stopped!', '40 left?', '“Why,” she asked…', '“now?”']);
    expect(sentences('Prices rose 3.5 percent. They fell. and rose')).toEqual(['Prices rose 3.5 percent.', 'They fell. and rose']);
  });

  it('does not end one after an abbreviation or an initial, nor after "No." before a number', () => {
    expect(sentences('Sgt. Jo Bloggs and Lt. Col. Ann Lee met Mr. J. R. Smith in the U.S. Army base.')).toHaveLength(1);
    expect(sentences('Room No. 5 was shut. He said no. Then he left.')).toEqual(['Room No. 5 was shut.', 'He said no.', 'Then he left.']);
  });

  it('starts the next sentence past closing marks and blanks', () => {
    const text = 'She said "go."  Then he went.';
    expect(sentenceBreaks(text)).toEqual([{ stop: text.indexOf('.'), next: text.indexOf('Then') }]);
  });
});

describe('deriveTitle', () => {
  it('cuts the lead at its first sentence, reading abbreviations as the parser does', () => {
    expect(deriveTitle('Sgt. Jo Bloggs said on Monday the base would close. Officials agreed.')).toBe('Sgt. Jo Bloggs said on Monday the base would close');
  });
});
