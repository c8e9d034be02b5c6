/**
 * Who is asking, as far as unpublished work is concerned. Pure: takes the
 * request's koa context (or nothing, outside a request) and answers whether
 * the caller must be limited to published articles and what hangs off them.
 */
import { UID } from '../uids';

/** Strapi 5.54 names the content-API token strategy 'content-api-token'; older 5.x 'api-token'. */
export const TOKEN_STRATEGIES = new Set(['content-api-token', 'api-token']);

const ARTICLE_WRITES = [`${UID.article}.create`, `${UID.article}.update`];
/** The content-API import door: it runs the importer, which must see drafts to update them. */
const IMPORT_HANDLERS = new Set(['plugin::newsroom.import.create', 'import.create']);

export interface CallerAuth {
  strategy?: { name?: string };
  credentials?: { type?: string } | null;
  ability?: { can(action: string): boolean } | null;
}

export interface CallerContext {
  state?: {
    route?: { info?: { type?: string; pluginName?: string }; handler?: unknown };
    auth?: CallerAuth;
  };
}

/** May this caller write articles (and so read their drafts)? */
export const canWriteArticles = (auth: CallerAuth | undefined): boolean => {
  if (!auth) return false;
  if (TOKEN_STRATEGIES.has(auth.strategy?.name ?? '')) {
    if (auth.credentials?.type === 'full-access') return true;
    if (auth.credentials?.type === 'read-only') return false;
  }
  return ARTICLE_WRITES.some((action) => auth.ability?.can(action) === true);
};

const isImportDoor = (route: NonNullable<CallerContext['state']>['route']) =>
  typeof route?.handler === 'string' && IMPORT_HANDLERS.has(route.handler) && route.info?.pluginName === 'newsroom';

/**
 * True for content-API requests (REST and GraphQL) from callers who may not
 * write articles. False outside requests (CLI, bootstrap), for the admin panel
 * (Content Manager, Newsroom page: route type 'admin') and for the import door.
 */
export const readsPublishedOnly = (ctx: CallerContext | undefined): boolean => {
  const route = ctx?.state?.route;
  if (route?.info?.type !== 'content-api') return false;
  if (isImportDoor(route)) return false;
  return !canWriteArticles(ctx?.state?.auth);
};
