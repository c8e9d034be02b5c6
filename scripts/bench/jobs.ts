/**
 * The jobs row of `npm run bench`: the same corpus imported on PostgreSQL by
 * a direct importer.run, by an import job on one node, and by an import job
 * on two nodes (scripts/bench/job-node.ts children). Each on a fresh
 * database; the job timings run from enqueue to the job's completion, with
 * the nodes already booted. Beside the time, the CPU each node spent and how
 * many cores were busy: the nodes' own and the whole machine's (PostgreSQL
 * and anything else running included), so a run that was CPU-bound says so.
 */
import os from 'os';
import path from 'path';
import { spawn, type ChildProcess } from 'child_process';
import type { Core } from '@strapi/strapi';
import { getService } from '../../server/src/get-service';
import { UID } from '../../server/src/uids';
import type { SourceDocument } from '../../server/src/sync/types';
import { bootOnFreshDb, root } from './boot';
import { generateCorpus } from './corpus';

export interface JobsRun {
  seconds: number;
  perSecond: number;
  /** CPU seconds (user + system) of each node: the bench process itself for the direct run. */
  nodeCpuSeconds: number[];
  /** The nodes' CPU seconds over the wall-clock seconds. */
  nodeBusyCores: number;
  /** Every process's CPU over the wall-clock seconds (os.cpus()), out of `cores`. */
  machineBusyCores: number;
  /** Where a job's time went (the chunk rows), for the job runs. */
  profile?: string;
}

export interface JobsBenchRow {
  n: number;
  cores: number;
  direct: JobsRun;
  oneNode: JobsRun;
  twoNodes: JobsRun;
  /** Two nodes' throughput over one node's. */
  twoOverOne: number;
  /** One node's job time over the direct run's, minus one. */
  overhead: number;
}

const REFERENCE_DATE = '2024-06-01';
const actor = { type: 'cli' as const, name: 'bench' };

/** CPU milliseconds of every core so far, busy and idle. */
const machineCpu = () =>
  os.cpus().reduce(
    (sum, { times }) => ({ busy: sum.busy + times.user + times.nice + times.sys + times.irq, total: sum.total + times.user + times.nice + times.sys + times.irq + times.idle }),
    { busy: 0, total: 0 }
  );

const cpuSeconds = ({ user, system }: NodeJS.CpuUsage) => (user + system) / 1e6;

/** Wall clock, this machine's busy CPU and the given processes' CPU, from `start()` to `end()`. */
async function measure(nodesCpu: () => Promise<number[]>) {
  const [cpu0, nodes0, t0] = [machineCpu(), await nodesCpu(), Date.now()];
  return async (): Promise<Omit<JobsRun, 'perSecond' | 'profile'>> => {
    const [t1, cpu1, nodes1] = [Date.now(), machineCpu(), await nodesCpu()];
    const seconds = (t1 - t0) / 1000;
    const nodeCpuSeconds = nodes1.map((value, i) => value - nodes0[i]!);
    return {
      seconds,
      nodeCpuSeconds,
      nodeBusyCores: nodeCpuSeconds.reduce((a, b) => a + b, 0) / seconds,
      machineBusyCores: (cpu1.busy - cpu0.busy) / 1000 / seconds,
    };
  };
}

const startNode = (): Promise<ChildProcess> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-r', '@swc-node/register', path.join(root, 'scripts', 'bench', 'job-node.ts')], {
      cwd: root,
      env: { ...process.env, NEWSROOM_JOB_WORKERS: 'on' },
      stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
    });
    child.stdout!.on('data', (part: Buffer) => part.toString().includes('ready') && resolve(child));
    child.once('exit', (code) => reject(new Error(`job node exited (${code}) before it was ready`)));
  });

const nodeCpu = (child: ChildProcess) =>
  new Promise<number>((resolve) => {
    child.once('message', (message: { cpu: NodeJS.CpuUsage }) => resolve(cpuSeconds(message.cpu)));
    child.send('cpu');
  });

/** SIGTERM, as a process manager stops a node: it finishes its chunk and exits 0. */
const stopNode = (child: ChildProcess, log: (line: string) => void) =>
  new Promise<void>((resolve) => {
    child.once('exit', (code, signal) => {
      if (code !== 0) log(`jobs: a job node stopped with ${signal ?? `exit code ${code}`} on SIGTERM`);
      resolve();
    });
    child.kill('SIGTERM');
  });

