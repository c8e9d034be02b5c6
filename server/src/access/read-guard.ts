/**
 * Wires the published-only rule (visibility.ts) into Strapi, for callers
 * caller.ts says are limited to published work.
 *
 * The rule is enforced at the database layer, in before-find/count lifecycle
 * hooks of the four editorial types: REST reads, GraphQL root queries and
 * GraphQL nested relations all end there (the GraphQL association resolvers
 * call `strapi.db.query(parent).load(...)`, which bypasses the Document
 * Service but not the database's findOne hook). A Document Service middleware
 * additionally turns `status: 'draft'` into `status: 'published'`, so a caller
 * asking for drafts gets the published version instead of nothing, and lets
 * the writes of such a caller (a token allowed to create quotes but not
 * articles) run unnarrowed, returning no populated relations.
 */
import { AsyncLocalStorage } from 'async_hooks';
import type { Core } from '@strapi/strapi';
import { readsPublishedOnly, type CallerContext } from './caller';
import { UID } from '../uids';
import { GUARDED_UIDS, isGuarded, restrictQuery, visibleAsJoins, type RelationsOf, type Rules, type Where } from './visibility';

const READ_ACTIONS = new Set(['findMany', 'findOne', 'findFirst', 'count']);
const WRITE_ACTIONS = new Set(['create', 'update', 'delete', 'clone', 'publish', 'unpublish', 'discardDraft']);

/** Set while a restricted caller's write runs: its own database reads are not narrowed. */
const unrestrictedWrite = new AsyncLocalStorage<true>();

const relationsFrom = (strapi: Core.Strapi): RelationsOf => {
  const cache = new Map<string, Record<string, string>>();
  return (uid) => {
    let relations = cache.get(uid);
    if (!relations) {
      const attributes = strapi.db.metadata.get(uid).attributes as Record<string, { type: string; target?: string }>;
      relations = Object.fromEntries(
        Object.entries(attributes)
          .filter(([, attribute]) => attribute.type === 'relation' && typeof attribute.target === 'string')
          .map(([name, attribute]) => [name, attribute.target as string])
      );
      cache.set(uid, relations);
    }
    return relations;
  };
};

export const publishedOnlyCaller = (strapi: Core.Strapi) => readsPublishedOnly(strapi.requestContext.get() as CallerContext | undefined);

/**
 * A person is visible through two to-many relations (articles, quotes.article).
 * As joins those multiply rows, which Strapi's populate `count` counts; as a
 * semi-join (`id IN (subquery)`) they do not. One semi-join per path: in one
 * subquery both paths' joins multiply into every article of a person times
 * every quote of theirs (56,000 rows for a speaker at 1,000 articles, 0.6 s a
 * request). Articles, quotes and links keep the join form: each row meets at
 * most one published article row.
 */
const rulesFor = (strapi: Core.Strapi): Rules => {
  const personIds = (where: Where) => ({ id: { $in: strapi.db.queryBuilder(UID.person).select('id').where(where).getKnexQuery() } });
  const personPaths = (visibleAsJoins(UID.person).$or as Where[]) ?? [visibleAsJoins(UID.person)];
  return {
    relationsOf: relationsFrom(strapi),
    visible: (uid) => (uid === UID.person ? { $or: personPaths.map(personIds) } : visibleAsJoins(uid)),
  };
};

export const registerReadGuard = (strapi: Core.Strapi) => {
  const rules = rulesFor(strapi);

  const guard = (event: { model: { uid: string }; params: { where?: unknown; populate?: unknown } }) => {
    if (unrestrictedWrite.getStore() || !publishedOnlyCaller(strapi)) return;
    Object.assign(event.params, restrictQuery(event.model.uid, event.params, rules));
  };
  strapi.db.lifecycles.subscribe({
    models: GUARDED_UIDS,
    beforeFindOne: guard,
    beforeFindMany: guard,
    beforeCount: guard,
  });

  strapi.documents.use(async (ctx, next) => {
    if (!isGuarded(ctx.uid) || !publishedOnlyCaller(strapi)) return next();
    if (READ_ACTIONS.has(ctx.action)) {
      ctx.params = { ...(ctx.params as object), status: 'published' } as typeof ctx.params;
      return next();
    }
    if (WRITE_ACTIONS.has(ctx.action)) {
      // A caller allowed to write quotes, links or people but not articles. Its write must resolve
      // relations against every version (a quote is linked to an article's draft and published rows;
      // linking the published row alone would be undone by the article's next publish), so it runs
      // unnarrowed; and what it returns carries no populated relations, which could be drafts.
      const { populate: _populate, ...params } = (ctx.params ?? {}) as Record<string, unknown>;
      ctx.params = params as typeof ctx.params;
      return unrestrictedWrite.run(true, next);
    }
    return next();
  });
};
