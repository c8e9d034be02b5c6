import { factories } from '@strapi/strapi';
import { UID } from '../uids';
import importController from './import';
import adminImport from './admin-import';
import { adminMerge, adminReview } from './admin-review';
import feeds from './feeds';

export default {
  article: factories.createCoreController(UID.article),
  person: factories.createCoreController(UID.person),
  quote: factories.createCoreController(UID.quote),
  'related-link': factories.createCoreController(UID.relatedLink),
  import: importController,
  'admin-import': adminImport,
  'admin-review': adminReview,
  'admin-merge': adminMerge,
  feeds,
};
