import fs from 'fs';
import os from 'os';
import path from 'path';
import { bootStrapi, type TestStrapi } from '../helpers/strapi';
import { UID, rowCounts, runCli, spawnCli } from '../helpers/import';
import { generateCorpus } from '../../scripts/bench/corpus';
import { parseDocument } from '../../server/src/parse';

const writeCorpus = (count: number, seed: number) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-corpus-'));
  // The seed in the file name keeps each test's articles (keyed by file name and title) apart.
  for (const article of generateCorpus(count, seed)) fs.writeFileSync(path.join(dir, `s${seed}-${article.fileName}`), article.text);
  return dir;
};

/** Every article in the database has exactly the quotes and links its source yields. */
const expectCompleteArticles = async (app: TestStrapi) => {
  const articles = (await app.strapi.db.query(UID.article).findMany({
    where: { publishedAt: null },
    select: ['id', 'source', 'title'],
    populate: { quotes: { select: ['id', 'text'] }, relatedLinks: { select: ['id'] } },
  })) as any[];
  for (const article of articles) {
    const parsed = parseDocument(article.source, {});
    expect({ title: article.title, quotes: article.quotes.length, links: article.relatedLinks.length }).toEqual({
      title: article.title,
      quotes: new Set(parsed.quotes.map((q) => q.text)).size,
      links: parsed.relatedLinks.length,
    });
  }
  return articles.length;
};

describe('CLI importer: batches, crashes and concurrency', () => {
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

  it('a process killed mid-batch leaves no partial article; the re-run completes the set', async () => {
    const dir = writeCorpus(50, 3);
    const start = (await rowCounts(app.strapi)).article;
    const child = spawnCli(['import', dir], app.env);
    const exited = new Promise((resolve) => child.on('exit', resolve));

    // Kill it once some, but not all, articles are in.
    const deadline = Date.now() + 120_000;
    let count = start;
    while (Date.now() < deadline) {
      count = await app.strapi.db.query(UID.article).count({ where: { publishedAt: null } });
      if (count >= start + 5) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    child.kill('SIGKILL');
    await exited;
    const afterKill = await app.strapi.db.query(UID.article).count({ where: { publishedAt: null } });
    expect(afterKill).toBeGreaterThan(start);
    expect(afterKill).toBeLessThan(start + 50);
    await expectCompleteArticles(app);

    const rerun = runCli(['import', dir, '--json'], app.env);
    expect(rerun.status).toBe(0);
    const report = JSON.parse(rerun.stdout);
    expect(report.counts.article.create).toBe(start + 50 - afterKill);
    expect(await app.strapi.db.query(UID.article).count({ where: { publishedAt: null } })).toBe(start + 50);
    await expectCompleteArticles(app);
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
