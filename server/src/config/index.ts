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
  jobs: JobsConfig;
}

/** The import job queue (server/src/jobs). */
export interface JobsConfig {
  /** Run job workers on this node. The CLI turns them off (NEWSROOM_JOB_WORKERS=off): it only enqueues and reads. */
  workers: boolean;
  /** Source documents per chunk: the unit that is imported, checkpointed and, after a crash, redone. */
  chunkSize: number;
  /** Most source documents in one job. */
  maxDocuments: number;
  /** A chunk not finished in this time is taken to be lost with its node and handed to another (pg-boss expiry). */
  chunkTimeoutSeconds: number;
  /** How often a node looks for work (pg-boss polling; the SQLite runner when idle). */
  pollingIntervalSeconds: number;
  /** How often pg-boss looks for expired chunks, and each worker node re-sends the pending chunks of active jobs (jobs/resend-pending.ts). */
  maintenanceIntervalSeconds: number;
}

const JOB_INTEGERS = ['chunkSize', 'maxDocuments', 'chunkTimeoutSeconds', 'pollingIntervalSeconds', 'maintenanceIntervalSeconds'] as const;

const POSITIVE_INTEGERS = ['maxSourceBytes', 'maxDocumentsPerRequest', 'maxPageSize', 'maxPopulateDepth'] as const;

export default {
  default: (): NewsroomConfig => ({
    publicRead: false,
    maxSourceBytes: 5 * 1024 * 1024,
    maxDocumentsPerRequest: 50,
    maxPageSize: 100,
    maxPopulateDepth: 5,
    jobs: {
      workers: process.env.NEWSROOM_JOB_WORKERS !== 'off',
      // The importer's own batch (sync/import-batch BATCH): a smaller chunk runs as a part-filled batch.
      chunkSize: 100,
      maxDocuments: 200_000,
      chunkTimeoutSeconds: 900,
      pollingIntervalSeconds: 2,
      maintenanceIntervalSeconds: 60,
    },
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
    const jobs = config.jobs;
    if (typeof jobs?.workers !== 'boolean') throw new Error('newsroom: config.jobs.workers must be a boolean');
    for (const key of JOB_INTEGERS) {
      const value = jobs[key];
      if (typeof value !== 'number' || !Number.isInteger(value) || value <= 0) {
        throw new Error(`newsroom: config.jobs.${key} must be a positive integer`);
      }
    }
  },
};
