/**
 * A plain-text article written out in other formats, from the structure the
 * parser reads in it (headline, section headings, paragraphs, related links):
 * what an outlet's page, Markdown export, Word file or wire copy of the same
 * story holds.
 */
import { parseDocument } from '../../server/src/parse';
import { buildDocx, type DocxBlock } from './docx';

export interface Story {
  title: string;
  sections: Array<{ heading: string | null; paragraphs: string[] }>;
  links: Array<{ title: string; url: string | null }>;
}

export function storyOf(text: string): Story {
  const doc = parseDocument(text, { referenceDate: '2025-06-30' });
  return {
    title: doc.title,
    sections: doc.sections.map((s) => ({ heading: s.heading, paragraphs: s.paragraphs.map((p) => p.text.replace(/\s+/g, ' ')) })),
    links: doc.relatedLinks,
  };
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const linkHtml = (l: Story['links'][number]) => (l.url ? `<p>Read more: <a href="${esc(l.url)}">${esc(l.title)}</a></p>` : `<p>Related: ${esc(l.title)}</p>`);

export function toHtml(story: Story): string {
  const body = story.sections
    .map((s) => `${s.heading ? `<h2>${esc(s.heading)}</h2>\n` : ''}${s.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n')}`)
    .join('\n');
  return `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>${esc(story.title)}</title><script>var tracking = "INJECTED";</script></head>
<body><nav><a href="/">Home</a></nav>
<article><h1>${esc(story.title)}</h1>
${body}
${story.links.map(linkHtml).join('\n')}
</article><footer><p>Copyright notice.</p></footer></body></html>
`;
}

/** Markdown-significant characters at a paragraph's start or inside it keep their literal meaning. */
const mdEscape = (s: string) => s.replace(/([\\`*_[\]<>])/g, '\\$1').replace(/^(\d+)\. /, '$1\\. ').replace(/^([#+-]) /, '\\$1 ');

export function toMarkdown(story: Story): string {
  const body = story.sections.map((s) => `${s.heading ? `## ${mdEscape(s.heading)}\n\n` : ''}${s.paragraphs.map(mdEscape).join('\n\n')}`).join('\n\n');
  const links = story.links.map((l) => (l.url ? `Read more: [${mdEscape(l.title)}](${l.url})` : `Related: ${mdEscape(l.title)}`));
  return `# ${mdEscape(story.title)}\n\n${body}\n\n${links.join('\n\n')}\n`;
}

export function toNitf(story: Story): string {
  const body = story.sections.map((s) => `${s.heading ? `<hl2>${esc(s.heading)}</hl2>\n` : ''}${s.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n')}`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<nitf version="-//IPTC//DTD NITF 3.6//EN">
<head><title>${esc(story.title)}</title></head>
<body><body.head><hedline><hl1>${esc(story.title)}</hl1></hedline></body.head>
<body.content>
${body}
${story.links.map(linkHtml).join('\n')}
</body.content></body></nitf>
`;
}

export function toDocx(story: Story): Promise<Buffer> {
  const blocks: DocxBlock[] = [{ title: story.title }];
  for (const s of story.sections) {
    if (s.heading) blocks.push({ heading: s.heading });
    for (const p of s.paragraphs) blocks.push({ paragraph: p });
  }
  for (const l of story.links) blocks.push(l.url ? { paragraph: 'Read more: ', link: { text: l.title, url: l.url } } : { paragraph: `Related: ${l.title}` });
  return buildDocx(blocks);
}
