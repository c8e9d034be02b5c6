/**
 * `newsroom parse <file>`: runs the parser on one file and prints a readable
 * summary, or (with --json) exactly the contract JSON. Bad input exits 1 with
 * a single "newsroom: <file>: <problem>" line on stderr.
 */
import type { Command } from 'commander';
import { parseDocument, ParseError, toContractJson, type ParsedDocument } from '../../server/src/parse';
import { DEFAULT_MAX_BYTES, readSourceBytes, SourceError } from '../../server/src/source/read-source';
import { extractSource } from '../../server/src/source/extract';
import { isSourceFormat, SOURCE_FORMATS, type NormalisedArticle } from '../../server/src/source/types';
import { parseSize } from './size';

interface ParseFlags {
  json?: boolean;
  format?: string;
  referenceDate?: string;
  maxSize?: string;
}

export function registerParseCommand(program: Command): void {
  program
    .command('parse')
    .description('Parse one article and print what would be imported (people, quotes, links).')
    .argument('<file>', 'an article: plain text (UTF-8, optional YAML front matter), Markdown, HTML, .docx, RSS/Atom, NITF, NewsML-G2 or ninjs')
    .option('--json', 'print the parser output as JSON')
    .option('--reference-date <YYYY-MM-DD>', 'date that year-less dates are resolved against (default: today)')
    .option('--max-size <bytes|5MB>', 'refuse files larger than this', String(DEFAULT_MAX_BYTES))
    .option('--format <format>', `read the file as this format instead of detecting it (${SOURCE_FORMATS.join(', ')})`)
    .option('--text', 'print the text the parser reads (what a format was normalised to) instead of its output')
    .action(async (file: string, flags: ParseFlags & { text?: boolean }) => {
      const code = await runParse(file, flags);
      if (code !== 0) process.exitCode = code;
    });
}

function fail(message: string): number {
  process.stderr.write(`newsroom: ${message}\n`);
  return 1;
}

/** Parses a file in any format; a feed prints each of its articles (--json: an array). */
export async function runParse(file: string, flags: ParseFlags & { text?: boolean }): Promise<number> {
  let maxBytes: number;
  try {
    maxBytes = parseSize(flags.maxSize ?? String(DEFAULT_MAX_BYTES));
  } catch (error) {
    return fail((error as Error).message);
  }
  if (flags.referenceDate !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(flags.referenceDate)) {
    return fail(`--reference-date: expected YYYY-MM-DD, got "${flags.referenceDate}"`);
  }
  if (flags.format !== undefined && !isSourceFormat(flags.format)) return fail(`--format: expected one of ${SOURCE_FORMATS.join(', ')}, got "${flags.format}"`);
  const format = flags.format !== undefined && isSourceFormat(flags.format) ? flags.format : undefined;
  let articles: NormalisedArticle[];
  const docs: ParsedDocument[] = [];
  try {
    articles = await extractSource({ name: file, data: readSourceBytes(file, { maxBytes }), format }, { maxBytes });
    for (const article of articles) {
      try {
        docs.push(parseDocument(article.text, { referenceDate: flags.referenceDate, fileName: article.name }));
      } catch (error) {
        if (error instanceof ParseError) throw new SourceError(article.name, error.message);
        throw error;
      }
    }
  } catch (error) {
    if (error instanceof SourceError) return fail(error.message);
    return fail(`${file}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  }
  if (flags.text) {
    process.stdout.write(articles.map((a) => (articles.length > 1 ? `== ${a.name}\n${a.text}` : a.text)).join('\n'));
  } else if (flags.json) {
    const json = docs.map((doc) => toContractJson(doc));
    process.stdout.write(`${JSON.stringify(json.length === 1 ? json[0] : json, null, 2)}\n`);
  } else {
    process.stdout.write(docs.map((doc, i) => (docs.length > 1 ? `== ${articles[i]!.name}\n` : '') + formatSummary(doc)).join('\n'));
  }
  return 0;
}

/** Human-readable summary: what an editor would check before importing. */
export function formatSummary(doc: ParsedDocument): string {
  const out: string[] = [];
  out.push(`Title:     ${doc.title} (${doc.titleSource})`);
  out.push(`Published: ${doc.published ?? '-'}`);
  out.push(`Outlet:    ${doc.outlet ?? '-'}`);
  if (doc.sourceUrl) out.push(`URL:       ${doc.sourceUrl}`);
  const paragraphs = doc.sections.reduce((n, s) => n + s.paragraphs.length, 0);
  out.push(`Body:      ${doc.sections.length} section(s), ${paragraphs} paragraph(s)`);
  out.push('');
  out.push(`People (${doc.people.length}):`);
  for (const p of doc.people) {
    const others = p.aliases.filter((a) => a !== p.name);
    out.push(`  - ${p.name}${p.role ? `, ${p.role}` : ''}${others.length ? `  [also: ${others.join('; ')}]` : ''}`);
  }
  out.push('');
  out.push(`Quotes (${doc.quotes.length}):`);
  const groups = new Map<string, typeof doc.quotes>();
  for (const q of doc.quotes) {
    const key = q.speaker ?? '(unattributed)';
    const list = groups.get(key);
    if (list) list.push(q);
    else groups.set(key, [q]);
  }
  for (const [speaker, quotes] of groups) {
    out.push(`  ${speaker}:`);
    for (const q of quotes) out.push(`    - [${q.kind}${q.verb ? `, ${q.verb}` : ''}] "${q.text}"`);
  }
  out.push('');
  out.push(`Related links (${doc.relatedLinks.length}):`);
  for (const l of doc.relatedLinks) out.push(`  - ${l.title}${l.url ? ` <${l.url}>` : ''}`);
  if (doc.warnings.length > 0) {
    out.push('');
    out.push(`Warnings (${doc.warnings.length}):`);
    for (const w of doc.warnings) out.push(`  - ${w.code}${w.start !== null ? ` @${w.start}` : ''}: ${w.message}`);
  }
  return `${out.join('\n')}\n`;
}
