/**
 * Oversized requests get a clear 4xx, never a silent clamp or a slow answer:
 *  - REST pages and populate depth on the four types (newsroom config
 *    maxPageSize, maxPopulateDepth; defaults 100 and 5);
 *  - GraphQL page size on newsroom fields (same maxPageSize) and query depth
 *    (the host's graphql depthLimit: 10 in the playground);
 *  - import bodies (strapi::body jsonLimit 12mb in the playground, newsroom
 *    maxDocumentsPerRequest 50 and maxSourceBytes 5 MiB).
 */
import request from 'supertest';
import { bootStrapi, createApiToken, type TestStrapi } from '../helpers/strapi';

const TYPES = ['articles', 'people', 'quotes', 'related-links'];

describe('limits', () => {
  let app: TestStrapi;
  let reader: string;
  let importer: string;

  beforeAll(async () => {
    app = await bootStrapi({ publicRead: true });
    reader = await createApiToken(app.strapi, { type: 'read-only' });
    importer = await createApiToken(app.strapi, { type: 'custom', permissions: ['plugin::newsroom.import.create'] });
  });
  afterAll(async () => {
    await app?.stop();
  });

  const get = (path: string) => request(app.strapi.server.httpServer).get(path).set('Authorization', `Bearer ${reader}`);
  const gql = (query: string, variables?: Record<string, unknown>) =>
    request(app.strapi.server.httpServer).post('/graphql').set('Authorization', `Bearer ${reader}`).send({ query, variables });

  const expectValidationError = (res: request.Response, mentions: RegExp) => {
    expect(res.status).toBe(400);
    expect(res.body.data).toBeNull();
    expect(res.body.error).toMatchObject({ status: 400, name: 'ValidationError' });
    expect(res.body.error.message).toMatch(mentions);
  };

  describe('REST', () => {
    it.each(TYPES)('refuses a page above maxPageSize on /api/newsroom/%s, and serves one at the cap', async (type) => {
      expectValidationError(await get(`/api/newsroom/${type}?pagination[pageSize]=101`), /pageSize must be at most 100 \(newsroom maxPageSize\)/);
      expectValidationError(await get(`/api/newsroom/${type}?pagination[pageSize]=10000&pagination[page]=2`), /at most 100/);
      expectValidationError(await get(`/api/newsroom/${type}?pagination[limit]=1000`), /limit must be at most 100/);
      // -1 is Strapi's "no limit".
      expectValidationError(await get(`/api/newsroom/${type}?pagination[limit]=-1`), /limit must be at most 100/);
      const atCap = await get(`/api/newsroom/${type}?pagination[pageSize]=100`).expect(200);
      expect(atCap.body.meta.pagination.pageSize).toBe(100);
      await get(`/api/newsroom/${type}?pagination[start]=0&pagination[limit]=100`).expect(200);
    });

    it('refuses a populate deeper than maxPopulateDepth, in either notation', async () => {
      const deepObject =
        'populate[quotes][populate][speaker][populate][quotes][populate][article][populate][people][populate][quotes]=true';
      expectValidationError(await get(`/api/newsroom/articles?${deepObject}`), /populate is 6 levels deep; at most 5 \(newsroom maxPopulateDepth\)/);
      expectValidationError(await get('/api/newsroom/people?populate=quotes.article.people.quotes.article.relatedLinks'), /6 levels deep/);
      expectValidationError(await get('/api/newsroom/people/anything?populate[0]=quotes.article.people.quotes.article.relatedLinks'), /6 levels deep/);
      await get('/api/newsroom/articles?populate[quotes][populate][speaker][populate][quotes][populate][article]=true').expect(200);
      await get('/api/newsroom/articles?populate=*').expect(200);
    });
  });

  describe('GraphQL', () => {
    const expectBadInput = (res: request.Response, mentions: RegExp) => {
      expect(res.status).toBe(400);
      expect(res.body.data ?? null).toBeNull();
      expect(res.body.errors).toHaveLength(1);
      expect(res.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(res.body.errors[0].message).toMatch(mentions);
    };

    it('refuses a page above maxPageSize on newsroom fields, literal or variable, root or nested', async () => {
      expectBadInput(await gql('{ newsroomArticles(pagination: { pageSize: 10000 }) { title } }'), /newsroomArticles\(pagination\)\.pageSize must be at most 100/);
      expectBadInput(await gql('{ newsroomPeople(pagination: { limit: 500 }) { name } }'), /limit must be at most 100/);
      expectBadInput(await gql('{ newsroomQuotes_connection(pagination: { limit: -1 }) { nodes { text } } }'), /limit must be at most 100/);
      expectBadInput(
        await gql('query Q($p: PaginationArg) { newsroomQuotes(pagination: $p) { text } }', { p: { pageSize: 10000 } }),
        /pageSize must be at most 100/
      );
      expectBadInput(
        await gql('query Q($size: Int) { newsroomRelatedLinks(pagination: { pageSize: $size }) { title } }', { size: 101 }),
        /pageSize must be at most 100/
      );
      expectBadInput(await gql('{ newsroomArticles { title quotes(pagination: { limit: 1000 }) { text } } }'), /quotes\(pagination\)\.limit must be at most 100/);
      expectBadInput(
        await gql('query { ...Q } fragment Q on Query { newsroomArticles { people(pagination: { pageSize: 5000 }) { name } } }'),
        /people\(pagination\)\.pageSize must be at most 100/
      );

      const atCap = await gql('{ newsroomArticles(pagination: { pageSize: 100 }) { title quotes(pagination: { limit: 100 }) { text } } }');
      expect(atCap.status).toBe(200);
      expect(atCap.body.errors).toBeUndefined();
    });

    it('refuses a query deeper than the depthLimit the host configured (10 in the playground)', async () => {
      // graphql-depth-limit counts from the root field (depth 0): title sits at depth 11 here.
      const deep =
        '{ newsroomArticles { quotes { speaker { quotes { article { people { quotes { article { relatedLinks { article { people { name } } } } } } } } } } } }';
      const res = await gql(deep);
      expect(res.status).toBe(400);
      expect(res.body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(res.body.errors[0].message).toMatch(/exceeds maximum operation depth of 10/);
      const fine = await gql('{ newsroomArticles { quotes { speaker { quotes { article { title } } } } } }');
      expect(fine.status).toBe(200);
      expect(fine.body.errors).toBeUndefined();
    });
  });

  describe('import bodies', () => {
    const post = (body: unknown) =>
      request(app.strapi.server.httpServer).post('/api/newsroom/imports').set('Authorization', `Bearer ${importer}`).send(body as object);
    const doc = (name: string, text: string) => ({ name, text });

    it('answers 413 to a body over the JSON limit', async () => {
      // 13 MiB of JSON against the playground's 12mb jsonLimit.
      const res = await post({ documents: [doc('huge.txt', 'x'.repeat(13 * 1024 * 1024))], dryRun: true });
      expect(res.status).toBe(413);
      expect(res.body.error).toMatchObject({ status: 413, name: 'PayloadTooLargeError' });
    });

    it('answers 400 to more documents than maxDocumentsPerRequest', async () => {
      const documents = Array.from({ length: 51 }, (_, i) => doc(`d${i}.txt`, 'Title\n\nBody.'));
      const res = await post({ documents, dryRun: true });
      expectValidationError(res, /documents.*(50|less than or equal)/i);
      await post({ documents: documents.slice(0, 50), dryRun: true }).expect(200);
    });

    it('answers 400 to a document over maxSourceBytes, naming it', async () => {
      const max = 5 * 1024 * 1024;
      // Multi-byte characters: the cap is on UTF-8 bytes, not characters.
      const text = 'Title\n\n' + 'é'.repeat(max / 2);
      const res = await post({ documents: [doc('small.txt', 'Title\n\nBody.'), doc('big.txt', text)], dryRun: true });
      expect(res.status).toBe(400);
      expect(res.body.error.name).toBe('ValidationError');
      expect(res.body.error.message).toBe('text is larger than 5242880 bytes');
      expect(res.body.error.details.errors.map((e: { path: string[] }) => e.path)).toEqual([['documents', '1', 'text']]);
      // The rejected text is not echoed back in full: the answer stays small.
      expect(JSON.stringify(res.body).length).toBeLessThan(2000);
    });
  });
});
