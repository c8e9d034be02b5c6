import fc from 'fast-check';
import { parseDocument, ParseError, toContractJson } from '../../../server/src/parse';

/** Pieces that stress the parser: quote marks, newlines, names, front-matter fences. */
const piece = fc.oneof(
  fc.constantFrom('"', '“', '”', '‘', '’', "'", '«', '»', '„', '\n', '\n\n', '\r\n', ' ', ', ', '. ', ': ', '---\n', '---', '\uFEFF'),
  fc.constantFrom('said', 'he said', 'she told reporters', 'according to', 'the president', 'The', 'Read more: ', 'Related: '),
  fc.constantFrom('Ezra', 'Hollander', 'Ana Quintero', 'Dr.', 'President', 'New York', 'Jr.', 'van der', 'A.J.', 'Party', 'News'),
  fc.string({ maxLength: 12 }),
  fc.fullUnicodeString({ maxLength: 8 }),
);
const doc = fc.array(piece, { maxLength: 80 }).map((parts) => parts.join(''));

function parseOrParseError(text: string) {
  try {
    return parseDocument(text, { referenceDate: '2025-01-01' });
  } catch (error) {
    // Broken front matter is the one documented failure.
    expect(error).toBeInstanceOf(ParseError);
    expect(text.replace(/^\uFEFF/, '').startsWith('---')).toBe(true);
    return null;
  }
}

describe('parser properties', () => {
  it('never throws (except ParseError for broken front matter) and offsets slice back', () => {
    fc.assert(
      fc.property(fc.oneof(doc, fc.fullUnicodeString({ maxLength: 300 })), (text) => {
        const d = parseOrParseError(text);
        if (!d) return;
        const names = new Set(d.people.map((p) => p.name));
        for (const q of d.quotes) {
          expect(text.slice(q.start, q.end)).toBe(q.text);
          expect(q.speaker === null || names.has(q.speaker)).toBe(true);
        }
        for (const s of d.sections) for (const p of s.paragraphs) expect(text.slice(p.start, p.start + p.text.length)).toBe(p.text);
        for (const w of d.warnings) expect(w.start === null || (w.start >= 0 && w.start <= text.length)).toBe(true);
      }),
      { numRuns: 120 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(doc, (text) => {
        const a = parseOrParseError(text);
        const b = parseOrParseError(text);
        expect(a === null ? null : JSON.stringify(toContractJson(a))).toBe(b === null ? null : JSON.stringify(toContractJson(b)));
      }),
      { numRuns: 60 },
    );
  });

  it('text without a leading --- never throws', () => {
    fc.assert(
      fc.property(fc.fullUnicodeString({ maxLength: 200 }), (text) => {
        const safe = text.replace(/^[\uFEFF]*-*/, 'x');
        expect(() => parseDocument(safe)).not.toThrow();
      }),
      { numRuns: 60 },
    );
  });

  it('handles a ~1 MB adversarial input', () => {
    const rng = fc.sample(fc.array(piece, { minLength: 2000, maxLength: 2000 }), { numRuns: 1, seed: 42 })[0]!;
    const unit = rng.join('').replace(/^[\uFEFF]*-*/, 'x');
    let text = '';
    while (text.length < 1_000_000) text += unit;
    const t0 = Date.now();
    const d = parseDocument(text, { referenceDate: '2025-01-01' });
    for (const q of d.quotes) expect(text.slice(q.start, q.end)).toBe(q.text);
    // Timing is printed, never asserted.
    process.stdout.write(`1 MB adversarial input: ${Date.now() - t0} ms, ${d.quotes.length} quotes\n`);
  });

  it('handles ~1 MB of bare quote marks on a single line', () => {
    const text = `${'"'.repeat(300_000)}${'“ ”'.repeat(100_000)}x${'Ana Quintero said "a" '.repeat(20_000)}`;
    const d = parseDocument(text);
    for (const q of d.quotes) expect(text.slice(q.start, q.end)).toBe(q.text);
  });
});
