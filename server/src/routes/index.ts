import contentApi from './content-api';
import admin from './admin';
import feeds from './feeds';

export default {
  'content-api': contentApi,
  admin,
  feeds,
};
