/**
 * Feed subscriptions' shapes: the stored subscription, one run's outcome and
 * the run log entry kept on the subscription. Pure data, nothing from Strapi.
 */

export type FeedStatus = 'ok' | 'not-modified' | 'failed';

/** Item key (its link, else its GUID) → the SHA-256 of the item's markup when it was last imported. */
export type SeenItems = Record<string, string>;

/** One entry of a subscription's run log, newest first (at most RUN_LOG_SIZE). */
export interface FeedRun {
  startedAt: string;
  durationMs: number;
  status: FeedStatus;
  /** The HTTP status of the feed request; null when no answer came (network, timeout). */
  httpStatus: number | null;
  /** Items in the feed as fetched (0 on 304 or failure). */
  items: number;
  /** New or changed items handed to the importer. */
  imported: number;
  created: number;
  updated: number;
  /** Items the importer could not read or write (retried next run). */
  failed: number;
  error: string | null;
  /** The importer's run (plugin::newsroom.import-run) when items were imported. */
  importRunId: string | null;
}

export interface FeedSubscription {
  id: number;
  documentId: string;
  url: string;
  /** Minutes between runs. */
  interval: number;
  enabled: boolean;
  publish: boolean;
  etag: string | null;
  lastModified: string | null;
  lastRunAt: string | null;
  nextRunAt: string | null;
  lastStatus: FeedStatus | null;
  lastError: string | null;
  consecutiveFailures: number;
  seen: SeenItems;
  runs: FeedRun[];
}

/** What one run found: the subscription's new validators and seen items come only from a complete one. */
export type FeedOutcome =
  | { status: 'not-modified'; httpStatus: 304 }
  | {
      status: 'ok';
      httpStatus: number;
      /** Null when an item failed to import: the next run must fetch the feed in full again to retry it. */
      validators: { etag: string | null; lastModified: string | null } | null;
      seen: SeenItems;
      items: number;
      imported: number;
      created: number;
      updated: number;
      failed: number;
      importRunId: string | null;
    }
  | { status: 'failed'; httpStatus: number | null; error: string };
