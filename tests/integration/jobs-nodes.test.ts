/**
 * An import job outlives the node that started it: a 2,000-document job is
 * taken up by node A, which is SIGKILLed half-way; node B (on PostgreSQL a
 * second node, on SQLite the restarted one) finishes it. The records are
 * those of one clean import (same import keys, no duplicates) and the job's
 * report adds up: at most the chunk in flight was done twice, and the
 * importer being idempotent, its second run found its records already there.
 */
import path from 'path';
import { spawn, type ChildProcess } from 'child_process';
import type { Core } from '@strapi/strapi';
import { bootStrapi, type TestStrapi } from '../helpers/strapi';
import { REFERENCE_DATE, UID } from '../helpers/import';
import { root } from '../helpers/paths';
import { getService } from '../../server/src/get-service';
import { parseDocument } from '../../server/src/parse';
import { desiredFromParsed } from '../../server/src/sync/plan/desired-records';
import type { JobView } from '../../server/src/jobs/types';

const DOCUMENTS = 2_000;
const CHUNK = 50;
/** A loaded two-core machine imports these at 20 to 40 a second: minutes, not the default 2. */
const TIMEOUT_MS = 600_000;
const NAMES = ['Ana Lopez', 'Ben Okafor', 'Chen Wei', 'Dara Novak', 'Emil Strand'];

/** A tiny article: a title, a lead naming a speaker, one quote. */
const tiny = (i: number) => {
  const name = NAMES[i % NAMES.length]!;
  return {
    name: `job-${String(i).padStart(5, '0')}.txt`,
    text: `Plan ${i} goes to the vote\nMayor ${name} on Monday defended plan ${i} before the council.\n"Plan ${i} will be ready by spring," ${name.split(' ')[1]} said.\n`,
  };
};

const spawnNode = (env: Record<string, string>): Promise<ChildProcess> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-r', '@swc-node/register', path.join(root, 'scripts', 'bench', 'job-node.ts')], {
      cwd: root,
      env: { ...process.env, ...env, NEWSROOM_JOB_WORKERS: 'on', LOG_LEVEL: 'error' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr!.on('data', (part: Buffer) => (stderr += part.toString()));
    child.stdout!.on('data', (part: Buffer) => part.toString().includes('ready') && resolve(child));
    child.once('exit', (code) => reject(new Error(`job node exited (${code}) before it was ready: ${stderr}`)));
  });

const exited = (child: ChildProcess) => new Promise<void>((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('exit', () => resolve())));

async function waitFor(strapi: Core.Strapi, id: string, done: (job: JobView) => boolean, timeoutMs: number): Promise<JobView> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const job = (await getService(strapi, 'jobs').get(id))!;
    if (done(job)) return job;
    if (Date.now() > deadline) throw new Error(`job ${id} still ${job.state} with ${job.chunks.done}/${job.chunks.total} chunks after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

const keysOf = async (strapi: Core.Strapi, uid: string) =>
  ((await strapi.db.query(uid).findMany({ select: ['importKey'] })) as Array<{ importKey: string }>).map((row) => row.importKey).sort();

describe('an import job survives the death of its node', () => {
  let t: TestStrapi;
  const nodes: ChildProcess[] = [];

  beforeAll(async () => {
    // This process only enqueues and reads; the spawned nodes do the work. A chunk must outlast its
    // import on a loaded machine (pg-boss gives up on it after the timeout) yet a dead node's chunk
    // should come back within the test: 60 s.
    Object.assign(process.env, {
      NEWSROOM_JOB_WORKERS: 'off',
      NEWSROOM_JOB_CHUNK_TIMEOUT: '60',
      NEWSROOM_JOB_MAINTENANCE_INTERVAL: '1',
      NEWSROOM_JOB_POLLING_INTERVAL: '1',
    });
    t = await bootStrapi();
  });

  afterAll(async () => {
    for (const node of nodes) node.kill('SIGKILL');
    await Promise.all(nodes.map(exited));
    await t?.stop();
  });

  it('node A is killed half-way, node B finishes: the records of one clean import, a report that adds up', async () => {
    const started = Date.now();
    const documents = Array.from({ length: DOCUMENTS }, (_, i) => tiny(i));
    const id = await getService(t.strapi, 'jobs').enqueue({
      source: { kind: 'documents', documents },
      options: { referenceDate: REFERENCE_DATE },
      actor: { type: 'cli', name: 'test' },
      chunkSize: CHUNK,
    });
    const chunks = DOCUMENTS / CHUNK;

    const nodeA = await spawnNode(t.env);
    nodes.push(nodeA);
    const atKill = await waitFor(t.strapi, id, (job) => job.chunks.done >= chunks / 2, TIMEOUT_MS);
    nodeA.kill('SIGKILL');
    await exited(nodeA);
    const afterKill = (await getService(t.strapi, 'jobs').get(id))!;
    expect(afterKill.state).toBe('running');
    expect(afterKill.chunks.done).toBeLessThan(chunks);

    nodes.push(await spawnNode(t.env));
    const job = await waitFor(t.strapi, id, (view) => view.state !== 'running', TIMEOUT_MS);

    expect(job).toMatchObject({ state: 'completed', documents: { total: DOCUMENTS, done: DOCUMENTS }, chunks: { total: chunks, done: chunks }, errors: [] });
    // The report adds up: every article once, created by its first run, or found unchanged when
    // the chunk the kill interrupted (at most one) had committed before its checkpoint.
    expect(job.totals).toMatchObject({ files: DOCUMENTS, failed: 0 });
    expect(job.counts.article.create + job.counts.article.unchanged).toBe(DOCUMENTS);
    expect(job.counts.article.unchanged).toBeLessThanOrEqual(CHUNK);
    expect(job.totals.created).toBe(Object.values(job.counts).reduce((n, actions) => n + actions.create + actions.restore, 0));
    expect(afterKill.chunks.done).toBeGreaterThanOrEqual(atKill.chunks.done);

    // The records are those one clean import makes: the parser's keys, each once.
    const expected = documents.map(({ name, text }) => desiredFromParsed(parseDocument(text, { fileName: name, referenceDate: REFERENCE_DATE }), text, name));
    const unique = (keys: string[]) => [...new Set(keys)].sort();
    expect(await keysOf(t.strapi, UID.article)).toEqual(unique(expected.map((d) => d.article.key)));
    expect(await keysOf(t.strapi, UID.quote)).toEqual(unique(expected.flatMap((d) => d.quotes.map((q) => q.key))));
    expect(await keysOf(t.strapi, UID.person)).toEqual(unique(expected.flatMap((d) => d.people.map((p) => p.key))));
    expect(await t.strapi.db.query(UID.article).count()).toBe(DOCUMENTS);
    process.stdout.write(`jobs-nodes (${t.db}): ${DOCUMENTS} documents, killed at ${atKill.chunks.done}/${chunks} chunks, done in ${Date.now() - started} ms\n`);
  }, TIMEOUT_MS * 2);
});
