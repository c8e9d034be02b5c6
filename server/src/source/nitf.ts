/**
 * IPTC NITF 3.x: headline from body.head/hedline/hl1 (else head/title),
 * byline, date.issue (its `norm` attribute), the outlet from pubdata or the
 * copyright holder, doc-id as the Article's id, and body.content read as
 * markup: <p>, <hl2> subheadings, <block>, <a href>.
 */
import { htmlBlocks } from './html';
import { SourceError } from './read-source';
import type { ExtractedArticle } from './types';
import { attr, child, parseXml, path, textOf, type XmlValue } from './xml';

/** NITF's norm dates are ISO 8601, often in basic form (20240305T093000Z). */
export const isoDay = (value: string | null): string | null => {
  const m = value ? /^(\d{4})-?(\d{2})-?(\d{2})/.exec(value.trim()) : null;
  return m ? `${m[1]}-${m[2]}-${m[3]}` : value;
};

const bylineText = (byline: XmlValue | undefined): string | null => {
  if (byline === undefined) return null;
  const person = textOf(child(byline, 'person'));
  return (person ?? textOf(byline))?.replace(/^by\s+/i, '') ?? null;
};

/** An NITF document (a whole file, or the one inside a NewsML-G2 item) → an article. */
export function nitfArticle(nitf: XmlValue | undefined, label: string, original: string): ExtractedArticle {
  if (nitf === undefined) throw new SourceError(label, 'NITF: no <nitf> root element');
  const head = child(nitf, 'head');
  const docdata = child(head, 'docdata');
  const bodyHead = path(nitf, 'body', 'body_head');
  const content = path(nitf, 'body', 'body_content');
  const markup = typeof content === 'string' ? content : textOf(content);
  const blocks = markup ? htmlBlocks(markup, null) : [];
  if (!blocks.some((b) => b.kind === 'paragraph')) throw new SourceError(label, 'NITF: body.content has no paragraphs (<p>)');
  return {
    meta: {
      title: textOf(path(bodyHead, 'hedline', 'hl1')) ?? textOf(child(head, 'title')),
      id: attr(child(docdata, 'doc-id'), 'id-string'),
      outlet: attr(child(head, 'pubdata'), 'name') ?? attr(child(docdata, 'doc_copyright'), 'holder'),
      published: isoDay(attr(child(docdata, 'date_issue'), 'norm')),
      author: bylineText(child(bodyHead, 'byline')),
    },
    blocks,
    original,
  };
}

export function extractNitf(xml: string, label: string): ExtractedArticle {
  return nitfArticle(child(parseXml(xml, label, 'NITF'), 'nitf'), label, xml);
}