async function direct(documents: SourceDocument[]): Promise<JobsRun> {
  const bench = await bootOnFreshDb('postgres', 'jobs_direct');
  try {
    const end = await measure(async () => [cpuSeconds(process.cpuUsage())]);
    await getService(bench.strapi, 'importer').run({ documents, options: { referenceDate: REFERENCE_DATE }, actor });
    const run = await end();
    return { ...run, perSecond: documents.length / run.seconds };
  } finally {
    await bench.stop();
  }
}

/**
 * Where a job's time went, from its chunk rows: enqueue (storing the chunks),
 * the importer's own time (each chunk report's durationMs), and on one node
 * the rest (a worker taking the next chunk, checkpoints, completion). On two
 * nodes the importer times overlap (and include waits for the importer's
 * lock), so they are only summed.
 */
async function jobProfile(strapi: Core.Strapi, jobId: string, seconds: number, enqueueMs: number, nodes: number): Promise<string> {
  const rows = (await strapi.db
    .query(UID.importJobChunk)
    .findMany({ where: { job: jobId }, select: ['report'], orderBy: { position: 'asc' } })) as { report: { durationMs: number } }[];
  const importMs = rows.reduce((sum, row) => sum + row.report.durationMs, 0);
  const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  const split = nodes === 1 ? `importer ${s(importMs)}, rest ${s(seconds * 1000 - enqueueMs - importMs)}` : `importer ${s(importMs)} summed over the nodes`;
  return `${rows.length} chunks in ${seconds.toFixed(1)} s: enqueue ${s(enqueueMs)}, ${split}`;
}

async function asJob(documents: SourceDocument[], nodes: number, log: (line: string) => void): Promise<JobsRun> {
  const bench = await bootOnFreshDb('postgres', `jobs_${nodes}n`);
  const children: ChildProcess[] = [];
  try {
    for (let i = 0; i < nodes; i += 1) children.push(await startNode());
    const jobs = getService(bench.strapi, 'jobs');
    const end = await measure(() => Promise.all(children.map(nodeCpu)));
    const started = Date.now();
    const id = await jobs.enqueue({ source: { kind: 'documents', documents }, options: { referenceDate: REFERENCE_DATE }, actor });
    const enqueueMs = Date.now() - started;
    for (;;) {
      // Only the job row: the bench's own polling stays off the chunk rows while they are written.
      const job = (await bench.strapi.db.query(UID.importJob).findOne({ where: { documentId: id }, select: ['state', 'error'] })) as { state: string; error: string | null };
      if (job.state === 'completed') {
        const run = await end();
        const profile = await jobProfile(bench.strapi, id, run.seconds, enqueueMs, nodes);
        log(`jobs postgres N=${documents.length}, ${nodes} node(s): ${profile}`);
        return { ...run, perSecond: documents.length / run.seconds, profile };
      }
      if (job.state !== 'queued' && job.state !== 'running') throw new Error(`the bench job ended ${job.state}: ${job.error}`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  } finally {
    await Promise.all(children.map((child) => stopNode(child, log)));
    await bench.stop();
  }
}

export async function benchJobs(n: number, seed: number, log: (line: string) => void): Promise<JobsBenchRow> {
  // This process enqueues and watches; only the job-node children work.
  Object.assign(process.env, { NEWSROOM_JOB_WORKERS: 'off', NEWSROOM_JOB_POLLING_INTERVAL: '1' });
  const documents = generateCorpus(n, seed).map(({ fileName, text }) => ({ name: fileName, text }));
  log(`jobs postgres N=${n}: direct importer.run`);
  const directRun = await direct(documents);
  log(`jobs postgres N=${n}: direct ${directRun.seconds.toFixed(1)} s; one node`);
  const oneNode = await asJob(documents, 1, log);
  log(`jobs postgres N=${n}: two nodes`);
  const twoNodes = await asJob(documents, 2, log);
  return {
    n,
    cores: os.cpus().length,
    direct: directRun,
    oneNode,
    twoNodes,
    twoOverOne: oneNode.seconds / twoNodes.seconds,
    overhead: oneNode.seconds / directRun.seconds - 1,
  };
}
