import { execFileSync } from 'child_process';
import fs from 'fs';
import type { AddressInfo } from 'net';
import request from 'supertest';
import { OPENAPI_FILE, newsroomOpenApi, serialise } from '../../scripts/openapi-document';
import { PUBLIC_TYPES, readSchema } from '../../types/build';
import { restKeys } from '../../types/from-content-type';
import { root } from '../helpers/paths';

/**
 * tests/consumer compiles under its own tsconfig, against the built
 * dist/types: required at run time, so the repo's typecheck needs no build.
 */
interface Consumer {
  newestArticle(origin: string): Promise<{ documentId: string; standfirst: string; quotes: string[]; people: string[] }>;
}
const consumer = (): Consumer => require('../consumer/read-articles') as Consumer;
import { bootStrapi, createApiToken, type TestStrapi } from '../helpers/strapi';
import { UID } from '../helpers/import';


const SOURCE = '<p>The bridge reopened on Monday.</p>';
const SOURCE_TEXT = 'The bridge reopened on Monday.';

describe('generated content API (publicRead on)', () => {
  let app: TestStrapi;
  let articleId: string;

  beforeAll(async () => {
    app = await bootStrapi({ publicRead: true });
    const { strapi } = app;
    const ada = await strapi.documents(UID.person).create({ data: { name: 'Ada Quill', role: 'Mayor', aliases: ['Quill'] } });
    const ben = await strapi.documents(UID.person).create({ data: { name: 'Ben Ortiz', role: 'Fire chief' } });
    const article = await strapi.documents(UID.article).create({
      data: {
        title: 'Bridge reopens after repairs',
        lead: 'The bridge reopened on Monday.',
        publishedDate: '2024-03-04',
        outlet: 'Valley Times',
        source: SOURCE,
        sourceText: SOURCE_TEXT,
        people: [ada.documentId, ben.documentId],
      },
    });
    articleId = article.documentId;
    const quotes = [
      { text: 'We kept our promise.', speaker: ada.documentId, position: 0 },
      { text: 'It is safe.', speaker: ben.documentId, position: 1 },
      { text: 'a long winter', speaker: ada.documentId, position: 2, kind: 'partial' },
    ];
    for (const quote of quotes) {
      await strapi.documents(UID.quote).create({ data: { ...quote, article: articleId } as any });
    }
    await strapi.documents(UID.link).create({ data: { title: 'Bridge closed for repairs', url: null, position: 0, article: articleId } as any });
    await strapi.documents(UID.article).publish({ documentId: articleId });
  });

  afterAll(async () => {
    await app?.stop();
  });

  it('returns an article with quotes and their speakers, people and related links', async () => {
    const res = await request(app.strapi.server.httpServer)
      .get(`/api/newsroom/articles/${articleId}`)
      .query('populate[quotes][populate]=speaker&populate[people]=true&populate[relatedLinks]=true')
      .expect(200);

    const article = res.body.data;
    expect(article.title).toBe('Bridge reopens after repairs');
    expect(article.importKey).toBeUndefined(); // bookkeeping is private
    const quotes = [...article.quotes].sort((a: any, b: any) => a.position - b.position);
    expect(quotes.map((q: any) => [q.text, q.kind, q.speaker?.name])).toEqual([
      ['We kept our promise.', 'full', 'Ada Quill'],
      ['It is safe.', 'full', 'Ben Ortiz'],
      ['a long winter', 'partial', 'Ada Quill'],
    ]);
    expect(article.people.map((p: any) => [p.name, p.role]).sort()).toEqual([
      ['Ada Quill', 'Mayor'],
      ['Ben Ortiz', 'Fire chief'],
    ]);
    expect(article.relatedLinks.map((l: any) => [l.title, l.url])).toEqual([['Bridge closed for repairs', null]]);
  });

  it('sends source and sourceText only when they are asked for', async () => {
    const server = app.strapi.server.httpServer;
    const get = async (path: string) => (await request(server).get(path).expect(200)).body.data;
    const one = (data: any) => (Array.isArray(data) ? data[0] : data);
    for (const path of [`/api/newsroom/articles/${articleId}?populate=people`, '/api/newsroom/articles?populate=people']) {
      const article = one(await get(path));
      expect(article).toMatchObject({ title: 'Bridge reopens after repairs', lead: 'The bridge reopened on Monday.', outlet: 'Valley Times' });
      expect(article).not.toHaveProperty('source');
      expect(article).not.toHaveProperty('sourceText');
      expect(article.people).toHaveLength(2);
      const everything = one(await get(`${path}${path.includes('?') ? '&' : '?'}fields=*`));
      expect([everything.source, everything.sourceText, everything.title]).toEqual([SOURCE, SOURCE_TEXT, 'Bridge reopens after repairs']);
    }
    expect(one(await get('/api/newsroom/articles?fields[0]=title&fields[1]=source'))).toEqual({
      id: expect.any(Number), documentId: articleId, title: 'Bridge reopens after repairs', source: SOURCE,
    });
    const ada = (await get('/api/newsroom/people?filters[name]=Ada%20Quill&populate=articles'))[0];
    expect(ada.articles[0]).toMatchObject({ title: 'Bridge reopens after repairs' });
    expect(ada.articles[0]).not.toHaveProperty('source');
    const asked = (await get('/api/newsroom/quotes?populate[article][fields][0]=sourceText'))[0];
    expect(asked.article).toEqual({ id: expect.any(Number), documentId: articleId, sourceText: SOURCE_TEXT });
  });

  it('lists the other three types under /api/newsroom', async () => {
    const server = app.strapi.server.httpServer;
    const people = await request(server).get('/api/newsroom/people').query('populate=quotes').expect(200);
    expect(people.body.data).toHaveLength(2);
    const ada = people.body.data.find((p: any) => p.name === 'Ada Quill');
    expect(ada.quotes.map((q: any) => q.text).sort()).toEqual(['We kept our promise.', 'a long winter']);
    await request(server).get('/api/newsroom/quotes').expect(200);
    await request(server).get('/api/newsroom/related-links').expect(200);
  });

  it('refuses anonymous writes', async () => {
    const server = app.strapi.server.httpServer;
    const res = await request(server).post('/api/newsroom/articles').send({ data: { title: 'Nope' } });
    expect([401, 403]).toContain(res.status);
    const del = await request(server).delete(`/api/newsroom/articles/${articleId}`);
    expect([401, 403]).toContain(del.status);
  });

  it('accepts writes with a full-access API token', async () => {
    const token = await createApiToken(app.strapi, { type: 'full-access' });
    const res = await request(app.strapi.server.httpServer)
      .post('/api/newsroom/people')
      .set('Authorization', `Bearer ${token}`)
      .send({ data: { name: 'Cy Token' } })
      .expect(201);
    expect(res.body.data.name).toBe('Cy Token');
  });

  it('serves the same article through GraphQL', async () => {
    const token = await createApiToken(app.strapi, { type: 'read-only' });
    const res = await request(app.strapi.server.httpServer)
      .post('/graphql')
      .set('Authorization', `Bearer ${token}`)
      .send({
        query: `query { newsroomArticles { documentId title source quotes(sort: "position") { text kind speaker { name } } people(sort: "name") { name role } relatedLinks { title url } } }`,
      })
      .expect(200);
    expect(res.body.errors).toBeUndefined();
    const [article] = res.body.data.newsroomArticles;
    expect(article.documentId).toBe(articleId);
    expect(article.source).toBe(SOURCE); // GraphQL sends what the query selects
    expect(article.quotes).toEqual([
      { text: 'We kept our promise.', kind: 'full', speaker: { name: 'Ada Quill' } },
      { text: 'It is safe.', kind: 'full', speaker: { name: 'Ben Ortiz' } },
      { text: 'a long winter', kind: 'partial', speaker: { name: 'Ada Quill' } },
    ]);
    expect(article.people).toEqual([
      { name: 'Ada Quill', role: 'Mayor' },
      { name: 'Ben Ortiz', role: 'Fire chief' },
    ]);
    expect(article.relatedLinks).toEqual([{ title: 'Bridge closed for repairs', url: null }]);
  });

  it('is described by docs/openapi.json as @strapi/openapi generates it today (else: npm run openapi)', () => {
    const generated = serialise(newsroomOpenApi(app.strapi));
    const committed = fs.readFileSync(OPENAPI_FILE, 'utf8');
    expect(JSON.parse(committed)).toEqual(JSON.parse(generated)); // a readable diff of what changed
    expect(committed === generated).toBe(true); // and the same order and layout
  });

  it('returns, for each of the four types, exactly the keys strapi-plugin-newsroom/types names', async () => {
    const server = app.strapi.server.httpServer;
    for (const type of PUBLIC_TYPES) {
      const res = await request(server).get(`/api/${type.rest}`).query('populate=*').expect(200);
      expect([type.name, Object.keys(res.body.data[0]).sort()]).toEqual([type.name, restKeys(readSchema(type.folder)).sort()]);
    }
  });

  it('answers the README\'s @strapi/client example, compiled against the built types (tests/consumer)', async () => {
    // Fails on a type error: the consumer is strict and resolves strapi-plugin-newsroom/types through `exports`.
    execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tests/consumer/tsconfig.json'], { cwd: root, stdio: 'pipe' });
    const server = app.strapi.server.httpServer;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      expect(await consumer().newestArticle(`http://127.0.0.1:${port}`)).toEqual({
        documentId: articleId,
        standfirst: 'The bridge reopened on Monday.',
        quotes: ['Ada Quill: We kept our promise.', 'Ben Ortiz: It is safe.', 'Ada Quill: a long winter'],
        people: ['Ada Quill', 'Ben Ortiz'],
      });
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('serves the playground favicon that every admin page asks for', async () => {
    const res = await request(app.strapi.server.httpServer).get('/favicon.ico');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^image\//);
  });
});
