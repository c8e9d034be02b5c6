/**
 * Unpublished work never leaks through the content API (REST and GraphQL).
 *
 * The newsroom holds:
 *  - a published article (PUBLISHED_TITLE) that an editor has since changed in
 *    its draft (DRAFT_TITLE, not yet published), naming Ada; Ada and Sam (a
 *    speaker who is not in its people list) are quoted; it has a related link;
 *  - an embargoed article, draft only (EMBARGO…), naming Ada and Zed; Zed
 *    appears nowhere else; both are quoted; it has a related link.
 *
 * Callers who may not write articles (Public with publicRead, a read-only
 * token, a custom token with only find/findOne, an Authenticated user allowed
 * to find) must never see a SECRET string, whatever they ask for; callers who
 * may write articles still see drafts when they ask for them.
 */
import request from 'supertest';
import { bootStrapi, createAdmin, createApiToken, grantRole, registerUser, type TestStrapi } from '../helpers/strapi';
import { UID } from '../helpers/import';

const TYPES = ['article', 'person', 'quote', 'related-link'];
const READS = TYPES.flatMap((type) => [`plugin::newsroom.${type}.find`, `plugin::newsroom.${type}.findOne`]);

const PUBLISHED_TITLE = 'Harbour reopens to ferries';
const DRAFT_TITLE = 'DRAFTONLY harbour reopens, corrected';
const SECRETS = ['EMBARGO', 'DRAFTONLY', 'Zed Hidden'];

type Actor = { name: string; auth: () => Record<string, string> };

