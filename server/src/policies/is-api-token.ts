import { errors } from '@strapi/utils';
import { TOKEN_STRATEGIES } from '../access/caller';

/**
 * The import door writes to several content types at once; only API tokens
 * (whose scope an administrator chose) may open it, never the Public role or a
 * users-permissions JWT, whatever permissions those were given.
 */
export default (policyContext: { state: { auth?: { strategy?: { name?: string } } } }) => {
  if (!TOKEN_STRATEGIES.has(policyContext.state.auth?.strategy?.name ?? '')) {
    throw new errors.ForbiddenError('Imports need an API token whose scope includes newsroom.import.create');
  }
  return true;
};
