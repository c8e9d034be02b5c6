/**
 * The bad-input corpus (tests/fixtures/bad/cases.ts) through both doors.
 * Rejected: one line naming the file and the problem, a non-zero exit or a
 * 4xx / per-file failure, and not a byte changed in the editorial tables.
 * Imported: a sensible record, every string column within its limit.
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import request from 'supertest';
import type { Core } from '@strapi/strapi';
import { bootStrapi, createApiToken, type TestStrapi } from '../helpers/strapi';
import { REFERENCE_DATE, UID, runCli } from '../helpers/import';
import { BAD_CASES, isRejected, type BadCase, type ImportedRecord, type Outcome } from '../fixtures/bad/cases';

/**
 * Every newsroom_ table (join tables included) but the import history: a run
 * whose files all failed is still recorded (who tried what, and why it
 * failed), which is checked separately below.
 */
const HISTORY_TABLE = 'newsroom_import_runs';

const newsroomTables = async (strapi: Core.Strapi): Promise<string[]> => {
  const knex = strapi.db.connection;
  const rows =
    strapi.db.dialect.client === 'postgres'
      ? (await knex.raw(`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_name LIKE 'newsroom%'`)).rows
      : await knex.raw(`SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'newsroom%'`);
  return (rows as Array<{ name: string }>).map((r) => r.name).filter((name) => name.startsWith('newsroom_') && name !== HISTORY_TABLE).sort();
};

const dumpTables = async (strapi: Core.Strapi) => {
  const dump: Record<string, unknown[]> = {};
  for (const table of await newsroomTables(strapi)) {
    const rows = await strapi.db.connection(table).select('*').orderBy('id');
    dump[table] = JSON.parse(JSON.stringify(rows));
  }
  return dump;
};

const historyIds = async (strapi: Core.Strapi) => (await strapi.db.connection(HISTORY_TABLE).select('id')).map((r: any) => r.id as number);

const loadRecord = async (strapi: Core.Strapi, documentId: string): Promise<ImportedRecord> => {
  const article = (await strapi.db.query(UID.article).findOne({
    where: { documentId, publishedAt: null },
    populate: { people: true, quotes: { populate: { speaker: true } }, relatedLinks: true },
  })) as any;
  return {
    title: article.title,
    slug: article.slug,
    sourceUrl: article.sourceUrl,
    outlet: article.outlet,
    people: article.people.map((p: any) => p.name),
    quotes: [...article.quotes].sort((a: any, b: any) => a.position - b.position).map((q: any) => ({ text: q.text, speaker: q.speaker?.name ?? null })),
    links: [...article.relatedLinks].sort((a: any, b: any) => a.position - b.position).map((l: any) => ({ title: l.title, url: l.url })),
  };
};

/** No stack traces, no raw error dumps: only "newsroom: <file>: <problem>" lines. */
const expectNoTrace = (output: string) => {
  expect(output).not.toMatch(/^\s+at /m);
  expect(output).not.toMatch(/\b\w*Error:/);
};

const importedCases = (door: 'cli' | 'http') => BAD_CASES.filter((c) => !isRejected(c[door]));
const rejectedCases = (door: 'cli' | 'http') => BAD_CASES.filter((c) => isRejected(c[door]));

const expectImported = async (strapi: Core.Strapi, c: BadCase, outcome: Outcome, file: any) => {
  if (isRejected(outcome)) throw new Error('expected an imported outcome');
  expect({ name: c.name, status: file.status, error: file.error }).toEqual({ name: c.name, status: expect.stringMatching(/^(imported|unchanged)$/), error: null });
  const codes = new Set((file.warnings ?? []).map((w: any) => w.code));
  for (const code of outcome.warnings ?? []) expect({ name: c.name, warning: code, present: codes.has(code) }).toEqual({ name: c.name, warning: code, present: true });
  const record = await loadRecord(strapi, file.article.documentId);
  for (const value of [record.title, record.slug, record.outlet, record.sourceUrl, ...record.people, ...record.links.flatMap((l) => [l.title, l.url])]) {
    if (value !== null) expect(value.length).toBeLessThanOrEqual(255);
  }
  outcome.check?.(record);
};

