/**
 * What a published-only caller may see, written as database-layer query
 * fragments (Strapi's `strapi.db.query` syntax), and the pure rewrites that
 * apply them to a query: its own rows, every relation it filters through and
 * every relation it populates, to any depth.
 *
 * - article: only published rows (`publishedAt` set); drafts, including the
 *   newer draft of a published article, never match.
 * - quote, related link: only those linked to a published article row.
 * - person: only those named in a published article, or speaking in a quote
 *   of one.
 *
 * Quotes, links and people have no draft & publish of their own: whether they
 * may be read follows from the articles they belong to. So a populated relation
 * that leads from a visible row along one of those rules needs no condition:
 * the quotes, links and people of a published article row, and the speaker of
 * a visible quote, are visible by the rule itself (see FOLLOWS_PARENT).
 */
import { UID } from '../uids';

export type Where = Record<string, unknown>;
export type PopulateValue = true | { where?: Where; populate?: unknown; [key: string]: unknown };

/** The relation attributes of a model: name -> target uid (from Strapi's database metadata). */
export type RelationsOf = (uid: string) => Record<string, string>;

export interface Rules {
  relationsOf: RelationsOf;
  /** The condition a visible row of a guarded type meets (visibleAsJoins, or an equivalent). */
  visible: (uid: string) => Where;
}

const published: Where = { publishedAt: { $notNull: true } };

const VISIBLE: Record<string, Where> = {
  [UID.article]: published,
  [UID.quote]: { article: published },
  [UID.relatedLink]: { article: published },
  [UID.person]: { $or: [{ articles: published }, { quotes: { article: published } }] },
};

/**
 * Relations whose every row is visible when the row they are populated from is:
 * a quote, link or person linked to a published article row meets its rule
 * through that very link, and so does the speaker of a visible quote (they speak
 * in a published article). Populating them without the rule's joins and
 * sub-queries returns the same rows; on a list of 25 articles with quotes,
 * speakers and people those cost more than the rest of the request.
 */
const FOLLOWS_PARENT: Record<string, ReadonlySet<string>> = {
  [UID.article]: new Set(['quotes', 'people', 'relatedLinks']),
  [UID.quote]: new Set(['speaker']),
};

export const GUARDED_UIDS = Object.keys(VISIBLE);
export const isGuarded = (uid: string) => uid in VISIBLE;

/** The rule, written as conditions through relations (joins). */
export const visibleAsJoins = (uid: string): Where => VISIBLE[uid];

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype;

const LOGICAL = new Set(['$and', '$or', '$not']);

/** `{ article: 3 }`, `{ article: { $in: [1, 2] } }`: conditions on the related row's id, not on its fields. */
const isIdCondition = (value: unknown) =>
  !isPlainObject(value) || Object.keys(value).every((key) => key.startsWith('$') && !LOGICAL.has(key));

const both = (a: unknown, b: Where): Where => (a === undefined || (isPlainObject(a) && Object.keys(a).length === 0) ? b : { $and: [a, b] });

/**
 * Every condition that reaches into a guarded type through a relation also
 * requires the related row to be visible, in the same join: so
 * `quotes?filters[article][title]=…` cannot match an article's draft row, and
 * `articles?filters[people][quotes][text]=…` cannot match an embargoed quote.
 */
export const restrictWhere = (uid: string, where: unknown, rules: Rules): unknown => {
  if (Array.isArray(where)) return where.map((item) => restrictWhere(uid, item, rules));
  if (!isPlainObject(where)) return where;
  const relations = rules.relationsOf(uid);
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(where)) {
    const target = relations[key];
    if (LOGICAL.has(key)) out[key] = restrictWhere(uid, value, rules);
    else if (target && isGuarded(target)) {
      const condition = isIdCondition(value) ? { id: value } : restrictWhere(target, value, rules);
      out[key] = both(condition, rules.visible(target));
    } else out[key] = value;
  }
  return out;
};

/** The database layer's populate shorthands (true, ['a.b', 'c']) as an object, like its own processPopulate reads them. */
const populateAsObject = (uid: string, populate: unknown, relationsOf: RelationsOf): Record<string, unknown> | null => {
  if (populate === true || populate === '*') return Object.fromEntries(Object.keys(relationsOf(uid)).map((key) => [key, true]));
  if (typeof populate === 'string') return populateAsObject(uid, populate.split(','), relationsOf);
  if (Array.isArray(populate)) {
    const out: Record<string, unknown> = {};
    for (const path of populate) {
      if (typeof path !== 'string') continue;
      const [root, ...rest] = path.trim().split('.');
      const current = out[root];
      if (!rest.length) {
        out[root] = current ?? true;
        continue;
      }
      const nested = isPlainObject(current) ? current : {};
      const previous = Array.isArray(nested.populate) ? nested.populate : [];
      out[root] = { ...nested, populate: [...previous, rest.join('.')] };
    }
    return out;
  }
  return isPlainObject(populate) ? populate : null;
};

/**
 * Adds the visibility condition to every populated relation that lands on a
 * guarded type, at every depth, but those FOLLOWS_PARENT vouches for. `uid`'s
 * rows must themselves be visible: the root query's, restricted by restrictQuery.
 */
export const restrictPopulate = (uid: string, populate: unknown, rules: Rules): unknown => {
  const asObject = populateAsObject(uid, populate, rules.relationsOf);
  if (!asObject) return populate;
  const relations = rules.relationsOf(uid);
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(asObject)) {
    const target = relations[key];
    if (!target || value === false || value === undefined || value === null) {
      out[key] = value;
      continue;
    }
    const options: Record<string, unknown> = isPlainObject(value) ? { ...value } : {};
    if (options.populate !== undefined) options.populate = restrictPopulate(target, options.populate, rules);
    if (FOLLOWS_PARENT[uid]?.has(key)) {
      if (options.where !== undefined) options.where = restrictWhere(target, options.where, rules);
    } else if (isGuarded(target)) options.where = both(restrictWhere(target, options.where, rules), rules.visible(target));
    out[key] = options;
  }
  return out;
};

/** A root database query on a guarded type, as a published-only caller may run it. */
export const restrictQuery = <Q extends { where?: unknown; populate?: unknown }>(uid: string, query: Q, rules: Rules): Q => {
  if (!isGuarded(uid)) return query;
  const restricted = { ...query, where: both(restrictWhere(uid, query.where, rules), rules.visible(uid)) };
  if (query.populate !== undefined) restricted.populate = restrictPopulate(uid, query.populate, rules);
  return restricted;
};