describe('unpublished work stays unpublished (publicRead on)', () => {
  let app: TestStrapi;
  const ids: Record<string, string> = {};
  let restricted: Actor[] = [];
  let writers: Actor[] = [];

  const server = () => app.strapi.server.httpServer;
  const get = (actor: Actor, path: string) => request(server()).get(path).set(actor.auth());
  const gql = (actor: Actor, query: string, variables?: Record<string, unknown>) =>
    request(server()).post('/graphql').set(actor.auth()).send({ query, variables });

  const expectNoSecret = (body: unknown, where: string) => {
    const text = JSON.stringify(body);
    for (const secret of SECRETS) {
      if (text.includes(secret)) throw new Error(`${where} leaked "${secret}": ${text.slice(0, 600)}`);
    }
  };

  beforeAll(async () => {
    app = await bootStrapi({ publicRead: true });
    const docs = (uid: string) => app.strapi.documents(uid as any);
    const ada = await docs(UID.person).create({ data: { name: 'Ada Visible' } });
    const sam = await docs(UID.person).create({ data: { name: 'Sam Speaker' } });
    const zed = await docs(UID.person).create({ data: { name: 'Zed Hidden' } });
    Object.assign(ids, { ada: ada.documentId, sam: sam.documentId, zed: zed.documentId });

    const published = await docs(UID.article).create({ data: { title: PUBLISHED_TITLE, lead: 'Ferries are back.', people: [ada.documentId] } as any });
    ids.published = published.documentId;
    const q1 = await docs(UID.quote).create({ data: { text: 'The ferries run again.', speaker: ada.documentId, article: ids.published, position: 0 } as any });
    const q2 = await docs(UID.quote).create({ data: { text: 'Tickets are on sale.', speaker: sam.documentId, article: ids.published, position: 1 } as any });
    const l1 = await docs(UID.link).create({ data: { title: 'Harbour closed for winter', article: ids.published, position: 0 } as any });
    Object.assign(ids, { q1: q1.documentId, q2: q2.documentId, l1: l1.documentId });
    await docs(UID.article).publish({ documentId: ids.published });
    // Newer, unpublished changes to the published article.
    await docs(UID.article).update({ documentId: ids.published, data: { title: DRAFT_TITLE, lead: 'DRAFTONLY lead' } as any });

    const embargoed = await docs(UID.article).create({
      data: { title: 'EMBARGO budget cuts', lead: 'EMBARGO until Monday', people: [ada.documentId, zed.documentId] } as any,
    });
    ids.embargoed = embargoed.documentId;
    const qa = await docs(UID.quote).create({ data: { text: 'EMBARGO Ada on cuts', speaker: ada.documentId, article: ids.embargoed, position: 0 } as any });
    const qz = await docs(UID.quote).create({ data: { text: 'EMBARGO Zed on cuts', speaker: zed.documentId, article: ids.embargoed, position: 1 } as any });
    const le = await docs(UID.link).create({ data: { title: 'EMBARGO earlier budget', article: ids.embargoed, position: 0 } as any });
    Object.assign(ids, { qa: qa.documentId, qz: qz.documentId, le: le.documentId });

    const bearer = (token: string) => () => ({ Authorization: `Bearer ${token}` });
    await grantRole(app.strapi, 'authenticated', READS);
    restricted = [
      { name: 'public', auth: () => ({}) },
      { name: 'read-only token', auth: bearer(await createApiToken(app.strapi, { type: 'read-only' })) },
      { name: 'custom token (find only)', auth: bearer(await createApiToken(app.strapi, { type: 'custom', permissions: READS })) },
      {
        name: 'custom token (quote writes, no article writes)',
        auth: bearer(await createApiToken(app.strapi, { type: 'custom', permissions: [...READS, 'plugin::newsroom.quote.create', 'plugin::newsroom.quote.update'] })),
      },
      { name: 'authenticated user (find only)', auth: bearer(await registerUser(app.strapi)) },
    ];
    writers = [
      { name: 'full-access token', auth: bearer(await createApiToken(app.strapi, { type: 'full-access' })) },
      {
        name: 'custom token (article update)',
        auth: bearer(await createApiToken(app.strapi, { type: 'custom', permissions: [...READS, 'plugin::newsroom.article.update'] })),
      },
    ];
  });

  afterAll(async () => {
    await app?.stop();
  });

  describe.each(['public', 'read-only token', 'custom token (find only)', 'custom token (quote writes, no article writes)', 'authenticated user (find only)'])(
    'REST, as %s',
    (actorName) => {
      const actor = () => restricted.find((a) => a.name === actorName)!;

      it('lists and finds only the published article, in its published form, whatever status is asked', async () => {
        for (const query of ['', '?status=draft', '?status=published', '?status=anything']) {
          const res = await get(actor(), `/api/newsroom/articles${query}`).expect(200);
          expectNoSecret(res.body, `articles${query}`);
          expect(res.body.data.map((a: any) => a.title)).toEqual([PUBLISHED_TITLE]);
          expect(res.body.meta.pagination.total).toBe(1);
        }
        for (const query of ['', '?status=draft']) {
          const one = await get(actor(), `/api/newsroom/articles/${ids.published}${query}`).expect(200);
          expect(one.body.data.title).toBe(PUBLISHED_TITLE);
          expect(one.body.data.lead).toBe('Ferries are back.');
          await get(actor(), `/api/newsroom/articles/${ids.embargoed}${query}`).expect(404);
        }
      });

      it('hides the quotes, links and people that only the embargoed article has', async () => {
        const quotes = await get(actor(), '/api/newsroom/quotes?status=draft').expect(200);
        expectNoSecret(quotes.body, 'quotes');
        expect(quotes.body.data.map((q: any) => q.text).sort()).toEqual(['The ferries run again.', 'Tickets are on sale.']);
        expect(quotes.body.meta.pagination.total).toBe(2);

        const links = await get(actor(), '/api/newsroom/related-links').expect(200);
        expectNoSecret(links.body, 'related-links');
        expect(links.body.data.map((l: any) => l.title)).toEqual(['Harbour closed for winter']);

        const people = await get(actor(), '/api/newsroom/people').expect(200);
        expectNoSecret(people.body, 'people');
        // Sam is only a speaker in the published article: visible too.
        expect(people.body.data.map((p: any) => p.name).sort()).toEqual(['Ada Visible', 'Sam Speaker']);
        expect(people.body.meta.pagination.total).toBe(2);

        for (const [type, id] of [['quotes', ids.qa], ['quotes', ids.qz], ['related-links', ids.le], ['people', ids.zed]]) {
          await get(actor(), `/api/newsroom/${type}/${id}`).expect(404);
          await get(actor(), `/api/newsroom/${type}/${id}?status=draft`).expect(404);
        }
      });

      it('leaks nothing through populate, from any side', async () => {
        const paths = [
          '/api/newsroom/articles?populate=*&status=draft',
          '/api/newsroom/articles?populate[people][populate][quotes][populate]=article&populate[quotes][populate][speaker][populate]=articles',
          '/api/newsroom/people?populate[quotes][populate]=article&populate[articles][populate]=relatedLinks&status=draft',
          `/api/newsroom/people/${ids.ada}?populate[quotes][populate][article][populate][quotes]=true`,
          '/api/newsroom/quotes?populate[article][populate][people][populate]=quotes&populate[speaker][populate]=*',
          '/api/newsroom/related-links?populate[article][populate]=*&status=draft',
          `/api/newsroom/articles/${ids.published}?populate[people][populate][articles]=true&populate[quotes][count]=true`,
        ];
        for (const path of paths) {
          const res = await get(actor(), path).expect(200);
          expectNoSecret(res.body, path);
        }
        const ada = await get(actor(), `/api/newsroom/people/${ids.ada}?populate[quotes][populate]=article&populate[articles]=true`).expect(200);
        expect(ada.body.data.quotes.map((q: any) => [q.text, q.article?.title])).toEqual([['The ferries run again.', PUBLISHED_TITLE]]);
        expect(ada.body.data.articles.map((a: any) => a.title)).toEqual([PUBLISHED_TITLE]);
        const quote = await get(actor(), `/api/newsroom/quotes/${ids.q1}?populate=article&status=draft`).expect(200);
        expect(quote.body.data.article.title).toBe(PUBLISHED_TITLE);
      });

      it('answers no filter on a draft field or an embargoed record', async () => {
        const paths = [
          '/api/newsroom/articles?filters[title][$contains]=DRAFTONLY&status=draft',
          '/api/newsroom/articles?filters[people][name][$eq]=Zed Hidden',
          '/api/newsroom/articles?filters[people][quotes][text][$contains]=EMBARGO',
          '/api/newsroom/articles?filters[quotes][text][$contains]=EMBARGO',
          '/api/newsroom/quotes?filters[article][title][$contains]=DRAFTONLY',
          '/api/newsroom/quotes?filters[article][lead][$contains]=EMBARGO',
          '/api/newsroom/people?filters[articles][title][$contains]=EMBARGO',
          '/api/newsroom/people?filters[quotes][article][title][$contains]=DRAFTONLY',
          '/api/newsroom/related-links?filters[article][title][$contains]=EMBARGO',
        ];
        for (const path of paths) {
          const res = await get(actor(), path).expect(200);
          if (res.body.data.length !== 0) throw new Error(`${path} matched ${JSON.stringify(res.body.data)}`);
        }
        // The same filters do match what is published.
        const match = await get(actor(), `/api/newsroom/quotes?filters[article][title][$eq]=${encodeURIComponent(PUBLISHED_TITLE)}`).expect(200);
        expect(match.body.data).toHaveLength(2);
      });
    }
  );

  describe.each(['public', 'read-only token', 'custom token (find only)', 'authenticated user (find only)'])('GraphQL, as %s', (actorName) => {
    const actor = () => restricted.find((a) => a.name === actorName)!;

    it('serves published articles only, whatever status the root query asks for', async () => {
      const res = await gql(
        actor(),
        `query { drafts: newsroomArticles(status: DRAFT) { documentId title lead } all: newsroomArticles { title }
          count: newsroomArticles_connection(status: DRAFT) { pageInfo { total } }
          one: newsroomArticle(documentId: "${ids.embargoed}", status: DRAFT) { title }
          changed: newsroomArticle(documentId: "${ids.published}", status: DRAFT) { title } }`
      ).expect(200);
      expect(res.body.errors).toBeUndefined();
      expectNoSecret(res.body, 'graphql articles');
      expect(res.body.data.drafts.map((a: any) => a.title)).toEqual([PUBLISHED_TITLE]);
      expect(res.body.data.all.map((a: any) => a.title)).toEqual([PUBLISHED_TITLE]);
      expect(res.body.data.count.pageInfo.total).toBe(1);
      expect(res.body.data.one).toBeNull();
      expect(res.body.data.changed.title).toBe(PUBLISHED_TITLE);
    });

    it('leaks nothing through nested relations, from any side', async () => {
      const res = await gql(
        actor(),
        `query {
          newsroomArticles(status: DRAFT) { title quotes { text speaker { name quotes { text article { title } } articles { title } } }
            people { name articles { title } quotes { text } } relatedLinks { title article { title } } }
          newsroomPeople(status: DRAFT) { name quotes { text article { title lead } } articles { title people { name } } }
          newsroomQuotes(status: DRAFT) { text article { title people { name } } speaker { name quotes { text } } }
          newsroomRelatedLinks { title article { title relatedLinks { title } } }
          quotes: newsroomQuotes_connection { pageInfo { total } }
        }`
      ).expect(200);
      expect(res.body.errors).toBeUndefined();
      expectNoSecret(res.body, 'graphql nested');
      const ada = res.body.data.newsroomPeople.find((p: any) => p.name === 'Ada Visible');
      expect(ada.quotes).toEqual([{ text: 'The ferries run again.', article: { title: PUBLISHED_TITLE, lead: 'Ferries are back.' } }]);
      expect(res.body.data.newsroomPeople.map((p: any) => p.name).sort()).toEqual(['Ada Visible', 'Sam Speaker']);
      // A quote's article is served in its published form, even under status: DRAFT.
      expect(new Set(res.body.data.newsroomQuotes.map((q: any) => q.article?.title))).toEqual(new Set([PUBLISHED_TITLE]));
      expect(res.body.data.quotes.pageInfo.total).toBe(2);
    });

    it('finds no embargoed record by id or by filter', async () => {
      const res = await gql(
        actor(),
        `query { q: newsroomQuote(documentId: "${ids.qz}") { text } p: newsroomPerson(documentId: "${ids.zed}") { name }
          l: newsroomRelatedLink(documentId: "${ids.le}") { title }
          f: newsroomQuotes(filters: { article: { title: { contains: "DRAFTONLY" } } }) { text }
          g: newsroomArticles(filters: { people: { name: { eq: "Zed Hidden" } } }) { title } }`
      ).expect(200);
      expect(res.body.errors).toBeUndefined();
      expect(res.body.data).toEqual({ q: null, p: null, l: null, f: [], g: [] });
    });
  });

  describe.each(['full-access token', 'custom token (article update)'])('a caller who may write articles (%s)', (actorName) => {
    const actor = () => writers.find((a) => a.name === actorName)!;

    it('still gets drafts when it asks, over REST', async () => {
      const drafts = await get(actor(), '/api/newsroom/articles?status=draft&sort=title').expect(200);
      expect(drafts.body.data.map((a: any) => a.title)).toEqual(['DRAFTONLY harbour reopens, corrected', 'EMBARGO budget cuts']);
      const published = await get(actor(), '/api/newsroom/articles').expect(200);
      expect(published.body.data.map((a: any) => a.title)).toEqual([PUBLISHED_TITLE]);
      const quotes = await get(actor(), '/api/newsroom/quotes').expect(200);
      expect(quotes.body.data).toHaveLength(4);
      await get(actor(), `/api/newsroom/people/${ids.zed}`).expect(200);
      await get(actor(), `/api/newsroom/articles/${ids.embargoed}?status=draft`).expect(200);
    });

    it('still gets drafts when it asks, over GraphQL', async () => {
      const res = await gql(actor(), `query { newsroomArticles(status: DRAFT, sort: "title") { title quotes(sort: "position") { text } } }`).expect(200);
      expect(res.body.errors).toBeUndefined();
      expect(res.body.data.newsroomArticles).toEqual([
        { title: DRAFT_TITLE, quotes: [{ text: 'The ferries run again.' }, { text: 'Tickets are on sale.' }] },
        { title: 'EMBARGO budget cuts', quotes: [{ text: 'EMBARGO Ada on cuts' }, { text: 'EMBARGO Zed on cuts' }] },
      ]);
    });
  });

  it('lets a caller who may write quotes but not articles link them like anyone else, and shows it no drafts in return', async () => {
    const writer = restricted.find((a) => a.name === 'custom token (quote writes, no article writes)')!;
    const post = (article: string) =>
      request(server()).post('/api/newsroom/quotes?populate=article').set(writer.auth()).send({ data: { text: 'Linked by a token', article } });
    const linked = await post(ids.published).expect(201);
    // The response carries no relation (it could be the article's draft)…
    expect(linked.body.data.article).toBeUndefined();
    expectNoSecret(linked.body, 'quote create response');
    // …but the quote is linked to both versions of the article, as Strapi links a quote, so the next publish keeps it.
    const rows = await app.strapi.db.query(UID.quote).findOne({ where: { documentId: linked.body.data.documentId }, select: ['id'] });
    const articleRows = await app.strapi.db.query(UID.article).findMany({ where: { documentId: ids.published }, select: ['id'] });
    const { joinTable } = (app.strapi.db.metadata.get(UID.quote).attributes as any).article;
    const linkedRows = await app.strapi.db
      .connection(joinTable.name)
      .where({ [joinTable.joinColumn.name]: rows.id })
      .select(joinTable.inverseJoinColumn.name);
    expect(linkedRows.map((r: any) => r[joinTable.inverseJoinColumn.name]).sort()).toEqual(articleRows.map((r: any) => r.id).sort());
    expect(articleRows).toHaveLength(2);
    const seen = await get(writer, `/api/newsroom/quotes/${linked.body.data.documentId}?populate=article`).expect(200);
    expect(seen.body.data.article.title).toBe(PUBLISHED_TITLE);

    // A quote linked to the embargoed article is written, and then invisible to its writer like the article.
    const hidden = await post(ids.embargoed).expect(201);
    expectNoSecret(hidden.body, 'quote create response');
    await get(writer, `/api/newsroom/quotes/${hidden.body.data.documentId}`).expect(404);

    for (const documentId of [linked.body.data.documentId, hidden.body.data.documentId]) {
      await app.strapi.documents(UID.quote as any).delete({ documentId });
    }
  });

  it('counts each visible person once, however many published articles name them', async () => {
    const docs = (uid: string) => app.strapi.documents(uid as any);
    const second = await docs(UID.article).create({ data: { title: 'Second published story', people: [ids.ada, ids.sam] } as any });
    const again = await docs(UID.quote).create({ data: { text: 'Again, the ferries.', speaker: ids.ada, article: second.documentId, position: 0 } as any });
    await docs(UID.article).publish({ documentId: second.documentId });
    const actor = restricted.find((a) => a.name === 'read-only token')!;

    const people = await get(actor, '/api/newsroom/people?sort=name').expect(200);
    expect(people.body.data.map((p: any) => p.name)).toEqual(['Ada Visible', 'Sam Speaker']);
    expect(people.body.meta.pagination.total).toBe(2);
    const counted = await get(actor, `/api/newsroom/articles/${second.documentId}?populate[people][count]=true&populate[quotes][count]=true`).expect(200);
    expect(counted.body.data.people).toEqual({ count: 2 });
    expect(counted.body.data.quotes).toEqual({ count: 1 });
    const listed = await get(actor, `/api/newsroom/articles/${second.documentId}?populate=people`).expect(200);
    expect(listed.body.data.people.map((p: any) => p.name).sort()).toEqual(['Ada Visible', 'Sam Speaker']);
    await docs(UID.quote).delete({ documentId: again.documentId });
    await docs(UID.article).delete({ documentId: second.documentId });
  });

  it('populates from a published article exactly what a writer reading the published version gets', async () => {
    // The guard adds no condition to an article's quotes, people and links or a quote's speaker (visibility.ts,
    // FOLLOWS_PARENT): they are visible through the published row they hang off. Same rows as unguarded.
    const populate = 'populate[quotes][populate]=speaker&populate[people]=true&populate[relatedLinks]=true';
    const shape = (body: any) =>
      [body.data].flat().map((a: any) => ({
        title: a.title,
        quotes: a.quotes.map((q: any) => [q.text, q.speaker?.name]).sort(),
        people: a.people.map((p: any) => p.name).sort(),
        links: a.relatedLinks.map((l: any) => l.title).sort(),
      }));
    const writer = writers.find((a) => a.name === 'full-access token')!;
    for (const path of [`/api/newsroom/articles?${populate}`, `/api/newsroom/articles/${ids.published}?${populate}`]) {
      const asWriter = shape((await get(writer, `${path}&status=published`).expect(200)).body);
      expect(asWriter[0].quotes).toEqual([['The ferries run again.', 'Ada Visible'], ['Tickets are on sale.', 'Sam Speaker']]);
      for (const actor of restricted) expect(shape((await get(actor, path).expect(200)).body)).toEqual(asWriter);
    }
  });

  it('leaves the Document Service outside requests, the Content Manager and the import door untouched', async () => {
    const all = await app.strapi.documents(UID.quote as any).findMany({});
    expect(all).toHaveLength(4);
    const draft = await app.strapi.documents(UID.article as any).findOne({ documentId: ids.embargoed });
    expect(draft?.title).toBe('EMBARGO budget cuts');

    // The Content Manager (admin routes) lists and opens drafts.
    const admin = await createAdmin(app.strapi, { superAdmin: true });
    const cm = (path: string) => request(server()).get(`/content-manager/collection-types/${path}`).set('Authorization', `Bearer ${admin}`);
    const articles = await cm(`${UID.article}?status=draft&sort=title:asc`).expect(200);
    expect(articles.body.results.map((a: any) => a.title)).toEqual([DRAFT_TITLE, 'EMBARGO budget cuts']);
    const zed = await cm(`${UID.person}/${ids.zed}`).expect(200);
    expect(zed.body.data.name).toBe('Zed Hidden');

    // The import door, with a token that may not write articles: a re-run finds its own drafts.
    const token = await createApiToken(app.strapi, { type: 'custom', permissions: ['plugin::newsroom.import.create'] });
    const source = { name: 'embargo.txt', text: 'EMBARGO harbour tolls rise\n\nTolls rise in May.\n\n"It is fair," said Mayor Ada Visible.\n' };
    const importOnce = () =>
      request(server()).post('/api/newsroom/imports').set('Authorization', `Bearer ${token}`).send({ documents: [source], referenceDate: '2024-06-01' }).expect(200);
    const first = await importOnce();
    expect(first.body.data.totals).toMatchObject({ failed: 0, created: expect.any(Number) });
    expect(first.body.data.totals.created).toBeGreaterThan(0);
    const second = await importOnce();
    expect(second.body.data.totals).toMatchObject({ failed: 0, created: 0, updated: 0 });
    expect(second.body.data.files[0].status).toBe('unchanged');
    // …and what it imported (unpublished) stays invisible to the public.
    const publicArticles = await request(server()).get('/api/newsroom/articles?status=draft').expect(200);
    expect(publicArticles.body.data.map((a: any) => a.title)).toEqual([PUBLISHED_TITLE]);
  });
});
