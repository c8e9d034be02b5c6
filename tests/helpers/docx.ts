/**
 * Builds small Word (.docx) files for tests: there is no Word here. Only
 * the parts mammoth reads: the package's content types and relationships,
 * the styles (so "Heading1" has its name), the document and its hyperlinks.
 */
import JSZip from 'jszip';

export type DocxBlock = { heading: string; level?: number } | { title: string } | { paragraph: string; link?: { text: string; url: string } };

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const run = (text: string) => `<w:r><w:t xml:space="preserve">${esc(text)}</w:t></w:r>`;
const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="${W}">
  <w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style>
  ${[1, 2, 3].map((n) => `<w:style w:type="paragraph" w:styleId="Heading${n}"><w:name w:val="heading ${n}"/></w:style>`).join('')}
</w:styles>`;

export async function buildDocx(blocks: DocxBlock[]): Promise<Buffer> {
  const links: string[] = [];
  const body = blocks
    .map((block) => {
      if ('title' in block) return `<w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr>${run(block.title)}</w:p>`;
      if ('heading' in block) return `<w:p><w:pPr><w:pStyle w:val="Heading${block.level ?? 2}"/></w:pPr>${run(block.heading)}</w:p>`;
      let link = '';
      if (block.link) {
        links.push(block.link.url);
        link = `<w:hyperlink r:id="rIdLink${links.length}">${run(block.link.text)}</w:hyperlink>`;
      }
      return `<w:p>${run(block.paragraph)}${link}</w:p>`;
    })
    .join('\n');
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>`
  );
  zip.file('_rels/.rels', `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/officeDocument" Target="word/document.xml"/></Relationships>`);
  zip.file(
    'word/_rels/document.xml.rels',
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdStyles" Type="${R}/styles" Target="styles.xml"/>${links
      .map((url, i) => `<Relationship Id="rIdLink${i + 1}" Type="${R}/hyperlink" Target="${esc(url)}" TargetMode="External"/>`)
      .join('')}</Relationships>`
  );
  zip.file('word/styles.xml', STYLES);
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}" xmlns:r="${R}"><w:body>${body}</w:body></w:document>`);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/**
 * A zip whose directory declares a huge inflated size: what a zip bomb
 * looks like before anything is inflated. Built by writing a real small
 * docx and patching the declared sizes in its central directory.
 */
export async function zipBomb(declared: number): Promise<Buffer> {
  const bytes = await buildDocx([{ paragraph: 'x'.repeat(1000) }]);
  const eocd = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let at = bytes.readUInt32LE(eocd + 16);
  const entries = bytes.readUInt16LE(eocd + 10);
  for (let i = 0; i < entries; i++) {
    const name = bytes.toString('utf8', at + 46, at + 46 + bytes.readUInt16LE(at + 28));
    if (name === 'word/document.xml') bytes.writeUInt32LE(declared, at + 24);
    at += 46 + bytes.readUInt16LE(at + 28) + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  }
  return bytes;
}
