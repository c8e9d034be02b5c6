import fc from 'fast-check';
import { collapseSpaces } from '../../../server/src/parse/text';

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
