/**
 * Crash safety: the CLI is SIGKILLed at 20 moments (seeded) spread over a
 * batch import; after every kill the database holds only whole articles, no
 * orphans and no duplicate keys, and one last uninterrupted run completes the
 * set to exactly the expected counts. A transaction holds whole articles
 * only (server/src/sync/store/write-batch.ts), so a kill can only ever lose the
 * articles of the transaction in flight, each of them entirely.
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import type { Core } from '@strapi/strapi';
import { bootStrapi, type TestStrapi } from '../helpers/strapi';
import { UID, runCli, spawnCli } from '../helpers/import';
import { generateArticle, prng } from '../../scripts/bench/corpus';
import { parseDocument } from '../../server/src/parse';
import { desiredFromParsed, type DesiredDocument } from '../../server/src/sync/plan/desired-records';

const KILLS = 20;
const ARTICLES = 30;
const KILL_SEED = 20_251_125;

/**
 * Two versions of one corpus, same file names and titles (so the same article
 * keys); version 1 rewords one quote per article. Alternating them between
 * runs gives every run real work (creates at first, then updates that delete
 * a quote and create another), so no run finds everything already done.
 */
const writeCorpus = (count: number, seed: number, variant: number) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-crash-'));
  for (let i = 0; i < count; i++) {
    const article = generateArticle(i, seed, variant);
    // The seed in the file name keeps each corpus's articles (keyed by file name and title) apart.
    fs.writeFileSync(path.join(dir, `c${seed}-${article.fileName}`), article.text);
  }
  return dir;
};

/** What each stored source must have become, by article key and source text. */
const expectedFrom = (dirs: string[]): Map<string, Map<string, DesiredDocument>> => {
  const byKey = new Map<string, Map<string, DesiredDocument>>();
  for (const dir of dirs) {
    for (const name of fs.readdirSync(dir)) {
      const text = fs.readFileSync(path.join(dir, name), 'utf8');
      const desired = desiredFromParsed(parseDocument(text, { fileName: name }), text, name);
      if (!byKey.has(desired.article.key)) byKey.set(desired.article.key, new Map());
      byKey.get(desired.article.key)!.set(text, desired);
    }
  }
  return byKey;
};

const sorted = (values: Array<string | null | undefined>) => [...values].map(String).sort();
const duplicates = (values: string[]) => values.filter((v, i) => values.indexOf(v) !== i);

/**
 * The invariants a kill must never break. Returns the stored sources of the
 * articles in the database (draft rows: the CLI imports drafts).
 */
const expectIntact = async (strapi: Core.Strapi, expected: Map<string, Map<string, DesiredDocument>>, label: string) => {
  const articles = (await strapi.db.query(UID.article).findMany({
    where: { publishedAt: null },
    select: ['id', 'importKey', 'source'],
    populate: {
      people: { select: ['importKey'] },
      quotes: { select: ['importKey'], populate: { speaker: { select: ['importKey'] } } },
      relatedLinks: { select: ['importKey'] },
    },
  })) as any[];
  for (const article of articles) {
    // The stored source is one of the versions, and everything else matches that version:
    // whole or absent, exactly its quotes (with their speakers), links and people.
    const want = expected.get(article.importKey)?.get(article.source);
    expect({ label, article: article.importKey, known: !!want }).toEqual({ label, article: article.importKey, known: true });
    expect({ label, key: article.importKey, quotes: sorted(article.quotes.map((q: any) => `${q.importKey}<-${q.speaker?.importKey ?? null}`)) }).toEqual({
      label,
      key: article.importKey,
      quotes: sorted(want!.quotes.map((q) => `${q.key}<-${q.fields.speaker}`)),
    });
    expect({ label, key: article.importKey, links: sorted(article.relatedLinks.map((l: any) => l.importKey)) }).toEqual({ label, key: article.importKey, links: sorted(want!.links.map((l) => l.key)) });
    expect({ label, key: article.importKey, people: sorted(article.people.map((p: any) => p.importKey)) }).toEqual({ label, key: article.importKey, people: sorted(want!.article.fields.people) });
  }

  const quotes = (await strapi.db.query(UID.quote).findMany({ select: ['importKey'], populate: { article: { select: ['id'] } } })) as any[];
  const links = (await strapi.db.query(UID.link).findMany({ select: ['importKey'], populate: { article: { select: ['id'] } } })) as any[];
  const people = (await strapi.db.query(UID.person).findMany({ select: ['importKey'], populate: { articles: { select: ['id'] }, quotes: { select: ['id'] } } })) as any[];
  expect({ label, orphanQuotes: quotes.filter((q) => !q.article).length, orphanLinks: links.filter((l) => !l.article).length }).toEqual({ label, orphanQuotes: 0, orphanLinks: 0 });
  expect({ label, orphanPeople: people.filter((p) => p.articles.length === 0 && p.quotes.length === 0).map((p) => p.importKey) }).toEqual({ label, orphanPeople: [] });
  expect({
    label,
    duplicates: [articles, quotes, links, people].flatMap((rows) => duplicates(rows.map((r: any) => r.importKey))),
  }).toEqual({ label, duplicates: [] });
  return articles.map((a) => a.source as string);
};

