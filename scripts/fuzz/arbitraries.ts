/**
 * Generated documents shaped like news, for fuzzing the parser: front-matter
 * fragments (valid, broken, unclosed), headlines, paragraphs of reporting with
 * names, titles, pronouns and speech verbs, quotations in every mark style
 * (often opened and never closed), related-link lines, Unicode noise and every
 * kind of line ending. Shared by `npm run fuzz` (100,000 runs) and the seeded
 * unit test, so both check the same space with the same property.
 *
 * The names are invented for this module; none come from samples/.
 */
import fc from 'fast-check';
import { parseDocument, ParseError, toContractJson } from '../../server/src/parse';

const FIRST = ['Lena', 'Omar', 'Ingrid', 'Mateo', 'Yuki', 'Nadia', 'Tobias', 'Amara', 'Felix', 'Rosa', 'Kwame', 'Elif', "D'Arcy", 'Jean-Luc', 'Zoë', 'Søren'];
const LAST = ['Varga', 'Haddad', 'Lindqvist', 'Okafor', 'Moreau', 'Castellanos', 'Petrov', 'Nakamura', "O'Neill", 'van der Berg', 'MacLeod', 'Ó Súilleabháin', 'Abernathy-Cole', 'Dąbrowski'];
const TITLES = ['Dr.', 'Mr.', 'Mrs.', 'Ms.', 'Prof.', 'Sen.', 'Gov.', 'Mayor', 'Chief Inspector', 'President', 'Finance Minister', 'the coach', 'spokeswoman', 'Judge'];
const PRONOUNS = ['he', 'she', 'they', 'He', 'She', 'They', 'it', 'we', 'I'];
const VERBS = ['said', 'says', 'told reporters', 'added', 'warned', 'insisted', 'explained', 'according to', 'said in a statement', 'wrote', 'asked', 'replied', 'noted'];
const WORDS = ['the', 'council', 'budget', 'vote', 'on', 'Tuesday', 'in', 'March', 'plan', 'and', 'residents', 'of', 'harbour', 'after', 'a', 'long', 'delay', 'police', 'U.S.', 'No.', '3.5%', '$12m', 'St.', 'Jr.', '(AP)', '—', '–', '...', 'e.g.', 'FIFA', 'CEO'];
const OPEN = ['"', '“', '„', '‘', "'", '«', '‹', '「', '»'];
const CLOSE = ['"', '”', '“', '’', "'", '»', '›', '」', '«'];
const NEWLINES = ['\n', '\n\n', '\r\n', '\r\n\r\n', '\r', '\r\r', '\n\n\n', '\u2028'];
const PUNCT = ['.', ',', ':', ';', '!', '?', ' —', '…', ''];

const name = fc.tuple(fc.constantFrom(...FIRST), fc.constantFrom(...LAST)).map(([f, l]) => `${f} ${l}`);
const speaker = fc.oneof(
  name,
  fc.tuple(fc.constantFrom(...TITLES), name).map(([t, n]) => `${t} ${n}`),
  fc.constantFrom(...LAST),
  fc.constantFrom(...PRONOUNS),
);
const words = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 10 }).map((w) => w.join(' '));
const noise = fc.oneof(fc.fullUnicodeString({ maxLength: 6 }), fc.string({ maxLength: 6 }), fc.constantFrom('\t', '\u00a0', '\u200b', '\ufeff', '\u202e', '\u0007', '🙂', '👨‍👩‍👧', 'é', 'ﬁ'));
/** Quoted speech: mark styles mixed at random, and the closing mark sometimes missing. */
const quotation = fc
  .tuple(fc.constantFrom(...OPEN), words, fc.constantFrom(...PUNCT), fc.option(fc.constantFrom(...CLOSE), { freq: 4 }))
  .map(([open, body, punct, close]) => `${open}${body}${punct}${close ?? ''}`);
const attributed = fc.oneof(
  fc.tuple(quotation, speaker, fc.constantFrom(...VERBS)).map(([q, s, v]) => `${q} ${s} ${v}.`),
  fc.tuple(quotation, fc.constantFrom(...VERBS), speaker).map(([q, v, s]) => `${q} ${v} ${s}.`),
  fc.tuple(speaker, fc.constantFrom(...VERBS), quotation).map(([s, v, q]) => `${s} ${v}: ${q}`),
  fc.tuple(speaker, fc.constantFrom(...VERBS), words).map(([s, v, w]) => `${s} ${v} that ${w}.`),
);
const sentence = fc.oneof(
  { arbitrary: words.map((w) => `${w[0]!.toUpperCase()}${w.slice(1)}.`), weight: 3 },
  { arbitrary: attributed, weight: 4 },
  { arbitrary: quotation, weight: 1 },
  { arbitrary: fc.tuple(name, fc.constantFrom(',', ''), fc.constantFrom(...TITLES), words).map(([n, c, t, w]) => `${n}${c} ${t}, ${w}.`), weight: 1 },
  { arbitrary: noise, weight: 1 },
);
const paragraph = fc.array(sentence, { minLength: 1, maxLength: 6 }).map((s) => s.join(' '));