describe('bad input: the corpus through the CLI and the HTTP door', () => {
  let app: TestStrapi;
  let token: string;
  let dir: string;
  const cliPath = (c: BadCase) => path.join(dir, c.name);

  beforeAll(async () => {
    app = await bootStrapi();
    token = await createApiToken(app.strapi, { type: 'custom', permissions: ['plugin::newsroom.import.create'] });
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-bad-'));
    for (const c of BAD_CASES) fs.writeFileSync(cliPath(c), c.bytes());
  });
  afterAll(async () => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
    await app?.stop();
  });

  it('has at least 30 cases', () => {
    expect(BAD_CASES.length).toBeGreaterThanOrEqual(30);
    expect(new Set(BAD_CASES.map((c) => c.name)).size).toBe(BAD_CASES.length);
  });

  it('CLI: one run over every rejected file prints one line per file, exits 1 and writes nothing', async () => {
    const cases = rejectedCases('cli').filter((c) => !c.alone);
    const before = await dumpTables(app.strapi);
    const runsBefore = await historyIds(app.strapi);

    const result = runCli(['import', ...cases.map(cliPath)], app.env);
    expect(result.status).toBe(1);
    expectNoTrace(result.stdout + result.stderr);
    const lines = result.stderr.split('\n').filter((line) => line.trim() !== '');
    expect(lines).toHaveLength(cases.length);
    for (const c of cases) {
      const mine = lines.filter((line) => line.includes(`${c.name}:`));
      expect({ name: c.name, lines: mine.length }).toEqual({ name: c.name, lines: 1 });
      expect(mine[0]).toMatch(/^newsroom: /);
      expect({ name: c.name, line: mine[0] }).toEqual({ name: c.name, line: expect.stringMatching((c.cli as { rejected: RegExp }).rejected) });
      // Named once: "newsroom: <file>: <problem>", not "<file>: <file>: ...".
      expect(mine[0]!.split(`${c.name}:`)).toHaveLength(2);
    }
    // stdout is the summary only: the failed files are not listed a second time.
    for (const c of cases) expect(result.stdout).not.toContain(c.name);
    expect(result.stdout).toMatch(new RegExp(`${cases.length} file\\(s\\), ${cases.length} failed`));

    expect(await dumpTables(app.strapi)).toEqual(before);
    const newRuns = (await app.strapi.db.query(UID.run).findMany({ where: { id: { $notIn: runsBefore } } })) as any[];
    for (const run of newRuns) expect(run.files.every((f: any) => f.status === 'failed')).toBe(true);
  });

  it('CLI: a file too large for a batch is refused alone, in one line', async () => {
    const before = await dumpTables(app.strapi);
    for (const c of rejectedCases('cli').filter((x) => x.alone)) {
      const result = runCli(['import', cliPath(c)], app.env);
      expect(result.status).toBe(1);
      expectNoTrace(result.stdout + result.stderr);
      const lines = result.stderr.split('\n').filter((line) => line.trim() !== '');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(c.name);
      expect(lines[0]).toMatch((c.cli as { rejected: RegExp }).rejected);
    }
    expect(await dumpTables(app.strapi)).toEqual(before);
  });

  it('CLI: an empty file alone exits 1 with its one line', async () => {
    const c = BAD_CASES.find((x) => x.name === 'empty.txt')!;
    const result = runCli(['import', cliPath(c), '--json'], app.env);
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^newsroom: .*empty\.txt: empty file/)]);
    expect(JSON.parse(result.stdout).totals).toMatchObject({ files: 1, failed: 1, created: 0 });
  });

  describe('HTTP', () => {
    const post = (body: unknown) =>
      request(app.strapi.server.httpServer).post('/api/newsroom/imports').set('Authorization', `Bearer ${token}`).send(body as object);
    const httpText = (c: BadCase) => (c.httpText ? c.httpText() : c.bytes().toString('utf8'));

    it.each(rejectedCases('http').map((c) => [c.name, c] as const))('rejects %s: 4xx or a failed file, never a 500, nothing written', async (_name, c) => {
      const before = await dumpTables(app.strapi);
      const res = await post({ documents: [{ name: `http-${c.name}`, text: httpText(c) }], referenceDate: REFERENCE_DATE });
      const pattern = (c.http as { rejected: RegExp }).rejected;
      if (res.status === 200) {
        const [file] = res.body.data.files;
        expect(file.status).toBe('failed');
        expect(file.error).toMatch(pattern);
        expect(file.error).not.toMatch(/\n/);
      } else {
        expect(res.status).toBeGreaterThanOrEqual(400);
        expect(res.status).toBeLessThan(500);
        expect(res.body).toEqual({ data: null, error: expect.objectContaining({ status: res.status, name: expect.any(String), message: expect.stringMatching(pattern) }) });
      }
      expect(await dumpTables(app.strapi)).toEqual(before);
    });

    it.each(importedCases('http').map((c) => [c.name, c] as const))('imports %s', async (_name, c) => {
      const res = await post({ documents: [{ name: `http-${c.name}`, text: httpText(c) }], referenceDate: REFERENCE_DATE });
      expect(res.status).toBe(200);
      const [file] = res.body.data.files;
      await expectImported(app.strapi, c, c.http, { ...file, name: file.name.replace(/^http-/, '') });
    });

    it('a batch mixing good and bad documents imports the good ones and names each bad one', async () => {
      // Cases the per-file checks refuse (the request schema refuses empty or oversized texts outright).
      const bad = rejectedCases('http').filter((c) => !c.alone && !/required|larger than/.test(String((c.http as { rejected: RegExp }).rejected))).slice(0, 6);
      const good = importedCases('http').filter((c) => c.name.endsWith('line-endings.txt'));
      const documents = [...bad, ...good].map((c) => ({ name: `mixed-${c.name}`, text: httpText(c) }));
      const res = await post({ documents, referenceDate: REFERENCE_DATE });
      expect(res.status).toBe(200);
      const statuses = Object.fromEntries(res.body.data.files.map((f: any) => [f.name, f.status]));
      for (const c of bad) expect(statuses[`mixed-${c.name}`]).toBe('failed');
      for (const c of good) expect(statuses[`mixed-${c.name}`]).toMatch(/imported|unchanged/);
    });
  });
  // Last, so the big imported articles do not slow down every table dump above.
  it('CLI: the cases an editor expects imported are imported, fields fitted to their columns', async () => {
    const cases = importedCases('cli');
    const result = runCli(['import', ...cases.map(cliPath), '--json', '--reference-date', REFERENCE_DATE], app.env);
    expectNoTrace(result.stderr);
    // Node's own deprecation notices (pg 8 warns about Strapi's overlapping queries) are not the CLI's output.
    const ours = result.stderr.split('\n').filter((line) => line.trim() !== '' && !/^\(node:\d+\) \w*Warning|^\(Use `node --trace/.test(line));
    expect(ours).toEqual([]);
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout);
    for (const c of cases) {
      const file = report.files.find((f: any) => path.basename(f.name) === c.name);
      await expectImported(app.strapi, c, c.cli, { ...file, name: path.basename(file.name) });
    }
  });

});
