export const PLUGIN_ID = 'newsroom';
/** The namespace Strapi gives the plugin's controllers, policies and routes. */
export const PLUGIN_UID = `plugin::${PLUGIN_ID}` as const;

export const UID = {
  article: 'plugin::newsroom.article',
  person: 'plugin::newsroom.person',
  quote: 'plugin::newsroom.quote',
  relatedLink: 'plugin::newsroom.related-link',
  importRun: 'plugin::newsroom.import-run',
  tombstone: 'plugin::newsroom.tombstone',
  feedSubscription: 'plugin::newsroom.feed-subscription',
  importJob: 'plugin::newsroom.import-job',
  importJobChunk: 'plugin::newsroom.import-job-chunk',
} as const;

/** The four editorial types: the ones exposed through the content API. */
export const EDITORIAL_TYPES = ['article', 'person', 'quote', 'related-link'] as const;
export type EditorialType = (typeof EDITORIAL_TYPES)[number];

/** RBAC action editors need to use the importer (admin page, admin route). */
export const IMPORT_ACTION = 'plugin::newsroom.import';

/** RBAC action editors need for the review queue and its actions (confirm a speaker, accept a divergence). */
export const REVIEW_ACTION = 'plugin::newsroom.review';

/** RBAC action editors need to merge people. */
export const MERGE_ACTION = 'plugin::newsroom.merge';
