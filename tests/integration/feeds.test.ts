/**
 * Feed subscriptions against a local feed server (node:http): a first run
 * imports every item; after the feed changes (one item changed, one new)
 * only those two reach the importer; a 304 imports nothing; a 500 backs off.
 * The schedule is checked first, with a feed of its own: on PostgreSQL a
 * pg-boss schedule whose tick one node takes, on SQLite Strapi's cron; then
 * it is stopped and the runs are driven through the service.
 */
import http from 'http';
import type { AddressInfo } from 'net';
import request from 'supertest';
import { generate } from '@strapi/openapi';
import { getService } from '../../server/src/get-service';
import { FEED_TASK } from '../../server/src/feeds/schedule';
import { feedRouteSchemas } from '../../server/src/routes/validation/feeds';
import { bootStrapi, createAdmin, type TestStrapi } from '../helpers/strapi';
import { UID } from '../helpers/import';

interface Item {
  slug: string;
  title: string;
  body: string;
}

const item = ({ slug, title, body }: Item) => `<item>
  <title>${title}</title>
  <link>https://valleytimes.example/news/${slug}</link>
  <pubDate>Tue, 05 Mar 2024 09:30:00 +0100</pubDate>
  <description>${body.replace(/</g, '&lt;').replace(/>/g, '&gt;')}</description>
</item>`;

const rss = (items: Item[]) => `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Valley Times</title><link>https://valleytimes.example/</link>
${items.map(item).join('\n')}
</channel></rss>`;

const HARBOUR: Item = {
  slug: 'harbour-plan',
  title: 'Council approves harbour plan',
  body: '<p>The town council approved the harbour plan on Monday.</p><p>"The harbour will open in May," Mayor Lena Ortiz said.</p>',
};
const GARDEN: Item = {
  slug: 'school-garden',
  title: 'School garden wins award',
  body: '<p>The school garden on Elm Road won the regional green award.</p><p>"The children did all the work," head teacher Joan Miles said.</p>',
};
const GARDEN_CHANGED: Item = { ...GARDEN, body: GARDEN.body.replace('regional green award', 'national green award') };
const MARKET: Item = {
  slug: 'night-market',
  title: 'Night market returns to the square',
  body: '<p>The night market returns to the square on Friday.</p><p>"We expect ten thousand visitors," organiser Priya Nair said.</p>',
};

/**
 * The feed server: a body and its ETag, or a forced status; records each
 * request's conditional headers. `?tick` is the schedule's own feed: always
 * 304, counted apart.
 */
const feedServer = () => {
  const state = { body: rss([HARBOUR, GARDEN]), etag: '"v1"', forceStatus: 0, ticks: 0 };
  const requests: Array<{ ifNoneMatch: string | null }> = [];
  const server = http.createServer((req, res) => {
    if (req.url?.endsWith('?tick')) {
      state.ticks += 1;
      res.writeHead(304).end();
      return;
    }
    const ifNoneMatch = (req.headers['if-none-match'] as string | undefined) ?? null;
    requests.push({ ifNoneMatch });
    if (state.forceStatus) {
      res.writeHead(state.forceStatus).end('feed server broken');
    } else if (ifNoneMatch === state.etag) {
      res.writeHead(304, { etag: state.etag }).end();
    } else {
      res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag: state.etag }).end(state.body);
    }
  });
  return { server, state, requests };
};