const frontMatterLine = fc.oneof(
  { arbitrary: words.map((w) => `title: ${w}`), weight: 3 },
  { arbitrary: fc.constantFrom('published: 2024-03-05', 'published: [1, 2]', 'published: tomorrow', 'outlet: Harbour Gazette', 'url: https://news.example.com/a', 'id: 42', 'title: {a: 1}'), weight: 3 },
  { arbitrary: fc.constantFrom('title: "unclosed', ': :', '- list item', 'title: x\ntitle: y', '\t bad indent: [', 'author: |', '  multi line'), weight: 1 },
);
const frontMatter = fc
  .tuple(fc.array(frontMatterLine, { maxLength: 4 }), fc.oneof({ arbitrary: fc.constant(true), weight: 5 }, { arbitrary: fc.constant(false), weight: 1 }), fc.constantFrom('\n', '\r\n'))
  .map(([lines, closed, eol]) => `---${eol}${lines.join(eol)}${eol}${closed ? `---${eol}` : ''}`);

const relatedLink = fc
  .tuple(fc.constantFrom('Read more:', 'Read also:', 'Related:', 'See also -', 'READ MORE'), words, fc.option(fc.constantFrom('https://news.example.com/x', 'http://a.example/b?c=d', 'www.example.org')))
  .map(([label, title, url]) => `${label} ${title}${url ? ` ${url}` : ''}`);

/** One news-shaped document. */
export const newsDocument: fc.Arbitrary<string> = fc
  .tuple(
    fc.oneof({ arbitrary: fc.constant(null), weight: 2 }, { arbitrary: frontMatter, weight: 1 }),
    fc.option(words, { freq: 3 }),
    fc.array(fc.tuple(fc.oneof({ arbitrary: paragraph, weight: 6 }, { arbitrary: relatedLink, weight: 1 }, { arbitrary: words, weight: 1 }), fc.constantFrom(...NEWLINES)), { maxLength: 14 }),
    fc.option(fc.constantFrom('\ufeff'), { freq: 10 }),
  )
  .map(([fm, headline, body, bom]) => `${bom ?? ''}${fm ?? ''}${headline !== null ? `${headline}\n\n` : ''}${body.map(([p, nl]) => p + nl).join('')}`);

/** News-shaped documents, plus some with no shape at all. */
export const anyDocument: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: newsDocument, weight: 9 },
  { arbitrary: fc.fullUnicodeString({ maxLength: 300 }), weight: 1 },
);

export interface FuzzStats {
  documents: number;
  parseErrors: number;
  quotes: number;
  people: number;
  warnings: number;
}

export const emptyStats = (): FuzzStats => ({ documents: 0, parseErrors: 0, quotes: 0, people: 0, warnings: 0 });

/**
 * The parser's contract on one input. Returns the first violation, or null.
 * Broken front matter (a ParseError on a text that opens with "---") is the
 * one documented refusal; any other throw is a violation.
 */
export function checkParse(text: string, stats: FuzzStats = emptyStats(), checkDeterminism = false): string | null {
  stats.documents++;
  let doc;
  try {
    doc = parseDocument(text, { referenceDate: '2025-01-01', fileName: 'fuzz.txt' });
  } catch (error) {
    if (error instanceof ParseError && text.replace(/^\ufeff/, '').startsWith('---')) {
      stats.parseErrors++;
      return null;
    }
    return `threw ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`;
  }
  stats.quotes += doc.quotes.length;
  stats.people += doc.people.length;
  stats.warnings += doc.warnings.length;
  const names = new Set(doc.people.map((p) => p.name));
  for (const q of doc.quotes) {
    if (text.slice(q.start, q.end) !== q.text) return `quote offsets ${q.start}-${q.end} do not slice back to ${JSON.stringify(q.text)}`;
    if (q.speaker !== null && !names.has(q.speaker)) return `speaker ${JSON.stringify(q.speaker)} is not among the people`;
  }
  let previousEnd = 0;
  for (const section of doc.sections) {
    for (const p of section.paragraphs) {
      if (p.start < previousEnd || p.start + p.text.length > text.length) return `paragraph at ${p.start} is out of range or out of order`;
      if (text.slice(p.start, p.start + p.text.length) !== p.text) return `paragraph at ${p.start} does not slice back`;
      previousEnd = p.start + p.text.length;
    }
  }
  for (const w of doc.warnings) if (w.start !== null && (w.start < 0 || w.start > text.length)) return `warning ${w.code} at ${w.start} is outside the text`;
  if (checkDeterminism) {
    const again = parseDocument(text, { referenceDate: '2025-01-01', fileName: 'fuzz.txt' });
    if (JSON.stringify(toContractJson(again)) !== JSON.stringify(toContractJson(doc))) return 'two parses of the same text differ';
  }
  return null;
}
