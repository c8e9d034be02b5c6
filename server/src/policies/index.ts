import isApiToken from './is-api-token';
import readLimits from './read-limits';

export default {
  'is-api-token': isApiToken,
  'read-limits': readLimits,
};
