/**
 * Markdown → an article, through remark-parse: front matter as for plain
 * text (the parser's own reader), ATX and setext headings as sections,
 * emphasis and code spans as their text, links as their text with
 * "Read more/Related" links kept as related links. Raw HTML inside is read
 * like any other HTML (no script or attribute gets through).
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import type { Nodes, Root } from 'mdast';
import { readFrontMatter, scalarString } from '../parse/front-matter';
import { ParseError } from '../parse/errors';
import { BlockWriter } from './html-blocks';
import { htmlBlocks } from './html';
import { SourceError } from './read-source';
import type { ArticleMeta, ExtractedArticle } from './types';

function inline(node: Nodes, writer: BlockWriter): void {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      writer.addText(node.value);
      return;
    case 'break':
      writer.addText(' ');
      return;
    case 'link':
      writer.addLink(node.url);
      break;
    case 'html':
    case 'image':
    case 'imageReference':
    case 'footnoteReference':
      return;
    default:
      break;
  }
  if ('children' in node) for (const c of node.children) inline(c as Nodes, writer);
}

function block(node: Nodes, writer: BlockWriter): void {
  switch (node.type) {
    case 'heading':
      writer.heading(plain(node));
      return;
    case 'paragraph':
    case 'tableCell':
      writer.flush();
      inline(node, writer);
      writer.flush();
      return;
    case 'html':
      writer.flush();
      for (const b of htmlBlocks(node.value, null)) writer.push(b);
      return;
    case 'code':
    case 'thematicBreak':
    case 'definition':
    case 'yaml':
      return;
    default:
      if ('children' in node) for (const c of node.children) block(c as Nodes, writer);
  }
}

function plain(node: Nodes): string {
  const writer = new BlockWriter();
  inline(node, writer);
  return writer.pending();
}

export function extractMarkdown(markdown: string, label: string): ExtractedArticle {
  let fm: ReturnType<typeof readFrontMatter>;
  try {
    fm = readFrontMatter(markdown, 0);
  } catch (error) {
    if (error instanceof ParseError) throw new SourceError(label, `Markdown: ${error.message}`);
    throw error;
  }
  const tree = unified().use(remarkParse).parse(markdown.slice(fm.bodyStart)) as Root;
  const writer = new BlockWriter();
  for (const node of tree.children) block(node, writer);
  writer.flush();
  const data = fm.data;
  const meta: ArticleMeta = {
    title: scalarString(data.title),
    id: scalarString(data.id),
    url: scalarString(data.url),
    outlet: scalarString(data.outlet),
    published: scalarString(data.published ?? data.date),
    author: scalarString(data.author),
  };
  if (!writer.blocks.some((b) => b.kind === 'paragraph')) throw new SourceError(label, 'Markdown: no paragraphs, nothing to import');
  return { meta, blocks: writer.blocks, original: markdown };
}
