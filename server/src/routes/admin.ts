import type controllers from '../controllers';
import { IMPORT_ACTION, PLUGIN_UID } from '../uids';
import type { RouterInputFor } from './router-input';
import { ImportRouteValidator } from './validation';
import { adminJobRoutes } from './import-jobs';

const canImport = {
  policies: ['admin::isAuthenticatedAdmin', { name: 'admin::hasPermissions', config: { actions: [IMPORT_ACTION] } }],
};

/** The Newsroom admin page's routes, under /newsroom; each needs the Import source documents permission. */
export default () => {
  const validator = new ImportRouteValidator(strapi);
  return {
    type: 'admin',
    routes: [
      {
        method: 'POST',
        path: '/preview',
        handler: 'admin-import.preview',
        request: validator.previewRequest,
        response: validator.previewResponse,
        config: canImport,
      },
      {
        method: 'POST',
        path: '/imports',
        handler: 'admin-import.create',
        request: validator.importRequest,
        response: validator.importResponse,
        config: canImport,
      },
      {
        method: 'GET',
        path: '/imports',
        handler: 'admin-import.history',
        request: validator.historyRequest,
        response: validator.historyResponse,
        config: canImport,
      },
      ...adminJobRoutes(),
    ],
  } satisfies RouterInputFor<typeof controllers, typeof PLUGIN_UID>;
};