describe('feed subscriptions', () => {
  let app: TestStrapi;
  const feed = feedServer();
  let url: string;

  beforeAll(async () => {
    await new Promise<void>((resolve) => feed.server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(feed.server.address() as AddressInfo).port}/feed.xml`;
    app = await bootStrapi();
  });
  afterAll(async () => {
    await app?.stop();
    await new Promise((resolve) => feed.server.close(resolve));
  });

  const feeds = () => getService(app.strapi, 'feeds');
  const articleRows = () => app.strapi.db.query(UID.article).findMany({ select: ['id', 'sourceUrl', 'updatedAt', 'lead'] }) as Promise<Array<{ sourceUrl: string; updatedAt: string; lead: string }>>;

  it('a tick of the schedule runs what is due: pg-boss\'s scheduler on PostgreSQL, Strapi\'s cron on SQLite', async () => {
    const cronTasks = () => app.strapi.cron.jobs as Array<{ name: string | null; job: { trigger(): Promise<void> } }>;
    const tick = await feeds().create({ url: `${url}?tick`, interval: 60 });
    if (app.strapi.db.dialect.client === 'postgres') {
      const { rows } = await app.strapi.db.connection.raw('SELECT name, cron FROM newsroom_jobs.schedule');
      expect(rows).toEqual([{ name: FEED_TASK, cron: '* * * * *' }]);
      expect(cronTasks().map((task) => task.name)).not.toContain(FEED_TASK);
      // No hand here: pg-boss looks at its schedules every 30 s and sends the minute's tick to one node.
    } else {
      const task = cronTasks().find((candidate) => candidate.name === FEED_TASK);
      expect(task).toBeDefined();
      await task!.job.trigger();
    }
    const deadline = Date.now() + 100_000;
    while ((await feeds().get(tick.documentId)).lastStatus === null && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await feeds().get(tick.documentId)).toMatchObject({ lastStatus: 'not-modified' });
    expect(feed.state.ticks).toBe(1);
    await feeds().remove(tick.documentId);
    // The runs below are driven by hand; a tick must not run them in between.
    await getService(app.strapi, 'jobs').stop();
    expect(cronTasks().map((task) => task.name)).not.toContain(FEED_TASK);
  }, 120_000);

  it('imports new and changed items only, imports nothing on a 304, and backs off on a 500', async () => {
    const created = await feeds().create({ url, interval: 10, enabled: false });

    const first = await feeds().runNow(created.documentId);
    expect(first.run).toMatchObject({ status: 'ok', httpStatus: 200, items: 2, imported: 2, created: 2, failed: 0 });
    expect(first.subscription).toMatchObject({ etag: '"v1"', lastStatus: 'ok', consecutiveFailures: 0, seenItems: 2 });
    const before = await articleRows();
    expect(before).toHaveLength(2);
    const harbourStamp = before.find((a) => a.sourceUrl.endsWith('harbour-plan'))!.updatedAt;

    // One item changed, one new, one as it was.
    Object.assign(feed.state, { body: rss([MARKET, HARBOUR, GARDEN_CHANGED]), etag: '"v2"' });
    const second = await feeds().runNow(created.documentId);
    expect(feed.requests.at(-1)).toEqual({ ifNoneMatch: '"v1"' });
    expect(second.run).toMatchObject({ status: 'ok', items: 3, imported: 2, created: 1, updated: 1, failed: 0 });
    const importRun = await app.strapi.db.query(UID.run).findOne({ where: { documentId: second.run.importRunId } });
    // The importer saw the new and the changed item, under the feed's own item names, and not the unchanged one.
    expect((importRun.files as Array<{ name: string }>).map((f) => f.name).sort()).toEqual([`${url}#1`, `${url}#3`]);
    const after = await articleRows();
    expect(after).toHaveLength(3);
    expect(after.find((a) => a.sourceUrl.endsWith('harbour-plan'))!.updatedAt).toEqual(harbourStamp);
    expect(after.find((a) => a.sourceUrl.endsWith('school-garden'))!.lead).toContain('national green award');

    const runsBefore304 = await app.strapi.db.query(UID.run).count();
    const third = await feeds().runNow(created.documentId);
    expect(feed.requests.at(-1)).toEqual({ ifNoneMatch: '"v2"' });
    expect(third.run).toMatchObject({ status: 'not-modified', httpStatus: 304, imported: 0 });
    expect(await app.strapi.db.query(UID.run).count()).toBe(runsBefore304);

    feed.state.forceStatus = 500;
    const fourth = await feeds().runNow(created.documentId);
    expect(fourth.run).toMatchObject({ status: 'failed', httpStatus: 500, imported: 0 });
    expect(fourth.subscription.lastError).toBe(`feed ${url}: HTTP 500 Internal Server Error`);
    expect(fourth.subscription.consecutiveFailures).toBe(1);
    const wait = (s: { lastRunAt: string | null; nextRunAt: string | null }) => (Date.parse(s.nextRunAt!) - Date.parse(s.lastRunAt!)) / 60_000;
    // interval × 2^failures: 20 minutes after one failure, 40 after two.
    expect(Math.round(wait(fourth.subscription))).toBe(20);
    expect(fourth.subscription.delayMinutes).toBe(20);
    const fifth = await feeds().runNow(created.documentId);
    expect(fifth.subscription.consecutiveFailures).toBe(2);
    expect(Math.round(wait(fifth.subscription))).toBe(40);
    // A failure keeps what the last good run knew: the validators and the seen items.
    expect(fifth.subscription).toMatchObject({ etag: '"v2"', seenItems: 3 });
    expect(fifth.subscription.runs.map((r) => r.status)).toEqual(['failed', 'failed', 'not-modified', 'ok', 'ok']);

    feed.state.forceStatus = 0;
    const recovered = await feeds().runNow(created.documentId);
    expect(recovered.run.status).toBe('not-modified');
    expect(recovered.subscription.consecutiveFailures).toBe(0);
    expect(await articleRows()).toHaveLength(3);
  });

  it('runs a due subscription once when two ticks race for it', async () => {
    const other = `${url}?second`;
    const due = await feeds().create({ url: other, interval: 5 });
    const runs = (await Promise.all([feeds().runDue(), feeds().runDue()])).flat();
    expect(runs).toHaveLength(1);
    const after = await feeds().get(due.documentId);
    expect(after.lastStatus).toBe('ok');
    // The same stories as the first feed's: one Article each still.
    expect(await articleRows()).toHaveLength(3);
    expect(Date.parse(after.nextRunAt!)).toBeGreaterThan(Date.now() + 4 * 60_000);
    // Not due any more: the next tick runs nothing.
    expect(await feeds().runDue()).toEqual([]);
  });

  it('serves the admin routes under the import permission, and refuses a URL that is not http(s)', async () => {
    const token = await createAdmin(app.strapi, { permissions: [{ action: 'plugin::newsroom.import' }] });
    const admin = (req: request.Test) => req.set('Authorization', `Bearer ${token}`);
    const server = app.strapi.server.httpServer;
    const list = await admin(request(server).get('/newsroom/feeds'));
    expect(list.status).toBe(200);
    expect(list.body.data.map((s: { url: string }) => s.url)).toEqual([url, `${url}?second`]);
    const bad = await admin(request(server).post('/newsroom/feeds').send({ url: 'file:///etc/passwd' }));
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/url must be an http or https URL/);
    expect(() => feedRouteSchemas.list.response.parse(list.body)).not.toThrow();
    const runs = await admin(request(server).get(`/newsroom/feeds/${list.body.data[0].documentId}/runs`));
    expect(runs.body.data).toHaveLength(6);
    expect(() => feedRouteSchemas.runs.response.parse(runs.body)).not.toThrow();
    const ran = await admin(request(server).post(`/newsroom/feeds/${list.body.data[1].documentId}/run`)).expect(200);
    expect(() => feedRouteSchemas.run.response.parse(ran.body)).not.toThrow();
    const paths = Object.keys(generate(app.strapi, { type: 'admin' }).document.paths ?? {});
    expect(paths).toEqual(expect.arrayContaining([expect.stringMatching(/newsroom\/feeds$/), expect.stringMatching(/newsroom\/feeds\/\{documentId\}\/run$/)]));
    const noRole = await createAdmin(app.strapi, { permissions: [] });
    expect((await request(server).get('/newsroom/feeds').set('Authorization', `Bearer ${noRole}`)).status).toBe(403);
  });
});
