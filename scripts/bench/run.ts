/**
 * `npm run bench`: naive vs newsroom vs floor imports of the same generated
 * corpus, re-runs of the importer, and read speed (read-speed.ts). See
 * docs/performance.md.
 *
 *   npm run bench -- --sizes 100,1000 --db sqlite --skip-naive-above 1000
 *   npm run bench -- --reads-only
 *   npm run bench -- --db postgres --jobs-only --jobs-n 10000
 *
 * Flags: `npm run bench -- --help`.
 */
import { spawn } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import Table from 'cli-table3';
import { Command } from 'commander';
import { commaList, oneOf, wholeNumber } from '../options';
import { appDir, benchEnv, postgresReachable, root, type BenchDb } from './boot';
import { measureReads, printReads, type ReadOptions, type ReadRun } from './read-speed';
import type { Job, Strategy } from './worker';
import { benchJobs, type JobsBenchRow } from './jobs';
import { printJobsRow } from './jobs-table';

interface Args {
  sizes: number[];
  db: 'sqlite' | 'postgres' | 'both';
  skipNaiveAbove: number;
  strategies: Strategy[];
  apiN: number;
  apiRounds: number;
  apiSeconds: number;
  apiConnections: number;
  readsOnly: boolean;
  batch: number;
  seed: number;
  profile: boolean;
  indexes: boolean;
  /** Articles in the jobs row (PostgreSQL only; 0: no jobs row). */
  jobsN: number;
  jobsOnly: boolean;
  /** Saved results files to print (several are merged: e.g. sizes run in separate processes). */
  from: string[];
  out: string;
}

const parseArgs = (argv: string[]): Args => {
  const program = new Command('npm run bench --')
    .description('Naive vs newsroom vs floor imports of the same generated corpus, re-runs and content-API latency (docs/performance.md).')
    .option('--sizes <list>', 'corpus sizes (articles), comma-separated', commaList(wholeNumber(1)), [100, 1000, 10000])
    .option('--db <db>', 'sqlite, postgres or both (both: PostgreSQL only when reachable; NEWSROOM_PG_URL)', oneOf(['sqlite', 'postgres', 'both'] as const), 'both')
    .option('--skip-naive-above <n>', 'measure the naive loop only up to N articles, extrapolate above', wholeNumber(0), 1000)
    .option('--strategies <list>', 'subset to run: floor,newsroom,naive', commaList(oneOf(['floor', 'newsroom', 'naive'] as const)), ['floor', 'newsroom', 'naive'])
    .option('--api-n <n>', 'published articles imported before the read-speed test (0: no read test)', wholeNumber(0), 1000)
    .option('--api-rounds <n>', 'read-speed rounds (each request once per round, interleaved)', wholeNumber(1), 3)
    .option('--api-seconds <s>', 'about this many seconds per request per round (requests per window set by a warm-up)', wholeNumber(1), 4)
    .option('--api-connections <n>', 'concurrent connections of the read-speed test', wholeNumber(1), 10)
    .option('--reads-only', 'only the read-speed test, no imports')
    .option('--batch <n>', 'documents per importer run', wholeNumber(1), 100)
    .option('--jobs-n <n>', 'articles in the jobs row: direct importer.run vs a job on one and two nodes, PostgreSQL only (0: none)', wholeNumber(0), 10000)
    .option('--jobs-only', 'only the jobs row: no imports, no read test')
    .option('--seed <n>', 'corpus seed', wholeNumber(0), 1)
    .option('--no-indexes', 'do not create the import-key/slug indexes (server/src/sync/store/indexes.ts) first')
    .option('--profile', 'write a V8 CPU profile of each newsroom child to bench/profiles/')
    .option('--out <file>', 'results file', path.join(root, 'bench', 'results.json'))
    .option('--from <files>', 'only print the tables of saved results files (several are merged, naive extrapolated where a size has none)', commaList(String), [])
    .showHelpAfterError('(add --help for the options)')
    .parse(argv, { from: 'user' });
  const options = program.opts<Omit<Args, 'profile' | 'readsOnly' | 'jobsOnly'> & { profile?: boolean; readsOnly?: boolean; jobsOnly?: boolean }>();
  return {
    ...options,
    profile: !!options.profile,
    readsOnly: !!options.readsOnly,
    jobsOnly: !!options.jobsOnly,
    from: options.from.map((file) => path.resolve(file)),
    out: path.resolve(options.out),
  };
};

