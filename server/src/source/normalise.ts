/**
 * An extracted article written out as the text the parser reads: YAML front
 * matter with the metadata under the keys the parser and the importer
 * already know (`id` and `url` key the Article), then one line per block,
 * blank lines between. Headings become "## " lines and related links
 * "Related: title url" lines, the two forms server/src/parse/paragraphs.ts
 * recognises, so the parser needs nothing of its own for any format.
 */
import YAML from 'yaml';
import { parseRelatedLine } from '../parse/related-links';
import type { ArticleMeta, BodyBlock, ExtractedArticle } from './types';

const META_KEYS: Array<keyof ArticleMeta> = ['title', 'id', 'url', 'outlet', 'published', 'author'];

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * Feeds date items as RFC 822 ("Tue, 05 Mar 2024 09:30:00 +0100"): written
 * as the calendar day it names, in its own time zone, like the ISO dates
 * the parser reads from front matter.
 */
export function publishedDay(value: string): string {
  const m = /^(?:[A-Za-z]{3},?\s+)?(\d{1,2})\s+([A-Za-z]{3})[A-Za-z]*\s+(\d{4})\b/.exec(value.trim());
  const month = m ? MONTHS.indexOf(m[2]!.toLowerCase()) + 1 : 0;
  return m && month > 0 ? `${m[3]}-${String(month).padStart(2, '0')}-${m[1]!.padStart(2, '0')}` : value;
}

function frontMatter(meta: ArticleMeta): string {
  const data: Record<string, string> = {};
  for (const key of META_KEYS) {
    const raw = meta[key]?.replace(/\s+/g, ' ').trim();
    const value = raw && key === 'published' ? publishedDay(raw) : raw;
    if (value) data[key] = value;
  }
  return Object.keys(data).length ? `---\n${YAML.stringify(data, { lineWidth: 0 })}---\n` : '';
}

function blockLine(block: BodyBlock): string {
  switch (block.kind) {
    case 'heading':
      return `## ${block.text}`;
    case 'related': {
      const line = parseRelatedLine(block.text) ? block.text : `Related: ${block.text}`;
      return block.url && !line.includes(block.url) ? `${line} ${block.url}` : line;
    }
    default:
      return block.text;
  }
}

const fold = (text: string): string => text.toLowerCase().replace(/\s+/g, ' ').trim();

export function normalisedText({ meta, blocks }: Pick<ExtractedArticle, 'meta' | 'blocks'>): string {
  const title = meta.title ? fold(meta.title) : null;
  // The page's own headline repeated as its first heading is the title, not a section.
  const body = blocks.filter((block, i) => !(i === 0 && block.kind === 'heading' && title !== null && fold(block.text) === title));
  return `${frontMatter(meta)}\n${body.map(blockLine).join('\n\n')}\n`;
}
