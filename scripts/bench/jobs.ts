/**
 * The jobs row of `npm run bench`: the same corpus imported on PostgreSQL by
 * a direct importer.run, by an import job on one node, and by an import job
 * on two nodes (scripts/bench/job-node.ts children). Each on a fresh
 * database; the job timings run from enqueue to the job's completion, with
 * the nodes already booted.
 */
import path from 'path';
import { spawn, type ChildProcess } from 'child_process';
import type { Core } from '@strapi/strapi';
import { getService } from '../../server/src/get-service';
import { UID } from '../../server/src/uids';
import type { SourceDocument } from '../../server/src/sync/types';
import { bootOnFreshDb, root } from './boot';
import { generateCorpus } from './corpus';

export interface JobsBenchRow {
  n: number;
  directSeconds: number;
  oneNodeSeconds: number;
  twoNodeSeconds: number;
  directPerSecond: number;
  oneNodePerSecond: number;
  twoNodePerSecond: number;
  /** Two nodes' throughput over one node's. */
  twoOverOne: number;
  /** One node's job time over the direct run's, minus one. */
  overhead: number;
}

const REFERENCE_DATE = '2024-06-01';
const actor = { type: 'cli' as const, name: 'bench' };

const startNode = (): Promise<ChildProcess> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-r', '@swc-node/register', path.join(root, 'scripts', 'bench', 'job-node.ts')], {
      cwd: root,
      env: { ...process.env, NEWSROOM_JOB_WORKERS: 'on' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    child.stdout!.on('data', (part: Buffer) => part.toString().includes('ready') && resolve(child));
    child.once('exit', (code) => reject(new Error(`job node exited (${code}) before it was ready`)));
  });

const stopNode = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });

async function direct(documents: SourceDocument[]): Promise<number> {
  const bench = await bootOnFreshDb('postgres', 'jobs_direct');
  try {
    const started = Date.now();
    await getService(bench.strapi, 'importer').run({ documents, options: { referenceDate: REFERENCE_DATE }, actor });
    return (Date.now() - started) / 1000;
  } finally {
    await bench.stop();
  }
}

/**
 * Where a job's time went, from its chunk rows: enqueue (storing the chunks),
 * the importer's own time (each chunk report's durationMs), and the rest
 * (waiting for a worker to take a chunk, checkpoints, completion).
 */
async function jobProfile(strapi: Core.Strapi, jobId: string, started: number, enqueued: number, ended: number): Promise<string> {
  const rows = (await strapi.db
    .query(UID.importJobChunk)
    .findMany({ where: { job: jobId }, select: ['finishedAt', 'report'], orderBy: { position: 'asc' } })) as { finishedAt: string; report: { durationMs: number } }[];
  const importMs = rows.reduce((sum, row) => sum + row.report.durationMs, 0);
  const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  return `${rows.length} chunks in ${s(ended - started)}: enqueue ${s(enqueued - started)}, importer ${s(importMs)}, waits and checkpoints ${s(ended - enqueued - importMs)}`;
}

async function asJob(documents: SourceDocument[], nodes: number, log: (line: string) => void): Promise<number> {
  const bench = await bootOnFreshDb('postgres', `jobs_${nodes}n`);
  const children: ChildProcess[] = [];
  try {
    for (let i = 0; i < nodes; i += 1) children.push(await startNode());
    const jobs = getService(bench.strapi, 'jobs');
    const started = Date.now();
    const id = await jobs.enqueue({ source: { kind: 'documents', documents }, options: { referenceDate: REFERENCE_DATE }, actor });
    const enqueued = Date.now();
    for (;;) {
      const job = (await jobs.get(id))!;
      if (job.state === 'completed') {
        const ended = Date.now();
        log(`jobs postgres N=${documents.length}, ${nodes} node(s): ${await jobProfile(bench.strapi, id, started, enqueued, ended)}`);
        return (ended - started) / 1000;
      }
      if (job.state !== 'queued' && job.state !== 'running') throw new Error(`the bench job ended ${job.state}: ${job.error}`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  } finally {
    await Promise.all(children.map(stopNode));
    await bench.stop();
  }
}

export async function benchJobs(n: number, seed: number, log: (line: string) => void): Promise<JobsBenchRow> {
  // This process enqueues and watches; only the job-node children work.
  Object.assign(process.env, { NEWSROOM_JOB_WORKERS: 'off', NEWSROOM_JOB_POLLING_INTERVAL: '1' });
  const documents = generateCorpus(n, seed).map(({ fileName, text }) => ({ name: fileName, text }));
  log(`jobs postgres N=${n}: direct importer.run`);
  const directSeconds = await direct(documents);
  log(`jobs postgres N=${n}: one node`);
  const oneNodeSeconds = await asJob(documents, 1, log);
  log(`jobs postgres N=${n}: two nodes`);
  const twoNodeSeconds = await asJob(documents, 2, log);
  return {
    n,
    directSeconds,
    oneNodeSeconds,
    twoNodeSeconds,
    directPerSecond: n / directSeconds,
    oneNodePerSecond: n / oneNodeSeconds,
    twoNodePerSecond: n / twoNodeSeconds,
    twoOverOne: oneNodeSeconds / twoNodeSeconds,
    overhead: oneNodeSeconds / directSeconds - 1,
  };
}
