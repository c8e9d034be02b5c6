import isApiToken from './is-api-token';

export default {
  'is-api-token': isApiToken,
};
