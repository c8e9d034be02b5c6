import { canWriteArticles, readsPublishedOnly } from '../../../server/src/access/caller';
import { restrictPopulate, restrictQuery, restrictWhere, visibleAsJoins, type RelationsOf } from '../../../server/src/access/visibility';
import { checkPageSize, checkRestQuery, populateDepth } from '../../../server/src/access/limits';

const A = 'plugin::newsroom.article';
const P = 'plugin::newsroom.person';
const Q = 'plugin::newsroom.quote';
const L = 'plugin::newsroom.related-link';
const RELATIONS: Record<string, Record<string, string>> = {
  [A]: { people: P, quotes: Q, relatedLinks: L, createdBy: 'admin::user' },
  [P]: { articles: A, quotes: Q },
  [Q]: { speaker: P, article: A },
  [L]: { article: A },
  'admin::user': {},
};
const relationsOf: RelationsOf = (uid) => RELATIONS[uid] ?? {};
const rules = { relationsOf, visible: visibleAsJoins };
const published = { publishedAt: { $notNull: true } };

describe('who reads published work only', () => {
  const can = (...actions: string[]) => ({ can: (action: string) => actions.includes(action) });
  const contentApi = (auth: object, handler = 'plugin::newsroom.article.find') => ({
    state: { route: { info: { type: 'content-api', pluginName: 'newsroom' }, handler }, auth },
  });

  it('restricts content-API callers who may not create or update articles', () => {
    expect(readsPublishedOnly(contentApi({ strategy: { name: 'users-permissions' }, credentials: null, ability: can(`${A}.find`) }))).toBe(true);
    expect(readsPublishedOnly(contentApi({ strategy: { name: 'content-api-token' }, credentials: { type: 'read-only' } }))).toBe(true);
    expect(readsPublishedOnly(contentApi({ strategy: { name: 'content-api-token' }, credentials: { type: 'custom' }, ability: can(`${Q}.create`) }))).toBe(true);
    expect(readsPublishedOnly(contentApi({}))).toBe(true);
  });

  it('lets writers, the admin panel, requestless code and the import door see drafts', () => {
    expect(readsPublishedOnly(contentApi({ strategy: { name: 'content-api-token' }, credentials: { type: 'full-access' } }))).toBe(false);
    expect(readsPublishedOnly(contentApi({ strategy: { name: 'users-permissions' }, ability: can(`${A}.update`) }))).toBe(false);
    expect(readsPublishedOnly({ state: { route: { info: { type: 'admin' } }, auth: {} } })).toBe(false);
    expect(readsPublishedOnly(undefined)).toBe(false);
    expect(readsPublishedOnly(contentApi({ strategy: { name: 'content-api-token' }, credentials: { type: 'custom' } }, 'plugin::newsroom.import.create'))).toBe(false);
    expect(canWriteArticles({ strategy: { name: 'content-api-token' }, credentials: { type: 'custom' }, ability: can(`${A}.create`) })).toBe(true);
  });
});

describe('visibility rewrites', () => {
  it('adds the rule to the root query', () => {
    expect(restrictQuery(Q, { where: { text: 'x' } }, rules).where).toEqual({ $and: [{ text: 'x' }, { article: published }] });
    expect(restrictQuery(A, {} as { where?: unknown }, rules).where).toEqual(published);
    expect(restrictQuery('admin::user', { where: { id: 1 } }, rules)).toEqual({ where: { id: 1 } });
  });

  it('keeps a filter through a relation and the rule on the same related row', () => {
    expect(restrictWhere(Q, { article: { title: { $contains: 'x' } } }, rules)).toEqual({
      article: { $and: [{ title: { $contains: 'x' } }, published] },
    });
    expect(restrictWhere(A, { $or: [{ people: { quotes: { text: 'y' } } }] }, rules)).toEqual({
      $or: [{ people: { $and: [{ quotes: { $and: [{ text: 'y' }, { article: published }] } }, expect.objectContaining({ $or: expect.any(Array) })] } }],
    });
    expect(restrictWhere(Q, { article: { $in: [1, 2] } }, rules)).toEqual({ article: { $and: [{ id: { $in: [1, 2] } }, published] } });
  });

  it('adds the rule to every populated relation, whatever the populate notation', () => {
    expect(restrictPopulate(Q, ['article.people', 'article.quotes.speaker.quotes'], rules)).toEqual({
      article: { populate: { people: {}, quotes: { populate: { speaker: { populate: { quotes: { where: { article: published } } } } } } }, where: published },
    });
    const all = restrictPopulate(P, true, rules) as Record<string, { where?: unknown }>;
    expect(all).toEqual({ articles: { where: published }, quotes: { where: { article: published } } });
    expect(restrictPopulate(P, { quotes: { count: true } }, rules)).toEqual({ quotes: { count: true, where: { article: published } } });
    expect(restrictPopulate(L, { article: { populate: '*' } }, rules)).toEqual({
      article: { populate: { people: {}, quotes: {}, relatedLinks: {}, createdBy: {} }, where: published },
    });
  });

  it('leaves out the rule where the row populated from vouches for it, but keeps the caller\'s own filters guarded', () => {
    const fromArticle = restrictPopulate(A, { quotes: { populate: { speaker: true } }, people: true, relatedLinks: true }, rules);
    expect(fromArticle).toEqual({ quotes: { populate: { speaker: {} } }, people: {}, relatedLinks: {} });
    expect(restrictPopulate(A, { people: { where: { quotes: { text: 'y' } } } }, rules)).toEqual({
      people: { where: { quotes: { $and: [{ text: 'y' }, { article: published }] } } },
    });
    expect(restrictPopulate(P, { quotes: { populate: ['speaker', 'article'] } }, rules)).toEqual({
      quotes: { populate: { speaker: {}, article: { where: published } }, where: { article: published } },
    });
  });
});

describe('read limits', () => {
  it('measures populate depth in every notation', () => {
    expect(populateDepth(undefined)).toBe(0);
    expect(populateDepth('*')).toBe(1);
    expect(populateDepth('quotes.speaker,people')).toBe(2);
    expect(populateDepth(['a.b.c'])).toBe(3);
    expect(populateDepth({ quotes: { populate: { speaker: { populate: { articles: true } } } }, people: true })).toBe(3);
  });

  it('refuses pages above the cap, -1 included, and names the cap', () => {
    expect(() => checkPageSize({ pageSize: '100' }, 100, 'pagination')).not.toThrow();
    expect(() => checkPageSize({ pageSize: '101' }, 100, 'pagination')).toThrow('pagination.pageSize must be at most 100 (newsroom maxPageSize), got 101');
    expect(() => checkPageSize({ limit: -1 }, 100, 'pagination')).toThrow(/limit must be at most 100/);
    expect(() => checkRestQuery({ populate: 'a.b.c.d' }, { maxPageSize: 100, maxPopulateDepth: 3 })).toThrow(/4 levels deep; at most 3/);
  });
});
