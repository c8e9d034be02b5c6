/// <reference lib="dom" />
// The admin code reads browser Files: the DOM types it compiles with in admin/tsconfig.json.
import { documentBytes, readSourceFile, toBase64 } from '../../../admin/src/utils/files';
import { buildDocx } from '../../helpers/docx';
import { fixture } from './helpers';

describe('admin drop zone: which files reach the server, and how', () => {
  it('sends text formats as text and a Word file as base64 bytes with its MIME type', async () => {
    const html = await readSourceFile(new File([new Uint8Array(fixture('page.html'))], 'page.html'));
    expect(html).toMatchObject({ ok: true, name: 'page.html', text: fixture('page.html').toString('utf8') });
    const bytes = await buildDocx([{ paragraph: 'Hello.' }]);
    const docx = await readSourceFile(new File([new Uint8Array(bytes)], 'Draft.DOCX'));
    expect(docx).toEqual({ ok: true, name: 'Draft.DOCX', data: bytes.toString('base64'), contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' });
    expect(documentBytes(docx as { data: string })).toBe(bytes.length);
  });

  it('still refuses other binary files and unknown extensions', async () => {
    expect(await readSourceFile(new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1])], 'x.xml'))).toEqual({ ok: false, name: 'x.xml', problem: 'binary' });
    expect(await readSourceFile(new File(['%PDF-1.4'], 'x.pdf'))).toEqual({ ok: false, name: 'x.pdf', problem: 'extension' });
  });

  it('encodes large files without overflowing the stack', () => {
    const big = new Uint8Array(300_000).map((_, i) => i % 251);
    expect(toBase64(big)).toBe(Buffer.from(big).toString('base64'));
  });
});
