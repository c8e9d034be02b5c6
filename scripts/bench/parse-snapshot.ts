/**
 * `npm run snapshot:parse`: one sha256 over the parser's contract output for
 * every labelled fixture, the sample, variants of the fixtures (CRLF, curly,
 * straight and single marks, hard-wrapped, markdown-ish, lower case, all
 * fixtures as one text) and the generated bench corpora (the bench:parse
 * generator, same seeds; the importer bench's article generator). Speed work on the parser must leave this hash
 * unchanged: it proves the output is byte-identical, not just "as good".
 * Prints a hash per group, then the total.
 */
import { createHash } from 'crypto';
import { readdirSync, readFileSync } from 'fs';
import { join, resolve } from 'path';
import { parseDocument, toContractJson } from '../../server/src/parse';
import { generateArticle } from './corpus';
import { generateCorpus } from './parse';

const root = resolve(__dirname, '..', '..');
const REFERENCE_DATE = '2024-06-01';

interface Input {
  name: string;
  text: string;
}

const textFiles = (dir: string): Input[] =>
  readdirSync(join(root, dir))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ name: `${dir}/${f}`, text: readFileSync(join(root, dir, f), 'utf8') }));

/** A failing parse is output too: its message must not change either. */
function render(input: Input): string {
  try {
    return JSON.stringify(toContractJson(parseDocument(input.text, { referenceDate: REFERENCE_DATE })));
  } catch (error) {
    return `error: ${error instanceof Error ? error.message : String(error)}`;
  }
}

/** Hard-wraps every line at about `width` columns (exercises the line-joining rules). */
const hardWrap = (text: string, width: number): string =>
  text
    .split('\n')
    .map((line) => line.replace(new RegExp(`(.{1,${width}})(\\s+|$)`, 'g'), (_, chunk: string, gap: string) => (gap ? `${chunk}\n` : chunk)))
    .join('\n');

/** Short lines as markdown headings, plus separator, byline and source lines. */
const markdownish = (text: string): string =>
  text
    .split('\n')
    .map((line, i) => (line.length > 0 && line.length < 50 && i % 3 === 0 ? `## ${line}` : i % 11 === 5 ? `${line}\n* * *\nBy Jo Example, staff\n\u2014\u2014` : line))
    .join('\n') + '\nSource: https://example.com/story\nRelated: Another story https://example.com/other\n';

function groups(): Array<[string, Input[]]> {
  const fixtures = textFiles('tests/fixtures/articles');
  const samples = textFiles('samples');
  const labelled = [...fixtures, ...samples];
  const variants: Input[] = [
    ...labelled.map((f) => ({ name: `${f.name} (crlf)`, text: f.text.replace(/\r?\n/g, '\r\n') })),
    ...labelled.map((f) => ({ name: `${f.name} (curly)`, text: f.text.replace(/"([^"\n]*)"/g, '\u201C$1\u201D') })),
    ...labelled.map((f) => ({ name: `${f.name} (straight)`, text: f.text.replace(/[\u201C\u201D]/g, '"') })),
    ...labelled.map((f) => ({ name: `${f.name} (single)`, text: f.text.replace(/"([^"\n]*)"/g, '\u2018$1\u2019') })),
    ...labelled.map((f) => ({ name: `${f.name} (no headline)`, text: f.text.replace(/^[^\n]*\n/, '') })),
    ...labelled.map((f) => ({ name: `${f.name} (wrapped)`, text: hardWrap(f.text, 60) })),
    ...labelled.map((f) => ({ name: `${f.name} (markdown)`, text: markdownish(f.text) })),
    ...labelled.map((f) => ({ name: `${f.name} (lower)`, text: f.text.toLowerCase() })),
    { name: 'all labelled texts as one', text: labelled.map((f) => f.text.replace(/^---[\s\S]*?\n---\r?\n/, '')).join('\n\n') },
  ];
  const articles = Array.from({ length: 300 }, (_, i) => generateArticle(i, 3, i % 7 === 0 ? 1 : 0)).map((a) => ({ name: a.fileName, text: a.text }));
  return [
    ['fixtures', fixtures],
    ['samples', samples],
    ['variants', variants],
    ['importer-articles', articles],
    ['bench-2mb-seed7', [{ name: 'bench 2 MB', text: generateCorpus(2 * 1024 * 1024, 7) }]],
    ['bench-1mb', [{ name: 'bench 1 MB', text: generateCorpus(1024 * 1024, 20240601) }]],
    ['bench-10mb', [{ name: 'bench 10 MB', text: generateCorpus(10 * 1024 * 1024, 20240601) }]],
  ];
}

const total = createHash('sha256');
for (const [label, inputs] of groups()) {
  const h = createHash('sha256');
  for (const input of inputs) {
    const line = `${input.name}\n${render(input)}\n`;
    h.update(line);
    total.update(line);
  }
  console.log(`${label.padEnd(18)} ${String(inputs.length).padStart(4)} texts  ${h.digest('hex')}`);
}
console.log(`${'total'.padEnd(29)}  ${total.digest('hex')}`);
