/** RBAC: the one action the server registers in its bootstrap (plugin::newsroom.import). */
export const PERMISSIONS = {
  import: [{ action: 'plugin::newsroom.import', subject: null }],
};
