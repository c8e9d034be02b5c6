/**
 * The source stage: a document in any supported format → the articles it
 * holds, each as normalised text for the parser (source/normalise.ts) plus
 * its original for the Article's `source`. Every problem is a SourceError,
 * one line naming the file, the format and what is wrong.
 */
import { createHash } from 'crypto';
import { detectFormat } from './detect';
import { extractDocx } from './docx';
import { extractFeed } from './feed';
import { extractHtml } from './html';
import { checkTextSize } from './limits';
import { extractMarkdown } from './markdown';
import { extractNewsMl } from './newsml';
import { extractNinjs } from './ninjs';
import { extractNitf } from './nitf';
import { normalisedText } from './normalise';
import { decodeSourceText, SourceError, validateSourceText } from './read-source';
import type { ExtractedArticle, NormalisedArticle, SourceFormat, SourceInput, SourceLimits } from './types';

export const FORMAT_NAMES: Record<SourceFormat, string> = {
  text: 'plain text',
  markdown: 'Markdown',
  html: 'HTML',
  docx: 'DOCX',
  rss: 'RSS',
  atom: 'Atom',
  nitf: 'NITF',
  newsml: 'NewsML-G2',
  ninjs: 'ninjs',
};

const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

async function extractArticles(format: Exclude<SourceFormat, 'text'>, bytes: Buffer, text: () => string, label: string, maxBytes: number): Promise<ExtractedArticle[]> {
  switch (format) {
    case 'docx':
      return [await extractDocx(bytes, label, maxBytes)];
    case 'html':
      return [extractHtml(text(), label)];
    case 'markdown':
      return [extractMarkdown(text(), label)];
    case 'rss':
    case 'atom':
      return extractFeed(text(), label, format);
    case 'nitf':
      return [extractNitf(text(), label)];
    case 'newsml':
      return extractNewsMl(text(), label);
    case 'ninjs':
      return [extractNinjs(text(), label)];
  }
}

export async function extractSource(input: SourceInput, { maxBytes }: SourceLimits): Promise<NormalisedArticle[]> {
  const label = input.name;
  const bytes = input.data ? Buffer.from(input.data) : Buffer.from(input.text ?? '', 'utf8');
  if (bytes.length > maxBytes) throw new SourceError(label, `file is ${bytes.length} bytes, over the ${maxBytes}-byte limit`);
  const format = detectFormat({ name: label, bytes, contentType: input.contentType, format: input.format });
  const whole = { sha256: sha256(bytes), bytes: bytes.length };
  if (format === 'text') {
    const text = validateSourceText(input.text ?? bytes, label);
    return [{ name: label, format, text, original: text, ...whole }];
  }
  let articles: ExtractedArticle[];
  try {
    articles = await extractArticles(format, bytes, () => decodeSourceText(input.text ?? bytes, label), label, maxBytes);
  } catch (error) {
    if (error instanceof SourceError) throw error;
    throw new SourceError(label, `${FORMAT_NAMES[format]}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  }
  // A feed's items are named "<file>#<n>" even when there is one, so a later item never renames an earlier one.
  const several = format === 'rss' || format === 'atom' || articles.length > 1;
  return articles.map((article, i) => {
    const name = several ? `${label}#${i + 1}` : label;
    const text = checkTextSize(normalisedText(article), name, FORMAT_NAMES[format], maxBytes);
    const own = several && article.original ? { sha256: sha256(article.original), bytes: Buffer.byteLength(article.original, 'utf8') } : whole;
    return { name, format, text, original: article.original, ...own };
  });
}
