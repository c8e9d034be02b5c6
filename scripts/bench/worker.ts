/**
 * One (strategy, db, N) measurement in a process of its own, so peak RSS is
 * the strategy's. Started by run.ts:
 *   node -r @swc-node/register scripts/bench/worker.ts '<json job>' <result file>
 * Writes its result as JSON to <result file>. The `api` job stays up serving
 * HTTP until run.ts sends it a message.
 */
import fs from 'fs';
import { Command } from 'commander';
import { bootOnFreshDb, type BenchDb } from './boot';
import { ensureImportIndexes } from '../../server/src/sync/store/indexes';
import { createApiToken } from '../../tests/helpers/strapi';
import { copyIntoPlainTypes, plainUid, registerPlainTypes } from './plain-types';
import {
  changedDocs,
  corpusDocs,
  countRecords,
  desiredCorpus,
  runFloor,
  runImporter,
  runNaive,
  UIDS,
} from './strategies';

export type Strategy = 'naive' | 'newsroom' | 'floor' | 'api';

export interface Job {
  strategy: Strategy;
  db: BenchDb;
  n: number;
  seed: number;
  batch?: number;
  /** Create the import-key/slug indexes (server/src/sync/store/indexes.ts) before measuring. */
  indexes?: boolean;
}

const seconds = (since: bigint) => Number(process.hrtime.bigint() - since) / 1e9;
const maxRssMb = () => Math.round((process.resourceUsage().maxRSS / 1024) * 10) / 10;

/** Count SQL statements, by verb and table, through knex's query event. */
const queryCounter = (knex: any) => {
  let total = 0;
  let byKind: Record<string, number> = {};
  knex.on('query', (q: { sql: string }) => {
    total += 1;
    const sql = q.sql.trim();
    const verb = sql.split(/\s+/)[0].toLowerCase();
    const table = /(?:from|into|update)\s+[`"]?([a-z0-9_]+)/i.exec(sql)?.[1] ?? '-';
    const kind = `${verb} ${table}`;
    byKind[kind] = (byKind[kind] ?? 0) + 1;
  });
  return {
    reset() {
      total = 0;
      byKind = {};
    },
    snapshot() {
      return { total, byKind: Object.fromEntries(Object.entries(byKind).sort((a, b) => b[1] - a[1])) };
    },
  };
};

async function main() {
  const program = new Command('scripts/bench/worker.ts')
    .description('One bench job in a process of its own (started by scripts/bench/run.ts).')
    .argument('<job>', 'the job, as JSON')
    .argument('<out>', 'file the results are written to')
    .parse();
  const [jobJson, out] = program.args;
  const job = JSON.parse(jobJson) as Job;
  // The read-speed job compares the newsroom's reads with plain types of the same shape (plain-types.ts).
  const { strapi, stop } = await bootOnFreshDb(job.db, job.strategy, job.strategy === 'api' ? registerPlainTypes : undefined);
  const queries = queryCounter(strapi.db.connection);
  const result: Record<string, unknown> = { ...job, bootRssMb: maxRssMb() };
  // A no-op once the plugin's bootstrap creates them itself.
  if (job.indexes !== false) result.indexesCreated = await ensureImportIndexes(strapi);

  try {
    const docs = corpusDocs(job.n, job.seed);
    if (job.strategy === 'naive' || job.strategy === 'floor') {
      const t0 = process.hrtime.bigint();
      const desired = desiredCorpus(docs);
      result.parseSeconds = seconds(t0);
      queries.reset();
      const t1 = process.hrtime.bigint();
      if (job.strategy === 'naive') await runNaive(strapi, desired);
      else await runFloor(strapi, desired);
      result.seconds = seconds(t1);
      result.queries = queries.snapshot().total;
    } else {
      queries.reset();
      const t0 = process.hrtime.bigint();
      const totals = await runImporter(strapi, docs, { batch: job.batch, publish: job.strategy === 'api' });
      result.seconds = seconds(t0);
      const q = queries.snapshot();
      result.queries = q.total;
      result.queryBreakdown = q.byKind;
      result.totals = totals;
    }
    result.rssMb = maxRssMb();
    result.records = await countRecords(strapi);

    if (job.strategy === 'newsroom') {
      queries.reset();
      const t1 = process.hrtime.bigint();
      const again = await runImporter(strapi, docs, { batch: job.batch });
      result.rerunUnchangedSeconds = seconds(t1);
      result.rerunUnchangedQueries = queries.snapshot().total;
      if (again.created || again.updated || again.removed) throw new Error(`re-run of an unchanged corpus wrote: ${JSON.stringify(again)}`);

      const { docs: changed, changed: count } = changedDocs(job.n, job.seed);
      queries.reset();
      const t2 = process.hrtime.bigint();
      const third = await runImporter(strapi, changed, { batch: job.batch });
      result.rerunChangedSeconds = seconds(t2);
      result.rerunChangedQueries = queries.snapshot().total;
      result.rerunChangedArticles = count;
      result.rerunChangedTotals = third;
      result.rerunRssMb = maxRssMb();
    }

    if (job.strategy === 'api') {
      await copyIntoPlainTypes(strapi);
      const middle = { where: { publishedAt: { $notNull: true } }, select: ['documentId'], orderBy: { id: 'asc' }, limit: 1, offset: Math.floor(job.n / 2) };
      const [one] = await strapi.db.query(UIDS.article).findMany(middle);
      const [plainOne] = await strapi.db.query(plainUid('article')).findMany(middle);
      if (one?.documentId !== plainOne?.documentId) throw new Error('the plain types did not get the same rows');
      result.plainRecords = Object.fromEntries(
        await Promise.all((['article', 'person', 'quote', 'related-link'] as const).map(async (name) => [name, await strapi.db.query(plainUid(name)).count()]))
      );
      result.token = await createApiToken(strapi, { type: 'full-access' });
      await strapi.server.mount();
      const httpServer = strapi.server.httpServer;
      await new Promise<void>((resolve, reject) => {
        httpServer.once('error', reject);
        strapi.server.listen(0, '127.0.0.1', () => resolve());
      });
      const address = httpServer.address();
      result.port = typeof address === 'object' && address ? address.port : null;
      result.documentId = one?.documentId ?? null;
      fs.writeFileSync(out, JSON.stringify(result));
      // Asked for its CPU time ('cpu', read-speed.ts) until stopped by run.ts ('stop'; Strapi handles SIGTERM itself).
      await new Promise<void>((resolve) => {
        process.on('message', (message) => {
          if (message === 'cpu') process.send?.({ cpu: process.cpuUsage() });
          else resolve();
        });
        process.once('disconnect', () => resolve());
      });
      await stop();
      process.exit(0);
    }
  } catch (error) {
    // Keep it short: a failed bulk insert's message carries the whole statement.
    result.error = (error instanceof Error ? error.stack ?? error.message : String(error)).slice(0, 2000);
  }
  await stop();
  fs.writeFileSync(out, JSON.stringify(result));
  process.exit(result.error ? 1 : 0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
