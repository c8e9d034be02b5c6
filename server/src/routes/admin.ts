import type controllers from '../controllers';
import { IMPORT_ACTION, MERGE_ACTION, PLUGIN_UID, REVIEW_ACTION } from '../uids';
import type { RouteInputFor, RouterInputFor } from './router-input';
import { ImportRouteValidator } from './validation';
import { reviewRoutes as schemas } from './validation/review';
import { adminJobRoutes } from './import-jobs';

const allowed = (action: string) => ({
  policies: ['admin::isAuthenticatedAdmin', { name: 'admin::hasPermissions', config: { actions: [action] } }],
});
const canImport = allowed(IMPORT_ACTION);
const canReview = allowed(REVIEW_ACTION);
const canMerge = allowed(MERGE_ACTION);

type Route = RouteInputFor<typeof controllers, typeof PLUGIN_UID>;

/** The review queue's and the merge's routes (contract: the review-api notes). */
const reviewRoutes = (): Route[] => [
  { method: 'GET', path: '/review/quotes', handler: 'admin-review.queue', ...schemas.queue, config: canReview },
  { method: 'GET', path: '/review/quotes/:documentId', handler: 'admin-review.detail', ...schemas.detail, config: canReview },
  { method: 'POST', path: '/review/quotes/:documentId/speaker', handler: 'admin-review.speaker', ...schemas.speaker, config: canReview },
  { method: 'POST', path: '/review/quotes/:documentId/accept', handler: 'admin-review.accept', ...schemas.accept, config: canReview },
  { method: 'GET', path: '/people/search', handler: 'admin-review.searchPeople', ...schemas.search, config: canReview },
  { method: 'GET', path: '/people/merge-suggestions', handler: 'admin-merge.suggestions', ...schemas.suggestions, config: canMerge },
  { method: 'POST', path: '/people/merge/preview', handler: 'admin-merge.preview', ...schemas.preview, config: canMerge },
  { method: 'POST', path: '/people/merge', handler: 'admin-merge.merge', ...schemas.merge, config: canMerge },
];

/** The Newsroom admin page's routes, under /newsroom: the importer's need Import source documents, the review's Review quotes, the merge's Merge people. */
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
      ...reviewRoutes(),
      ...adminJobRoutes(),
    ],
  } satisfies RouterInputFor<typeof controllers, typeof PLUGIN_UID>;
};