const textsOf = (dir: string) => new Set(fs.readdirSync(dir).map((name) => fs.readFileSync(path.join(dir, name), 'utf8')));

describe('crash safety: SIGKILL during a batch import', () => {
  let app: TestStrapi;
  const dirs: string[] = [];
  beforeAll(async () => {
    app = await bootStrapi();
  });
  afterAll(async () => {
    for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
    await app?.stop();
  });

  it(`${KILLS} kills at seeded moments leave whole articles only; a last run completes the set exactly`, async () => {
    // The import window, from one uninterrupted run of a same-sized corpus (boot included: kills during boot count too).
    const timingDir = writeCorpus(ARTICLES, 40, 0);
    const crashDirs = [writeCorpus(ARTICLES, 41, 0), writeCorpus(ARTICLES, 41, 1)];
    dirs.push(timingDir, ...crashDirs);
    // The import window, from one uninterrupted run of a same-sized corpus: from the first
    // article written (polled) to the exit. Kills start a little before it, at the end of boot.
    const started = Date.now();
    const timing = spawnCli(['import', timingDir], app.env);
    const timingExit = new Promise<number | null>((resolve) => timing.on('exit', (code) => resolve(code)));
    let firstWrite: number | null = null;
    let timingCode: number | null | undefined;
    void timingExit.then((code) => (timingCode = code));
    while (timingCode === undefined) {
      if (firstWrite === null && (await app.strapi.db.query(UID.article).count({ where: { publishedAt: null } })) > 0) firstWrite = Date.now() - started;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    const window = Date.now() - started;
    expect(timingCode).toBe(0);
    const from = Math.round(0.8 * (firstWrite ?? 0));

    const expected = expectedFrom([timingDir, ...crashDirs]);
    expect(await expectIntact(app.strapi, expected, 'after the timing run')).toHaveLength(ARTICLES);

    const random = prng(KILL_SEED);
    const moments = Array.from({ length: KILLS }, () => from + Math.round(random() * (window - from)));
    const log: string[] = [];
    const versions = crashDirs.map(textsOf);
    let sources: string[] = [];
    for (const [i, delay] of moments.entries()) {
      // The version fewer articles are at: the most work for this run (creates, then updates).
      const atVersion = versions.map((texts) => sources.filter((text) => texts.has(text)).length);
      const v = atVersion[0]! === atVersion[1]! ? i % 2 : atVersion[0]! < atVersion[1]! ? 0 : 1;
      const child = spawnCli(['import', crashDirs[v]!], app.env);
      const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
      const timer = setTimeout(() => child.kill('SIGKILL'), delay);
      const code = await exited;
      clearTimeout(timer);
      sources = await expectIntact(app.strapi, expected, `kill ${i + 1} at ${delay} ms`);
      const current = sources.filter((text) => versions[v]!.has(text)).length;
      log.push(
        `kill ${String(i + 1).padStart(2)} at ${String(delay).padStart(5)} ms, version ${v}: ${code === null ? 'killed' : `exited ${code} first`}; ` +
          `at this version before ${atVersion[v]}/${ARTICLES}, after ${current}/${ARTICLES}`
      );
    }

    const final = runCli(['import', crashDirs[0]!, '--json'], app.env);
    expect(final.status).toBe(0);
    expect(await expectIntact(app.strapi, expected, 'after the final run')).toHaveLength(2 * ARTICLES);
    // Exactly the timing corpus plus version 0 of the crash corpus.
    const wanted = [...expectedFrom([timingDir, crashDirs[0]!]).values()].map((versions) => [...versions.values()][0]!);
    expect({
      article: await app.strapi.db.query(UID.article).count({ where: { publishedAt: null } }),
      quote: await app.strapi.db.query(UID.quote).count(),
      link: await app.strapi.db.query(UID.link).count(),
      person: await app.strapi.db.query(UID.person).count(),
    }).toEqual({
      article: 2 * ARTICLES,
      quote: wanted.reduce((n, d) => n + d.quotes.length, 0),
      link: wanted.reduce((n, d) => n + d.links.length, 0),
      person: new Set(wanted.flatMap((d) => d.people.map((p) => p.key))).size,
    });
    // Figures for docs/reliability.md; printed, never asserted.
    process.stdout.write(`crash safety (${app.db}): window ${window} ms, first article written at ${firstWrite} ms, kills drawn in ${from}-${window} ms\n${log.join('\n')}\nfinal run: ${JSON.stringify(JSON.parse(final.stdout).totals)}\n`);
  }, 600_000);
});
