/**
 * Word (.docx) → an article through mammoth, which maps Word's heading
 * styles to <h1>… and keeps hyperlinks; its HTML is read like any other.
 * The file's own properties (docProps/core.xml) are not read: the headline
 * is the document's Title style or first heading.
 */
import mammoth from 'mammoth';
import { blocksOf } from './html-blocks';
import { htmlDocument } from './html-dom';
import { INFLATE_RATIO } from './limits';
import { SourceError } from './read-source';
import type { ExtractedArticle } from './types';
import { readZipDirectory } from './zip-guard';

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export async function extractDocx(bytes: Buffer, label: string, maxBytes: number): Promise<ExtractedArticle> {
  const directory = await readZipDirectory(bytes, label, 'DOCX', maxBytes * INFLATE_RATIO);
  if (!directory.names.includes('word/document.xml')) throw new SourceError(label, 'DOCX: a zip archive without word/document.xml, not a Word document');
  let html: string;
  try {
    // Word's "Title" paragraph style is the headline: mammoth leaves it a plain <p> unless told.
    html = (await mammoth.convertToHtml({ buffer: bytes }, { styleMap: ["p[style-name='Title'] => h1:fresh"] })).value;
  } catch (error) {
    throw new SourceError(label, `DOCX: cannot read the document (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`);
  }
  const body = htmlDocument(html).body;
  const blocks = body ? blocksOf(body, null) : [];
  if (!blocks.some((b) => b.kind === 'paragraph')) throw new SourceError(label, 'DOCX: the document has no paragraphs of text');
  const first = blocks[0];
  const title = first?.kind === 'heading' ? first.text : null;
  return { meta: { title }, blocks, original: `data:${DOCX_TYPE};base64,${bytes.toString('base64')}` };
}
