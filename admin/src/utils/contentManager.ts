import type { RecordType } from '../types';

export const UIDS: Record<RecordType, string> = {
  article: 'plugin::newsroom.article',
  person: 'plugin::newsroom.person',
  quote: 'plugin::newsroom.quote',
  'related-link': 'plugin::newsroom.related-link',
};

/**
 * Path of a record's edit view in the Content Manager, relative to the admin
 * router's base (`/admin`), for react-router links.
 */
export const contentManagerPath = (type: RecordType, documentId: string) =>
  `/content-manager/collection-types/${UIDS[type]}/${documentId}`;
