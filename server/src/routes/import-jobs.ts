import type controllers from '../controllers';
import { IMPORT_ACTION, PLUGIN_UID } from '../uids';
import type { RouteInputFor } from './router-input';
import { ImportJobRouteValidator } from './validation';

type Route = RouteInputFor<typeof controllers, typeof PLUGIN_UID>;

/**
 * The import door's own scope: a token that may import may start and watch
 * jobs, with no second permission to grant.
 */
const importScope = {
  auth: { scope: [`${PLUGIN_UID}.import.create`] },
  policies: ['plugin::newsroom.is-api-token'],
};

/** POST and GET /api/newsroom/import-jobs. */
export const contentApiJobRoutes = (): Route[] => {
  const validator = new ImportJobRouteValidator(strapi);
  return [
    { method: 'POST', path: '/import-jobs', handler: 'import-job.create', request: validator.createRequest, response: validator.jobResponse, config: importScope },
    { method: 'GET', path: '/import-jobs/:id', handler: 'import-job.findOne', request: validator.idRequest, response: validator.jobResponse, config: importScope },
  ];
};

const canImport = {
  policies: ['admin::isAuthenticatedAdmin', { name: 'admin::hasPermissions', config: { actions: [IMPORT_ACTION] } }],
};

/** The admin page's job routes, under /newsroom/import-jobs; each needs the Import source documents permission. */
export const adminJobRoutes = (): Route[] => {
  const validator = new ImportJobRouteValidator(strapi);
  const action = (name: 'pause' | 'resume' | 'cancel'): Route => ({
    method: 'POST',
    path: `/import-jobs/:id/${name}`,
    handler: `admin-import-job.${name}`,
    request: validator.idRequest,
    response: validator.jobResponse,
    config: canImport,
  });
  return [
    { method: 'POST', path: '/import-jobs', handler: 'admin-import-job.create', request: validator.createRequest, response: validator.jobResponse, config: canImport },
    { method: 'GET', path: '/import-jobs', handler: 'admin-import-job.find', request: validator.listRequest, response: validator.listResponse, config: canImport },
    { method: 'GET', path: '/import-jobs/:id', handler: 'admin-import-job.findOne', request: validator.idRequest, response: validator.jobResponse, config: canImport },
    action('pause'),
    action('resume'),
    action('cancel'),
  ];
};
