/** The admin's view of the feed routes (server/src/routes/validation/feeds.ts). */
export type FeedStatus = 'ok' | 'not-modified' | 'failed';

export interface FeedRun {
  startedAt: string;
  durationMs: number;
  status: FeedStatus;
  httpStatus: number | null;
  items: number;
  imported: number;
  created: number;
  updated: number;
  failed: number;
  error: string | null;
  importRunId: string | null;
}

export interface FeedSubscription {
  documentId: string;
  url: string;
  interval: number;
  enabled: boolean;
  publish: boolean;
  lastRunAt: string | null;
  nextRunAt: string | null;
  lastStatus: FeedStatus | null;
  lastError: string | null;
  consecutiveFailures: number;
  runs: FeedRun[];
  seenItems: number;
  /** The interval, doubled per consecutive failure, at most a day (the server's backoff). */
  delayMinutes: number;
}

export interface FeedInput {
  url: string;
  interval?: number;
  enabled?: boolean;
  publish?: boolean;
}
