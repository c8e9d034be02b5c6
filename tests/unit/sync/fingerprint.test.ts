import fs from 'fs';
import path from 'path';
import { parseDocument } from '../../../server/src/parse';
import { desiredFromParsed } from '../../../server/src/sync/plan/desired-records';
import { IMPORT_REVISION, sourceFingerprint } from '../../../server/src/sync/plan/fingerprint';
import { sha256, stableStringify } from '../../../server/src/sync/plan/import-keys';
import { generateArticle } from '../../../scripts/bench/corpus';

const root = path.resolve(__dirname, '..', '..', '..');
const REFERENCE_DATE = '2024-06-01';

/** Every labelled fixture, the sample and some generated articles, as the importer keys them. */
const inputs = () => {
  const dir = (d: string) =>
    fs.readdirSync(path.join(root, d)).filter((f) => f.endsWith('.txt')).sort().map((f) => ({ name: f, text: fs.readFileSync(path.join(root, d, f), 'utf8') }));
  const generated = Array.from({ length: 40 }, (_, i) => generateArticle(i, 7, i % 3)).map((a) => ({ name: a.fileName, text: a.text }));
  return [...dir('tests/fixtures/articles'), ...dir('samples'), ...generated];
};

const desiredHash = () =>
  sha256(
    inputs()
      .map(({ name, text }) => stableStringify(desiredFromParsed(parseDocument(text, { referenceDate: REFERENCE_DATE, fileName: name }), text, name)))
      .join('\n')
  );

describe('source fingerprints', () => {
  /**
   * Stored fingerprints let a re-run skip sources it imported before. If the
   * parser or the keyed records change what a source imports as, those
   * fingerprints must stop matching: bump IMPORT_REVISION in
   * server/src/sync/plan/fingerprint.ts and record the new hash here.
   */
  it('IMPORT_REVISION names the importer output it was recorded with', () => {
    expect({ revision: IMPORT_REVISION, output: desiredHash() }).toEqual({
      revision: 11,
      output: 'b55d77bb458151fbec41e72b42d375ab122e6cf1249174aced009a0b0e548b0a',
    });
  });

  it('depends on the text, the file name (not its folder), the reference day given and the revision', () => {
    const text = sha256('A source.');
    const base = sourceFingerprint(text, 'in/a.txt', '2024-06-01');
    expect(sourceFingerprint(text, 'elsewhere/a.txt', '2024-06-01T18:00:00Z')).toBe(base);
    expect(sourceFingerprint(sha256('Another source.'), 'in/a.txt', '2024-06-01')).not.toBe(base);
    expect(sourceFingerprint(text, 'in/b.txt', '2024-06-01')).not.toBe(base);
    expect(sourceFingerprint(text, 'in/a.txt', '2024-06-02')).not.toBe(base);
    // No reference date: today's, left out, so that tomorrow's run matches today's.
    expect(sourceFingerprint(text, 'in/a.txt', undefined)).not.toBe(base);
    expect(sourceFingerprint(text, 'in/a.txt', undefined)).toBe(sourceFingerprint(text, 'other/a.txt', undefined));
    expect(base.startsWith(`v${IMPORT_REVISION}:`)).toBe(true);
  });
});
