/**
 * Several importers at once on overlapping files: four CLI processes and two
 * in-process runs in the test's own Strapi, all started together. The import
 * lock serialises article transactions across processes, so the outcome must
 * be exactly one of everything, and on SQLite no "database is locked" may
 * reach anyone (busy transactions are retried, sync/store/busy-retry.ts).
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import { bootStrapi, type TestStrapi } from '../helpers/strapi';
import { REFERENCE_DATE, UID, runImport, spawnCli } from '../helpers/import';
import { generateCorpus } from '../../scripts/bench/corpus';
import { parseDocument } from '../../server/src/parse';
import { desiredFromParsed } from '../../server/src/sync/plan/desired-records';

const ARTICLES = 24;

const runCliProcess = (files: string[], env: Record<string, string>) => {
  const child = spawnCli(['import', ...files, '--json', '--reference-date', REFERENCE_DATE], env);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
    child.on('exit', (code) => resolve({ code, stdout, stderr }))
  );
};

const duplicates = (values: unknown[]) => values.filter((value, i) => values.indexOf(value) !== i);

describe('four importers at once on overlapping files', () => {
  let app: TestStrapi;
  beforeAll(async () => {
    app = await bootStrapi();
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('create each person, article, quote and link exactly once, and nobody sees a lock error', async () => {
    const { strapi } = app;
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-concurrency-'));
    const corpus = generateCorpus(ARTICLES, 21);
    const files = corpus.map((article) => {
      const file = path.join(dir, article.fileName);
      fs.writeFileSync(file, article.text);
      return file;
    });

    // Overlapping sets: every file is in at least three of the six runs.
    const sets = [
      files.slice(0, 16),
      files.slice(8),
      [...files.slice(0, 8), ...files.slice(16)],
      [...files].reverse(),
      files.filter((_, i) => i % 2 === 0),
      files.filter((_, i) => i % 2 === 1),
    ];
    const documents = (set: string[]) => set.map((file) => ({ name: path.relative(process.cwd(), file), text: fs.readFileSync(file, 'utf8') }));

    const [cli, inProcess] = await Promise.all([
      Promise.all(sets.slice(0, 4).map((set) => runCliProcess(set, app.env))),
      Promise.all(sets.slice(4).map((set) => runImport(strapi, documents(set)))),
    ]);

    for (const result of cli) {
      expect(result.stderr).not.toMatch(/database is locked|SQLITE_BUSY|deadlock/i);
      expect(result.code).toBe(0);
      expect(JSON.parse(result.stdout).totals.failed).toBe(0);
    }
    for (const report of inProcess) expect(report.totals.failed).toBe(0);
    const created = [...cli.map((r) => JSON.parse(r.stdout)), ...inProcess].reduce((n, report) => n + report.counts.article.create, 0);
    expect(created).toBe(ARTICLES);

    // What the sources say there should be, from the same pure code the importer plans with.
    const desired = corpus.map((article) => {
      const parsed = parseDocument(article.text, { referenceDate: REFERENCE_DATE, fileName: article.fileName });
      return desiredFromParsed(parsed, article.text, article.fileName);
    });
    const people = new Set(desired.flatMap((d) => d.people.map((p) => p.key)));
    const quotes = desired.reduce((n, d) => n + d.quotes.length, 0);
    const links = desired.reduce((n, d) => n + d.links.length, 0);

    const keysOf = async (uid: string, where: Record<string, unknown> = {}) =>
      ((await strapi.db.query(uid as any).findMany({ where, select: ['importKey'] })) as any[]).map((row) => row.importKey);
    const articleKeys = await keysOf(UID.article, { publishedAt: null });
    const personKeys = await keysOf(UID.person);
    const quoteKeys = await keysOf(UID.quote);
    const linkKeys = await keysOf(UID.link);

    expect(duplicates(articleKeys)).toEqual([]);
    expect(duplicates(personKeys)).toEqual([]);
    expect(duplicates(quoteKeys)).toEqual([]);
    expect(duplicates(linkKeys)).toEqual([]);
    expect(articleKeys.sort()).toEqual(desired.map((d) => d.article.key).sort());
    expect(personKeys.sort()).toEqual([...people].sort());
    expect(quoteKeys).toHaveLength(quotes);
    expect(linkKeys).toHaveLength(links);
    const names = ((await strapi.db.query(UID.person).findMany({ select: ['name'] })) as any[]).map((p) => p.name);
    expect(duplicates(names)).toEqual([]);

    // Every quote and link hangs off exactly one article row (drafts only: nothing was published).
    const knex = strapi.db.connection;
    const perQuote = await knex('newsroom_quotes_article_lnk').select('quote_id').count({ n: '*' }).groupBy('quote_id');
    expect(perQuote).toHaveLength(quotes);
    expect(perQuote.every((row: any) => Number(row.n) === 1)).toBe(true);
    const perLink = await knex('newsroom_related_links_article_lnk').select('related_link_id').count({ n: '*' }).groupBy('related_link_id');
    expect(perLink).toHaveLength(links);
    expect(perLink.every((row: any) => Number(row.n) === 1)).toBe(true);
  });
});
