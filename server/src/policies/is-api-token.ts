import { errors } from '@strapi/utils';

/**
 * The import door writes to several content types at once; only API tokens
 * (whose scope an administrator chose) may open it, never the Public role or a
 * users-permissions JWT, whatever permissions those were given.
 */
// Strapi 5.54 names the content-API token strategy 'content-api-token'; older 5.x 'api-token'.
const TOKEN_STRATEGIES = new Set(['content-api-token', 'api-token']);

export default (policyContext: { state: { auth?: { strategy?: { name?: string } } } }) => {
  if (!TOKEN_STRATEGIES.has(policyContext.state.auth?.strategy?.name ?? '')) {
    throw new errors.ForbiddenError('Imports need an API token whose scope includes newsroom.import.create');
  }
  return true;
};
