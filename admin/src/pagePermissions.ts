import { PERMISSIONS } from './permissions';

/** The Newsroom page opens for any of the plugin's actions; each tab then asks for its own. */
export const NEWSROOM_PAGE_PERMISSIONS = [...PERMISSIONS.import, ...PERMISSIONS.review, ...PERMISSIONS.merge];