const log = (...parts: unknown[]) => console.error(`[bench ${new Date().toISOString().slice(11, 19)}]`, ...parts);

/** One child per (strategy, db, N): its peak RSS is its own. */
function runChild(job: Job, options: { profile?: boolean; keepAlive?: boolean } = {}) {
  const out = path.join(os.tmpdir(), `newsroom-bench-${process.pid}-${job.strategy}-${job.db}-${job.n}.json`);
  fs.rmSync(out, { force: true });
  const nodeArgs = ['-r', '@swc-node/register'];
  if (options.profile) nodeArgs.push('--cpu-prof', '--cpu-prof-dir', path.join(root, 'bench', 'profiles'));
  const child = spawn(process.execPath, [...nodeArgs, path.join(__dirname, 'worker.ts'), JSON.stringify(job), out], {
    cwd: root,
    env: process.env,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const exited = new Promise<number>((resolve) => child.on('exit', (code) => resolve(code ?? 1)));
  const read = () => (fs.existsSync(out) ? JSON.parse(fs.readFileSync(out, 'utf8')) : null);
  return {
    child,
    exited,
    /** For keep-alive jobs: resolves once the child wrote its result (it is then serving). */
    async ready(): Promise<any> {
      for (;;) {
        const result = read();
        if (result) return result;
        const done = await Promise.race([exited.then(() => true), new Promise((r) => setTimeout(() => r(false), 250))]);
        if (done) return read() ?? { ...job, error: 'child exited without a result' };
      }
    },
    async result(): Promise<any> {
      const code = await exited;
      const result = read() ?? { ...job, error: `child exited with code ${code} and no result` };
      fs.rmSync(out, { force: true });
      return result;
    },
  };
}

async function apiReads(db: BenchDb, args: Args): Promise<ReadRun> {
  log(`reads: importing ${args.apiN} published articles on ${db}, copying them into the plain bench types`);
  const run = runChild({ strategy: 'api', db, n: args.apiN, seed: args.seed, batch: args.batch, indexes: args.indexes }, { keepAlive: true });
  const info = await run.ready();
  const options: ReadOptions = { rounds: args.apiRounds, seconds: args.apiSeconds, connections: args.apiConnections };
  try {
    if (info.error) return { db, n: args.apiN, error: info.error };
    const cpu = () =>
      new Promise<number>((resolve) => {
        run.child.once('message', (message: { cpu: NodeJS.CpuUsage }) => resolve((message.cpu.user + message.cpu.system) / 1000));
        run.child.send('cpu');
      });
    return { db, n: args.apiN, options, reads: await measureReads(info, options, log, cpu) };
  } catch (error) {
    return { db, n: args.apiN, error: error instanceof Error ? error.message : String(error) };
  } finally {
    if (run.child.connected) run.child.send('stop');
    const timer = setTimeout(() => run.child.kill('SIGKILL'), 30_000);
    await run.exited;
    clearTimeout(timer);
  }
}

const fmt = (value: number | null | undefined, digits = 1) =>
  value === null || value === undefined || !Number.isFinite(value) ? '–' : value.toFixed(digits);

/**
 * The naive loop at a size it was not run at, scaled linearly from the
 * largest measured size on the same database; null when there is none.
 */
function extrapolateNaive(results: any[], db: string, n: number, skipNaiveAbove: number) {
  const measured = results.filter((r) => r.strategy === 'naive' && r.db === db && !r.extrapolated && !r.error && r.n <= skipNaiveAbove);
  const base = measured.sort((a, b) => b.n - a.n)[0];
  if (!base) return null;
  // Per-record cost is flat for the naive loop (people look-ups hit a 60-row table): scale linearly.
  const factor = n / base.n;
  return {
    strategy: 'naive', db, n, seed: base.seed,
    seconds: base.seconds * factor,
    records: base.records && Object.fromEntries(Object.entries(base.records).map(([k, v]) => [k, k === 'people' ? v : Math.round((v as number) * factor)])),
    extrapolated: true,
    extrapolatedFrom: base.n,
  };
}

const STRATEGY_ORDER = ['floor', 'newsroom', 'naive', 'api'];

/** Runs from several saved files in one table: by database, size, strategy; naive extrapolated where a size has none. */
function mergeRuns(runs: any[], skipNaiveAbove: number) {
  const measured = runs.filter((r) => !r.extrapolated);
  for (const r of measured.filter((x) => x.strategy === 'newsroom')) {
    if (measured.some((x) => x.strategy === 'naive' && x.db === r.db && x.n === r.n)) continue;
    const extrapolated = extrapolateNaive(measured, r.db, r.n, skipNaiveAbove);
    if (extrapolated) measured.push(extrapolated);
  }
  const dbRank = (db: string) => (db === 'sqlite' ? 0 : 1);
  return measured.sort((a, b) => dbRank(a.db) - dbRank(b.db) || a.n - b.n || STRATEGY_ORDER.indexOf(a.strategy) - STRATEGY_ORDER.indexOf(b.strategy));
}

const recordsOf = (r: any) => (r.records ? r.records.articles + r.records.people + r.records.quotes + r.records.links : null);

/** Print the tables; returns the table rows as data for results.json. */
function printReport(results: any[], api: ReadRun[]) {
  const find = (strategy: string, db: string, n: number) => results.find((r) => r.strategy === strategy && r.db === db && r.n === n && !r.error);
  const table = new Table({
    head: ['strategy', 'db', 'N', 'seconds', 'articles/s', 'records/s', 'newsroom/naive', 'newsroom/floor', 're-run same', 're-run 5%', 'peak RSS MB', 'queries/art.'],
    style: { head: [], border: [] },
  });
  const rows: any[] = [];
  for (const r of results) {
    const records = recordsOf(r);
    const naive = find('naive', r.db, r.n);
    const floor = find('floor', r.db, r.n);
    const row = {
      strategy: r.strategy,
      db: r.db,
      n: r.n,
      seconds: r.error ? null : r.seconds,
      articlesPerSecond: r.error ? null : r.n / r.seconds,
      recordsPerSecond: r.error || !records ? null : records / r.seconds,
      newsroomOverNaive: r.strategy === 'newsroom' && naive && !r.error ? r.seconds / naive.seconds : null,
      newsroomOverFloor: r.strategy === 'newsroom' && floor && !r.error ? r.seconds / floor.seconds : null,
      rerunUnchangedFraction: r.rerunUnchangedSeconds !== undefined ? r.rerunUnchangedSeconds / r.seconds : null,
      rerunChangedFraction: r.rerunChangedSeconds !== undefined ? r.rerunChangedSeconds / r.seconds : null,
      peakRssMb: r.rssMb ?? null,
      queriesPerArticle: r.queries !== undefined ? r.queries / r.n : null,
      extrapolated: !!r.extrapolated,
      error: r.error ? String(r.error).split('\n')[0] : null,
    };
    rows.push(row);
    table.push([
      r.strategy + (r.extrapolated ? ` (extrapolated from N=${r.extrapolatedFrom})` : '') + (r.error ? ' FAILED' : ''),
      r.db,
      r.n,
      fmt(row.seconds, 2),
      fmt(row.articlesPerSecond, 1),
      fmt(row.recordsPerSecond, 0),
      fmt(row.newsroomOverNaive, 3),
      fmt(row.newsroomOverFloor, 1),
      row.rerunUnchangedFraction === null ? '' : `${fmt(r.rerunUnchangedSeconds, 2)}s = ${fmt(row.rerunUnchangedFraction * 100, 1)}%`,
      row.rerunChangedFraction === null ? '' : `${fmt(r.rerunChangedSeconds, 2)}s = ${fmt(row.rerunChangedFraction * 100, 1)}%`,
      r.extrapolated ? '' : fmt(row.peakRssMb, 0),
      fmt(row.queriesPerArticle, 1),
    ]);
  }
  if (results.length) {
    console.log('\nImports (seconds = the import itself; the newsroom row includes parsing, naive/floor get their records pre-parsed)');
    console.log(table.toString());
  }
  if (results.some((r) => r.extrapolated)) {
    console.log('NOTE: rows marked "extrapolated" were NOT measured: the naive loop was scaled linearly from the largest measured N.');
  }
  for (const db of [...new Set(results.map((r) => r.db))]) {
    const newsroom = results.filter((r) => r.strategy === 'newsroom' && r.db === db && !r.error).sort((a, b) => a.n - b.n);
    if (newsroom.length < 2) continue;
    const [small, large] = [newsroom[0], newsroom[newsroom.length - 1]];
    const perArticle = (r: any) => (r.seconds / r.n) * 1000;
    console.log(
      `Scaling (${db}): newsroom ${fmt(perArticle(small), 1)} ms/article at N=${small.n}, ${fmt(perArticle(large), 1)} ms/article at N=${large.n} (×${fmt(perArticle(large) / perArticle(small), 2)})`
    );
  }
  const parse = results.filter((r) => r.parseSeconds !== undefined);
  if (parse.length) {
    const byN = new Map<number, number>();
    for (const r of parse) byN.set(r.n, Math.min(byN.get(r.n) ?? Infinity, r.parseSeconds));
    console.log(`Parsing alone (inside the newsroom time, outside naive/floor): ${[...byN].map(([n, s]) => `N=${n} ${fmt(s, 2)}s`).join(', ')}`);
  }

  const reads = api.filter((run: ReadRun) => run.reads || run.error);
  if (reads.length) printReads(reads);

  return rows;
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (args.from.length) {
    const saved = args.from.map((file) => JSON.parse(fs.readFileSync(file, 'utf8')));
    const runs = mergeRuns(saved.flatMap((doc) => doc.runs ?? []), args.skipNaiveAbove);
    printReport(runs, saved.flatMap((doc) => doc.api ?? []));
    saved.forEach((doc, i) => {
      const load = doc.loadAverage ? ` load average ${doc.loadAverage.before.join('/')} before, ${doc.loadAverage.after.join('/')} after` : '';
      console.log(`${path.relative(root, args.from[i])}: ${doc.complete === false ? 'an incomplete (interrupted) run' : `${fmt((doc.totalSeconds ?? 0) / 60, 1)} min`};${load}`);
    });
    return;
  }
  benchEnv();
  const started = Date.now();
  const loadBefore = os.loadavg();

  if (!fs.existsSync(path.join(root, 'dist', 'server', 'index.js'))) {
    throw new Error('The plugin is not built: run `npx strapi-plugin build` first (an unbuilt plugin is skipped silently).');
  }
  const built = fs.statSync(path.join(root, 'dist', 'server', 'index.js')).mtimeMs;
  const stale = ['server/src/services/importer.ts', 'server/src/sync/store/apply-plan.ts', 'server/src/sync/store/load-existing.ts']
    .filter((f) => fs.existsSync(path.join(root, f)) && fs.statSync(path.join(root, f)).mtimeMs > built);
  if (stale.length) log(`warning: dist/ is older than ${stale.join(', ')}: rebuild with \`npx strapi-plugin build\``);

  const dbs: BenchDb[] = [];
  if (args.db !== 'postgres') dbs.push('sqlite');
  if (args.db !== 'sqlite') {
    const pg = await postgresReachable();
    if (pg.ok) dbs.push('postgres');
    else if (args.db === 'postgres') throw new Error(`PostgreSQL is not reachable (NEWSROOM_PG_URL): ${pg.why}`);
    else log(`PostgreSQL not reachable (${pg.why}): SQLite only`);
  }

  log('compiling the playground');
  const { compileStrapi } = await import('@strapi/strapi');
  await compileStrapi({ appDir, ignoreDiagnostics: true });

  const results: any[] = [];
  const api: ReadRun[] = [];
  // Written after every measurement too, so an interrupted run keeps what it measured.
  const save = (extra: Record<string, unknown> = {}) => {
    fs.mkdirSync(path.dirname(args.out), { recursive: true });
    const doc = {
      generatedAt: new Date().toISOString(),
      complete: false,
      // Other work on the machine skews absolute numbers: compare ratios from one run.
      loadAverage: { before: loadBefore, after: os.loadavg() },
      machine: { cpus: os.cpus().length, cpu: os.cpus()[0]?.model, memoryGb: Math.round(os.totalmem() / 2 ** 30), node: process.version, platform: process.platform },
      args: { ...args, out: path.relative(root, args.out) },
      runs: results,
      api,
      ...extra,
    };
    fs.writeFileSync(args.out, `${JSON.stringify(doc, null, 2)}\n`);
  };
  for (const db of dbs) {
    for (const n of args.readsOnly || args.jobsOnly ? [] : args.sizes) {
      for (const strategy of args.strategies) {
        if (strategy === 'naive' && n > args.skipNaiveAbove) {
          const extrapolated = extrapolateNaive(results, db, n, args.skipNaiveAbove);
          if (extrapolated) {
            results.push(extrapolated);
            log(`naive ${db} N=${n}: extrapolated from N=${extrapolated.extrapolatedFrom} (not measured, --skip-naive-above ${args.skipNaiveAbove})`);
          } else {
            log(`naive ${db} N=${n}: skipped (--skip-naive-above ${args.skipNaiveAbove}, nothing to extrapolate from)`);
          }
          continue;
        }
        log(`${strategy} ${db} N=${n}`);
        const t0 = Date.now();
        const result = await runChild(
          { strategy, db, n, seed: args.seed, batch: args.batch, indexes: args.indexes },
          { profile: args.profile && strategy === 'newsroom' }
        ).result();
        result.wallSeconds = (Date.now() - t0) / 1000;
        if (result.error) log(`${strategy} ${db} N=${n} FAILED: ${String(result.error).split('\n')[0]}`);
        else log(`${strategy} ${db} N=${n}: ${result.seconds.toFixed(2)}s`);
        results.push(result);
        save();
      }
    }
    if (args.apiN > 0 && !args.jobsOnly) {
      api.push(await apiReads(db, args));
      save();
    }
  }

  let jobs: JobsBenchRow | null = null;
  if (args.jobsN > 0 && dbs.includes('postgres')) {
    jobs = await benchJobs(args.jobsN, args.seed, log);
    save({ jobs });
  }

  const rows = printReport(results, api);
  if (jobs) printJobsRow(jobs);

  const totalSeconds = (Date.now() - started) / 1000;
  console.log(`\nbench took ${fmt(totalSeconds / 60, 1)} min; load average ${loadBefore.map((l) => l.toFixed(1)).join('/')} before, ${os.loadavg().map((l) => l.toFixed(1)).join('/')} after (${os.cpus().length} cores)`);

  save({ complete: true, totalSeconds, table: rows, jobs });
  log(`wrote ${path.relative(root, args.out)}`);
  if (results.some((r) => r.error) || api.some((a) => a.error)) process.exitCode = 1;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
