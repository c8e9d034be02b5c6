import { IMPORT_ACTION } from '../../uids';

const canImport = {
  policies: [
    'admin::isAuthenticatedAdmin',
    { name: 'admin::hasPermissions', config: { actions: [IMPORT_ACTION] } },
  ],
};

export default () => ({
  type: 'admin',
  routes: [
    { method: 'POST', path: '/preview', handler: 'admin-import.preview', config: canImport },
    { method: 'POST', path: '/imports', handler: 'admin-import.create', config: canImport },
    { method: 'GET', path: '/imports', handler: 'admin-import.history', config: canImport },
  ],
});
