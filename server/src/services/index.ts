import { factories } from '@strapi/strapi';
import { UID } from '../uids';
import importer from './importer';
import jobs from './jobs';

export default {
  article: factories.createCoreService(UID.article),
  person: factories.createCoreService(UID.person),
  quote: factories.createCoreService(UID.quote),
  'related-link': factories.createCoreService(UID.relatedLink),
  importer,
  jobs,
};
