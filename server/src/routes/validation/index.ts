export { ImportRouteValidator } from './import';
export { ImportJobRouteValidator } from './import-jobs';
