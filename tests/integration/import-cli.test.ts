import fs from 'fs';
import os from 'os';
import path from 'path';
import { bootStrapi, type TestStrapi } from '../helpers/strapi';
import { UID, rowCounts, runCli, spawnCli } from '../helpers/import';
import { generateCorpus } from '../../scripts/bench/corpus';

const writeCorpus = (count: number, seed: number) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-corpus-'));
  // The seed in the file name keeps each test's articles (keyed by file name and title) apart.
  for (const article of generateCorpus(count, seed)) fs.writeFileSync(path.join(dir, `s${seed}-${article.fileName}`), article.text);
  return dir;
};

describe('CLI importer: batches and concurrency (crashes: crash-safety.test.ts)', () => {
  let app: TestStrapi;
  beforeAll(async () => {
    app = await bootStrapi();
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('reports a bad file in one line, imports the rest and exits non-zero', () => {
    const dir = writeCorpus(2, 7);
    fs.writeFileSync(path.join(dir, 'broken.txt'), Buffer.from([0x41, 0x00, 0x42]));
    const result = runCli(['import', dir, path.join(dir, 'missing.txt')], app.env);
    expect(result.status).toBe(1);
    const errors = result.stderr.split('\n').filter((line) => line.startsWith('newsroom:'));
    expect(errors).toHaveLength(2);
    expect(errors.find((line) => line.includes('broken.txt'))).toMatch(/binary|NUL/i);
    expect(errors.find((line) => line.includes('missing.txt'))).toMatch(/not found|no such|does not exist/i);
    expect(result.stdout).toMatch(/2 created|created/);
  });

  it('--dry-run prints the per-record diff and writes nothing', async () => {
    const dir = writeCorpus(3, 11);
    const before = await rowCounts(app.strapi);
    const result = runCli(['import', dir, '--dry-run'], app.env);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/\+ create\s+article/);
    expect(result.stdout).toMatch(/\+ create\s+quote/);
    expect(result.stdout).toMatch(/dry run, nothing written/);
    expect(await rowCounts(app.strapi)).toEqual(before);
  });

  it('two importers started at once on the same files create no duplicates', async () => {
    const dir = writeCorpus(12, 5);
    const before = await rowCounts(app.strapi);
    const run = () => {
      const child = spawnCli(['import', dir, '--json'], app.env);
      let out = '';
      child.stdout.on('data', (chunk) => (out += chunk));
      return new Promise<{ code: number | null; out: string }>((resolve) => child.on('exit', (code) => resolve({ code, out })));
    };
    const [a, b] = await Promise.all([run(), run()]);
    expect([a.code, b.code]).toEqual([0, 0]);
    const created = JSON.parse(a.out).counts.article.create + JSON.parse(b.out).counts.article.create;
    expect(created).toBe(12);
    expect((await rowCounts(app.strapi)).article).toBe(before.article + 12);

    const names = (await app.strapi.db.query(UID.person).findMany({ select: ['name'] })).map((p: any) => p.name);
    expect(new Set(names).size).toBe(names.length);
    const keys = (await app.strapi.db.query(UID.quote).findMany({ select: ['importKey'] })).map((q: any) => q.importKey);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
