/** RBAC: the actions the server registers in its bootstrap (plugin::newsroom.import, .review, .merge). */
export const PERMISSIONS = {
  import: [{ action: 'plugin::newsroom.import', subject: null }],
  review: [{ action: 'plugin::newsroom.review', subject: null }],
  merge: [{ action: 'plugin::newsroom.merge', subject: null }],
};
