import { factories } from '@strapi/strapi';
import { UID } from '../uids';
import importer from './importer';
import review from './review';
import peopleMerge from './people-merge';
import feeds from '../feeds/service';
import jobs from './jobs';

export default {
  article: factories.createCoreService(UID.article),
  person: factories.createCoreService(UID.person),
  quote: factories.createCoreService(UID.quote),
  'related-link': factories.createCoreService(UID.relatedLink),
  importer,
  review,
  'people-merge': peopleMerge,
  feeds,
  jobs,
};
