import { factories } from '@strapi/strapi';
import { createContentApiRoutesFactory } from '@strapi/utils';
import type controllers from '../controllers';
import { PLUGIN_UID, UID } from '../uids';
import type { RouteInputFor } from './router-input';
import { ImportRouteValidator } from './validation';
import { contentApiJobRoutes } from './import-jobs';

type Route = RouteInputFor<typeof controllers, typeof PLUGIN_UID>;

/** Reads refuse oversized pages and populate trees (maxPageSize, maxPopulateDepth). */
const limitedRead = { policies: ['plugin::newsroom.read-limits'] };

/**
 * Core routers for the four editorial types, under /api/newsroom/<plural>.
 * Read access for anonymous callers comes from the Public role's permissions
 * (see public-read.ts), writes from API tokens or users-permissions roles.
 * What a caller who may not write articles sees is narrowed to published
 * work by access/read-guard.ts, whatever the query asks for.
 */
const editorialRoutes = (): Route[] =>
  [UID.article, UID.person, UID.quote, UID.relatedLink].flatMap(
    (uid) => factories.createCoreRouter(uid, { config: { find: limitedRead, findOne: limitedRead } }).routes as Route[]
  );

const createContentApiRoutes = createContentApiRoutesFactory((): Route[] => {
  const validator = new ImportRouteValidator(strapi);
  return [
    ...editorialRoutes(),
    {
      method: 'POST',
      path: '/imports',
      handler: 'import.create',
      request: validator.importRequest,
      response: validator.importResponse,
      config: {
        // The route's auth scope is plugin::newsroom.import.create, which a
        // custom API token can be given; the policy refuses every other caller.
        policies: ['plugin::newsroom.is-api-token'],
      },
    },
    ...contentApiJobRoutes(),
  ];
});

export default createContentApiRoutes;
