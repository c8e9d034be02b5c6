import { defaultFields, withDefaultFields, type AttributesOf } from '../../../server/src/access/default-fields';

const A = 'plugin::newsroom.article';
const P = 'plugin::newsroom.person';
const Q = 'plugin::newsroom.quote';
const ATTRIBUTES: Record<string, Record<string, { type: string; target?: string; private?: boolean }>> = {
  [A]: {
    title: { type: 'string' },
    body: { type: 'blocks' },
    source: { type: 'text' },
    sourceText: { type: 'text' },
    importKey: { type: 'string', private: true },
    people: { type: 'relation', target: P },
    quotes: { type: 'relation', target: Q },
    createdBy: { type: 'relation', target: 'admin::user' },
    publishedAt: { type: 'datetime' },
  },
  [P]: { name: { type: 'string' }, articles: { type: 'relation', target: A }, quotes: { type: 'relation', target: Q } },
  [Q]: { text: { type: 'text' }, speaker: { type: 'relation', target: P }, article: { type: 'relation', target: A } },
};
const attributesOf: AttributesOf = (uid) => ATTRIBUTES[uid];
const ARTICLE_FIELDS = ['title', 'body', 'publishedAt'];

describe('large fields are left out unless asked for', () => {
  it('selects every public field of an article but source and sourceText', () => {
    expect(defaultFields(A, attributesOf)).toEqual(ARTICLE_FIELDS);
    expect(defaultFields(P, attributesOf)).toBeUndefined();
  });

  it('fills in the fields of a root article read that names none, and keeps those it names or *', () => {
    expect(withDefaultFields(A, {}, attributesOf)).toEqual({ fields: ARTICLE_FIELDS });
    expect(withDefaultFields(A, { fields: ['title', 'source'] }, attributesOf)).toEqual({ fields: ['title', 'source'] });
    expect(withDefaultFields(A, { fields: '*' }, attributesOf)).toEqual({ fields: '*' });
    expect(withDefaultFields(Q, { filters: { text: 'x' } } as { fields?: unknown }, attributesOf)).toEqual({ filters: { text: 'x' } });
  });

  it('fills them in on every populated article, whatever the populate notation', () => {
    expect(withDefaultFields(P, { populate: 'articles' }, attributesOf)).toEqual({ populate: { articles: { fields: ARTICLE_FIELDS } } });
    expect(withDefaultFields(Q, { populate: ['article.people', 'speaker'] }, attributesOf)).toEqual({
      populate: { article: { populate: ['people'], fields: ARTICLE_FIELDS }, speaker: true },
    });
    expect(withDefaultFields(P, { populate: '*' }, attributesOf)).toEqual({ populate: { articles: { fields: ARTICLE_FIELDS }, quotes: true } });
    expect(withDefaultFields(P, { populate: { quotes: { populate: { article: true } } } }, attributesOf)).toEqual({
      populate: { quotes: { populate: { article: { fields: ARTICLE_FIELDS } } } },
    });
  });

  it('leaves populates that reach no article, name their fields or only count as they were', () => {
    const populate = { quotes: { populate: { speaker: true } }, people: true };
    expect(withDefaultFields(A, { populate }, attributesOf).populate).toBe(populate);
    const asked = { articles: { fields: ['source'] } };
    expect(withDefaultFields(P, { populate: asked }, attributesOf).populate).toBe(asked);
    const counted = { articles: { count: true } };
    expect(withDefaultFields(P, { populate: counted }, attributesOf).populate).toBe(counted);
    expect(withDefaultFields(P, { populate: { articles: false } }, attributesOf).populate).toEqual({ articles: false });
  });
});
