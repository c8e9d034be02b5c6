/**
 * What a REST read of the newsroom sends when it names no fields: every field
 * but the large ones a reader seldom wants, an Article's `source` (the document
 * as received) and `sourceText` (the text extracted from it), at the root and
 * in every populated relation that reaches an article. A caller who wants them
 * names them (`fields[0]=title&fields[1]=source`,
 * `populate[articles][fields][0]=source`) or asks for every field (`fields=*`).
 *
 * Only the plugin's REST find/findOne routes: GraphQL sends what the query
 * selects, and the admin panel and the importer read through other doors.
 */
import type { Core } from '@strapi/strapi';
import { PLUGIN_ID, UID } from '../uids';

export const LARGE_FIELDS: Readonly<Record<string, readonly string[]>> = {
  [UID.article]: ['source', 'sourceText'],
};

type Attribute = { type: string; target?: string; private?: boolean };
/** A model's attributes (`strapi.getModel(uid).attributes`). */
export type AttributesOf = (uid: string) => Record<string, Attribute> | undefined;

const NOT_A_FIELD = new Set(['relation', 'component', 'dynamiczone', 'media']);
const READS = new Set(['findMany', 'findOne', 'findFirst']);
const REST_READ = /^(?:plugin::newsroom\.)?(?:article|person|quote|related-link)\.(?:find|findOne)$/;

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The fields a read of `uid` selects unless asked otherwise; undefined for a type with no large field. */
export const defaultFields = (uid: string, attributesOf: AttributesOf): string[] | undefined => {
  const large = LARGE_FIELDS[uid];
  const attributes = attributesOf(uid);
  if (!large || !attributes) return undefined;
  return Object.entries(attributes)
    .filter(([name, attribute]) => !NOT_A_FIELD.has(attribute.type) && !attribute.private && !large.includes(name))
    .map(([name]) => name);
};

/** REST populate notations ('*', 'a,b.c', ['a.b'], { a: true }) as one object; null when there is nothing to populate. */
const populateAsObject = (uid: string, populate: unknown, attributesOf: AttributesOf): Record<string, unknown> | null => {
  if (populate === '*' || populate === true) {
    const attributes = attributesOf(uid) ?? {};
    return Object.fromEntries(Object.keys(attributes).filter((name) => NOT_A_FIELD.has(attributes[name].type)).map((name) => [name, true]));
  }
  if (typeof populate === 'string') return populateAsObject(uid, populate.split(','), attributesOf);
  if (Array.isArray(populate)) {
    const out: Record<string, unknown> = {};
    for (const path of populate) {
      if (typeof path !== 'string') continue;
      const [root, ...rest] = path.trim().split('.');
      const nested = isPlainObject(out[root]) ? (out[root] as Record<string, unknown>) : {};
      out[root] = rest.length ? { ...nested, populate: [...((nested.populate as string[]) ?? []), rest.join('.')] } : (out[root] ?? true);
    }
    return out;
  }
  return isPlainObject(populate) ? populate : null;
};

/** `populate` with default fields on every populated relation that lands on a type with large fields. */
const withPopulateFields = (uid: string, populate: unknown, attributesOf: AttributesOf): unknown => {
  const asObject = populateAsObject(uid, populate, attributesOf);
  if (!asObject) return populate;
  const attributes = attributesOf(uid) ?? {};
  let changed = false;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(asObject)) {
    const target = attributes[key]?.type === 'relation' ? attributes[key].target : undefined;
    if (!target || !value || value === 'false') {
      out[key] = value;
      continue;
    }
    const options: Record<string, unknown> = isPlainObject(value) ? value : {};
    const below = options.populate === undefined ? undefined : withPopulateFields(target, options.populate, attributesOf);
    const fields = options.fields === undefined && !options.count ? defaultFields(target, attributesOf) : undefined;
    if (!fields && below === options.populate) {
      out[key] = value;
      continue;
    }
    changed = true;
    out[key] = { ...options, ...(below !== undefined && { populate: below }), ...(fields && { fields }) };
  }
  return changed ? out : populate;
};

/** A Document Service read's params with the default fields filled in where the caller named none. */
export const withDefaultFields = <P extends { fields?: unknown; populate?: unknown }>(uid: string, params: P, attributesOf: AttributesOf): P => {
  const out = { ...params };
  if (out.fields === undefined) {
    const fields = defaultFields(uid, attributesOf);
    if (fields) out.fields = fields;
  }
  if (out.populate !== undefined) out.populate = withPopulateFields(uid, out.populate, attributesOf);
  return out;
};

type RequestState = { state?: { route?: { info?: { type?: string; pluginName?: string }; handler?: unknown } } };

const isRestRead = (ctx: RequestState | undefined) => {
  const route = ctx?.state?.route;
  return route?.info?.type === 'content-api' && route.info.pluginName === PLUGIN_ID && typeof route.handler === 'string' && REST_READ.test(route.handler);
};

export const registerDefaultFields = (strapi: Core.Strapi) => {
  const attributesOf: AttributesOf = (uid) => (strapi.getModel(uid as never) as { attributes?: Record<string, Attribute> } | undefined)?.attributes;
  strapi.documents.use(async (ctx, next) => {
    if (READS.has(ctx.action) && isRestRead(strapi.requestContext.get() as RequestState | undefined)) {
      ctx.params = withDefaultFields(ctx.uid, (ctx.params ?? {}) as { fields?: unknown; populate?: unknown }, attributesOf) as typeof ctx.params;
    }
    return next();
  });
};
