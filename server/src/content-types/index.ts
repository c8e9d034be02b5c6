// The schemas live in the repo-root `content-types/` folder (the design card's
// layout); the server registers them under the plugin's uids from here.
import article from '../../../content-types/article/schema.json';
import person from '../../../content-types/person/schema.json';
import quote from '../../../content-types/quote/schema.json';
import relatedLink from '../../../content-types/related-link/schema.json';
import importRun from '../../../content-types/import-run/schema.json';
import tombstone from '../../../content-types/tombstone/schema.json';
import feedSubscription from '../../../content-types/feed-subscription/schema.json';
import importJob from '../../../content-types/import-job/schema.json';
import importJobChunk from '../../../content-types/import-job-chunk/schema.json';

export default {
  article: { schema: article },
  person: { schema: person },
  quote: { schema: quote },
  'related-link': { schema: relatedLink },
  'import-run': { schema: importRun },
  tombstone: { schema: tombstone },
  'feed-subscription': { schema: feedSubscription },
  'import-job': { schema: importJob },
  'import-job-chunk': { schema: importJobChunk },
};
