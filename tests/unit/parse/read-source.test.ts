import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { createHash } from 'crypto';
import { readSourceFile, SourceError, validateSourceText } from '../../../server/src/source/read-source';

describe('source validation', () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'newsroom-src-'))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('returns text without BOM, byte count and sha256 of the raw bytes', () => {
    const raw = Buffer.from('\uFEFFHello world\n', 'utf8');
    const p = join(dir, 'a.txt');
    writeFileSync(p, raw);
    const r = readSourceFile(p, { maxBytes: 1000 });
    expect(r.text).toBe('Hello world\n');
    expect(r.bytes).toBe(raw.length);
    expect(r.sha256).toBe(createHash('sha256').update(raw).digest('hex'));
  });

  it('names the file and the problem in one line', () => {
    const p = join(dir, 'big.txt');
    writeFileSync(p, 'x'.repeat(2000));
    expect(() => readSourceFile(p, { maxBytes: 100, label: 'big.txt' })).toThrow(SourceError);
    try {
      readSourceFile(p, { maxBytes: 100, label: 'big.txt' });
    } catch (e) {
      expect((e as Error).message).toMatch(/^big\.txt: file is 2\.0 KB, over the 100 bytes limit/);
      expect((e as Error).message).not.toMatch(/\n/);
    }
  });

  it('validates strings and buffers', () => {
    expect(() => validateSourceText('', 'x')).toThrow(/empty/);
    expect(() => validateSourceText('  \n', 'x')).toThrow(/whitespace/);
    expect(() => validateSourceText('a\u0000b', 'x')).toThrow(/binary/);
    expect(() => validateSourceText(Buffer.from([0xff, 0xfe, 0x41]), 'x')).toThrow(/UTF-8/);
    expect(validateSourceText(Buffer.from('ok', 'utf8'), 'x')).toBe('ok');
  });

  it('decodes UTF-16 with a byte-order mark, and names UTF-16 without one', () => {
    const le = Buffer.from('\uFEFFCaf\u00e9 "ok"', 'utf16le');
    expect(validateSourceText(le, 'x')).toBe('Caf\u00e9 "ok"');
    expect(validateSourceText(Buffer.from(le).swap16(), 'x')).toBe('Caf\u00e9 "ok"');
    expect(() => validateSourceText(Buffer.from('Plain ASCII text here', 'utf16le'), 'x')).toThrow(/UTF-16 text without a byte-order mark/);
    expect(() => validateSourceText(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0, 0, 1]), 'x')).toThrow(/binary/);
  });

  it('refuses text that is already damaged or has nothing to import', () => {
    expect(() => validateSourceText('Council \ud800 met', 'x')).toThrow(/unpaired surrogate at character 8/);
    expect(validateSourceText('Emoji \ud83d\ude00 are fine', 'x')).toBe('Emoji \ud83d\ude00 are fine');
    expect(() => validateSourceText('Caf\ufffd owners', 'x')).toThrow(/U\+FFFD/);
    expect(() => validateSourceText('\u200b\u200b ... !!!', 'x')).toThrow(/no letters or digits/);
    expect(() => validateSourceText('  <!DOCTYPE html><html><body>x</body></html>', 'x')).toThrow(/HTML page/);
    expect(validateSourceText('Markup <b>inside</b> an article is text', 'x')).toBe('Markup <b>inside</b> an article is text');
  });
});
