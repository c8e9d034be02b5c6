import type controllers from '../controllers';
import { IMPORT_ACTION, PLUGIN_UID } from '../uids';
import type { RouteInputFor, RouterInputFor } from './router-input';
import { feedRouteSchemas as schemas } from './validation/feeds';

const canImport = {
  policies: ['admin::isAuthenticatedAdmin', { name: 'admin::hasPermissions', config: { actions: [IMPORT_ACTION] } }],
};

type Route = RouteInputFor<typeof controllers, typeof PLUGIN_UID>;

const route = (method: Route['method'], path: string, action: keyof typeof schemas): Route => ({
  method,
  path,
  handler: `feeds.${action}`,
  request: schemas[action].request,
  response: schemas[action].response,
  config: canImport,
});

/** Feed subscriptions on the Newsroom page, under /newsroom/feeds; each needs the Import source documents permission. */
export default () =>
  ({
    type: 'admin',
    routes: [
      route('GET', '/feeds', 'list'),
      route('POST', '/feeds', 'create'),
      route('PUT', '/feeds/:documentId', 'update'),
      route('DELETE', '/feeds/:documentId', 'remove'),
      route('POST', '/feeds/:documentId/run', 'run'),
      route('GET', '/feeds/:documentId/runs', 'runs'),
    ],
  }) satisfies RouterInputFor<typeof controllers, typeof PLUGIN_UID>;
