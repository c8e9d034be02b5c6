export interface NewsroomConfig {
  /** Let the Public role read the four editorial types through the content API. */
  publicRead: boolean;
  /** Largest source document accepted by the HTTP doors, in bytes. */
  maxSourceBytes: number;
  /** Most documents accepted in one HTTP import request. */
  maxDocumentsPerRequest: number;
  /** Largest page a content-API read of the four types may ask for (REST pagination, GraphQL `pagination`). */
  maxPageSize: number;
  /** Deepest `populate` a REST read of the four types may ask for (article.quotes.speaker is 3). */
  maxPopulateDepth: number;
}

const POSITIVE_INTEGERS = ['maxSourceBytes', 'maxDocumentsPerRequest', 'maxPageSize', 'maxPopulateDepth'] as const;

export default {
  default: (): NewsroomConfig => ({
    publicRead: false,
    maxSourceBytes: 5 * 1024 * 1024,
    maxDocumentsPerRequest: 50,
    maxPageSize: 100,
    maxPopulateDepth: 5,
  }),
  validator(config: Partial<NewsroomConfig>) {
    if (typeof config.publicRead !== 'boolean') {
      throw new Error('newsroom: config.publicRead must be a boolean');
    }
    for (const key of POSITIVE_INTEGERS) {
      const value = config[key];
      if (typeof value !== 'number' || !Number.isInteger(value) || value <= 0) {
        throw new Error(`newsroom: config.${key} must be a positive integer`);
      }
    }
  },
};
