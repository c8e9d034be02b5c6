/**
 * The import job API in one Strapi (on SQLite the in-process runner, on
 * PostgreSQL pg-boss with this node's workers): the HTTP doors answer 202
 * and report progress; archives and a feed URL become documents; pause,
 * resume and cancel hold; bad input is refused with nothing stored; a job
 * whose chunks were stored but never sent is finished all the same.
 */
import fs from 'fs';
import http from 'http';
import os from 'os';
import path from 'path';
import type { AddressInfo } from 'net';
import JSZip from 'jszip';
import request from 'supertest';
import { create as createTar } from 'tar';
import { bootStrapi, createAdmin, createApiToken, type TestStrapi } from '../helpers/strapi';
import { REFERENCE_DATE, UID, runCli } from '../helpers/import';
import { getService } from '../../server/src/get-service';
import { insertJob } from '../../server/src/jobs/store/job-rows';
import { storeDocument } from '../../server/src/jobs/store/stored-documents';
import type { JobView } from '../../server/src/jobs/types';

const article = (i: number, tag: string) => ({
  name: `${tag}-${i}.txt`,
  text: `${tag} item ${i} reaches the council\nMayor Ana Lopez on Monday spoke about ${tag} item ${i}.\n"Item ${i} is on track," Lopez said.\n`,
});

const JOB_TYPE = 'plugin::newsroom.import-job';

