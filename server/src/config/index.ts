export interface NewsroomConfig {
  /** Let the Public role read the four editorial types through the content API. */
  publicRead: boolean;
  /** Largest source document accepted by the HTTP doors, in bytes. */
  maxSourceBytes: number;
  /** Most documents accepted in one HTTP import request. */
  maxDocumentsPerRequest: number;
}

export default {
  default: (): NewsroomConfig => ({
    publicRead: false,
    maxSourceBytes: 5 * 1024 * 1024,
    maxDocumentsPerRequest: 50,
  }),
  validator(config: Partial<NewsroomConfig>) {
    if (typeof config.publicRead !== 'boolean') {
      throw new Error('newsroom: config.publicRead must be a boolean');
    }
    for (const key of ['maxSourceBytes', 'maxDocumentsPerRequest'] as const) {
      const value = config[key];
      if (typeof value !== 'number' || !Number.isInteger(value) || value <= 0) {
        throw new Error(`newsroom: config.${key} must be a positive integer`);
      }
    }
  },
};
