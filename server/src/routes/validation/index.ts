export { ImportRouteValidator } from './import';