describe('import jobs', () => {
  let t: TestStrapi;
  let token: string;
  const server = () => t.strapi.server.httpServer;
  const jobs = () => getService(t.strapi, 'jobs');

  const settled = async (id: string, timeoutMs = 120_000): Promise<JobView> => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const res = await request(server()).get(`/api/newsroom/import-jobs/${id}`).set('Authorization', `Bearer ${token}`).expect(200);
      const job = res.body.data as JobView;
      if (!['queued', 'running'].includes(job.state)) return job;
      if (Date.now() > deadline) throw new Error(`job ${id} still ${job.state}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  };

  beforeAll(async () => {
    process.env.NEWSROOM_JOB_POLLING_INTERVAL = '1';
    // How often each node re-sends the pending chunks of active jobs (and pg-boss looks for expired ones).
    process.env.NEWSROOM_JOB_MAINTENANCE_INTERVAL = '2';
    t = await bootStrapi();
    token = await createApiToken(t.strapi, { type: 'custom', permissions: ['plugin::newsroom.import.create'] });
  });
  afterAll(() => t?.stop());

  it('POST answers 202 with the job; GET follows it to a report that adds up', async () => {
    const documents = Array.from({ length: 120 }, (_, i) => article(i, 'door'));
    const res = await request(server())
      .post('/api/newsroom/import-jobs')
      .set('Authorization', `Bearer ${token}`)
      .send({ documents, referenceDate: REFERENCE_DATE })
      .expect(202);
    expect(res.body.data).toMatchObject({ state: 'queued', documents: { total: 120, done: 0 }, chunks: { total: 2, done: 0 }, actor: { type: 'api-token' } });
    const job = await settled(res.body.data.id);
    expect(job).toMatchObject({ state: 'completed', documents: { total: 120, done: 120 }, chunks: { total: 2, done: 2 }, errors: [], error: null });
    expect(job.counts.article.create).toBe(120);
    expect(job.totals).toMatchObject({ files: 120, failed: 0 });
    expect(job.throughput).toBeGreaterThan(0);
    expect(await t.strapi.db.query(UID.article).count({ where: { title: { $startsWith: 'door item' } } })).toBe(120);
  });

  it('a token without the import scope may neither start nor read a job', async () => {
    const readOnly = await createApiToken(t.strapi, { type: 'read-only' });
    await request(server()).post('/api/newsroom/import-jobs').set('Authorization', `Bearer ${readOnly}`).send({ documents: [article(0, 'nope')] }).expect(403);
    const id = await jobs().enqueue({ source: { kind: 'documents', documents: [article(0, 'scope')] }, actor: { type: 'cli', name: 'test' } });
    await request(server()).get(`/api/newsroom/import-jobs/${id}`).set('Authorization', `Bearer ${readOnly}`).expect(403);
    await request(server()).get('/api/newsroom/import-jobs/nosuchjob').set('Authorization', `Bearer ${token}`).expect(404);
  });

  it('refuses bad input with one line naming the problem, and stores nothing', async () => {
    const before = await t.strapi.db.query(JOB_TYPE).count();
    const post = (body: unknown) => request(server()).post('/api/newsroom/import-jobs').set('Authorization', `Bearer ${token}`).send(body as object);
    expect((await post({ dryRun: true }).expect(400)).body.error.message).toMatch('a job has either documents or a url');
    expect((await post({ url: 'ftp://example.com/feed' }).expect(400)).body.error.message).toMatch('url must be an http or https URL');
    const broken = { name: 'wire.zip', data: Buffer.from('not a zip at all').toString('base64') };
    expect((await post({ documents: [broken] }).expect(400)).body.error.message).toBe(
      'wire.zip: zip: not a readable zip archive (End of central directory record signature not found. Either not a zip file, or file is truncated.)'
    );
    expect(await t.strapi.db.query(JOB_TYPE).count()).toBe(before);
  });

  it('opens .zip and .tar.gz archives into their documents', async () => {
    const zip = new JSZip();
    for (const i of [0, 1, 2]) zip.file(`wire/${article(i, 'zipped').name}`, article(i, 'zipped').text);
    zip.file('__MACOSX/._junk', 'resource fork');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-jobs-'));
    for (const i of [0, 1]) fs.writeFileSync(path.join(dir, article(i, 'tarred').name), article(i, 'tarred').text);
    const tarFile = path.join(dir, 'archive.tar.gz');
    await createTar({ gzip: true, file: tarFile, cwd: dir }, [article(0, 'tarred').name, article(1, 'tarred').name]);
    const res = await request(server())
      .post('/api/newsroom/import-jobs')
      .set('Authorization', `Bearer ${token}`)
      .send({
        documents: [
          { name: 'wire.zip', data: (await zip.generateAsync({ type: 'nodebuffer' })).toString('base64') },
          { name: 'archive.tar.gz', data: fs.readFileSync(tarFile).toString('base64') },
        ],
      })
      .expect(202);
    expect(res.body.data.documents.total).toBe(5);
    const job = await settled(res.body.data.id);
    expect(job).toMatchObject({ state: 'completed', totals: { files: 5, failed: 0 } });
    expect(job.counts.article.create).toBe(5);
  });

  it('a feed URL is fetched once and its items imported', async () => {
    const items = [0, 1].map((i) => `<item><title>Feed story ${i}</title><link>https://news.example/feed-${i}</link><description><![CDATA[<p>Mayor Ana Lopez spoke about story ${i}.</p><p>"Story ${i} matters," Lopez said.</p>]]></description></item>`);
    const feed = `<?xml version="1.0"?><rss version="2.0"><channel><title>Example Wire</title>${items.join('')}</channel></rss>`;
    const feedServer = http.createServer((_req, res) => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(feed));
    await new Promise<void>((resolve) => feedServer.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(feedServer.address() as AddressInfo).port}/feed.xml`;
      const res = await request(server()).post('/api/newsroom/import-jobs').set('Authorization', `Bearer ${token}`).send({ url }).expect(202);
      expect(res.body.data).toMatchObject({ label: url, documents: { total: 1 } });
      const job = await settled(res.body.data.id);
      expect(job).toMatchObject({ state: 'completed', totals: { files: 2, failed: 0 } });
      expect(await t.strapi.db.query(UID.article).count({ where: { sourceUrl: { $startsWith: 'https://news.example/feed-' } } })).toBe(2);
    } finally {
      feedServer.close();
    }
  });

  it('the CLI hands files to the queue with --async and shows the job; an unknown id is one line', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-cli-jobs-'));
    for (const i of [0, 1, 2]) fs.writeFileSync(path.join(dir, article(i, 'cli').name), article(i, 'cli').text);
    const queued = runCli(['import', dir, '--async', '--json'], t.env);
    expect({ status: queued.status, stderr: queued.stderr }).toEqual({ status: 0, stderr: '' });
    const { id, actor, documents } = JSON.parse(queued.stdout) as JobView;
    expect({ actor: actor.type, documents }).toEqual({ actor: 'cli', documents: { total: 3, done: 0 } });
    expect(await settled(id)).toMatchObject({ state: 'completed', totals: { files: 3, failed: 0 } });
    const shown = runCli(['jobs', 'show', id], t.env);
    expect(shown.status).toBe(0);
    expect(shown.stdout).toContain(`job ${id}: completed`);
    expect(shown.stdout).toContain('documents 3/3 (100%), chunks 1/1');
    const missing = runCli(['jobs', 'cancel', 'nosuchjob'], t.env);
    expect({ status: missing.status, stderr: missing.stderr.trim() }).toEqual({ status: 1, stderr: 'newsroom: import job nosuchjob not found' });
  });

  it('pause holds a job, resume finishes it, cancel drops what is left; the admin lists them', async () => {
    const spec = (tag: string) => ({
      source: { kind: 'documents' as const, documents: Array.from({ length: 40 }, (_, i) => article(i, tag)) },
      options: { referenceDate: REFERENCE_DATE },
      actor: { type: 'cli' as const, name: 'test' },
      chunkSize: 4,
    });
    const historyTotal = async () => (await getService(t.strapi, 'importer').history({ pageSize: 1 })).meta.pagination.total;
    const runsBefore = await historyTotal();
    const paused = await jobs().enqueue(spec('paused'));
    await jobs().pause(paused);
    const held = (await jobs().get(paused))!;
    await new Promise((resolve) => setTimeout(resolve, 3000));
    const later = (await jobs().get(paused))!;
    expect(later.state).toBe('paused');
    // At most the chunk in flight when it was paused finished afterwards.
    expect(later.chunks.done - held.chunks.done).toBeLessThanOrEqual(1);
    expect(later.chunks.done).toBeLessThan(10);
    await jobs().resume(paused);
    expect(await settled(paused)).toMatchObject({ state: 'completed', documents: { done: 40 }, chunks: { done: 10 } });
    // The job's report is its record: its ten chunks add no run to the import history.
    expect(await historyTotal()).toBe(runsBefore);

    const cancelled = await jobs().enqueue(spec('cancelled'));
    const view = await jobs().cancel(cancelled);
    expect(view.state).toBe('cancelled');
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const after = (await jobs().get(cancelled))!;
    expect(after.state).toBe('cancelled');
    expect(after.chunks.done).toBeLessThanOrEqual(1);
    await expect(jobs().resume(cancelled)).rejects.toThrow(`import job ${cancelled} is cancelled; only a paused job can be resumed`);

    const admin = await createAdmin(t.strapi, { superAdmin: true });
    const list = await request(server()).get('/newsroom/import-jobs?pageSize=100').set('Authorization', `Bearer ${admin}`).expect(200);
    const states = Object.fromEntries((list.body.data as JobView[]).map((job) => [job.id, job.state]));
    expect(states).toMatchObject({ [paused]: 'completed', [cancelled]: 'cancelled' });
    const again = await request(server()).post(`/newsroom/import-jobs/${cancelled}/cancel`).set('Authorization', `Bearer ${admin}`).expect(400);
    expect(again.body.error.message).toBe(`import job ${cancelled} is cancelled; only a queued, running or paused job can be cancelled`);
  });

  it('a job stored without its messages (its node died before sending them) is handed out by the re-send and completes', async () => {
    const documents = Array.from({ length: 6 }, (_, i) => storeDocument(article(i, 'unsent')));
    // What enqueue stores, without the dispatch that follows it.
    const { job } = await insertJob(
      t.strapi,
      { label: 'unsent', actor: 'test', actorType: 'cli', options: { referenceDate: REFERENCE_DATE }, documentsTotal: 6, chunksTotal: 2 },
      [documents.slice(0, 3), documents.slice(3)]
    );
    expect(await settled(job.documentId, 60_000)).toMatchObject({ state: 'completed', documents: { done: 6 }, chunks: { done: 2 }, totals: { failed: 0 } });
    expect(await t.strapi.db.query(UID.article).count({ where: { title: { $startsWith: 'unsent item' } } })).toBe(6);
  });
});
