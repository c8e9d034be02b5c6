/**
 * What a run changes on its subscription: status, error, failure count, the
 * next run (backed off after failures), the HTTP validators and seen items
 * of a complete run, and the run log. Pure: the service writes the result.
 */
import { nextRunAt } from './backoff';
import type { FeedOutcome, FeedRun, FeedSubscription } from './types';

/** Runs kept on a subscription: enough to see a pattern of failures in the admin, never a growing column. */
export const RUN_LOG_SIZE = 20;

export type SubscriptionPatch = Pick<
  FeedSubscription,
  'lastRunAt' | 'nextRunAt' | 'lastStatus' | 'lastError' | 'consecutiveFailures' | 'runs' | 'etag' | 'lastModified' | 'seen'
>;

export function runEntry(outcome: FeedOutcome, startedAt: Date, finishedAt: Date): FeedRun {
  const none = { items: 0, imported: 0, created: 0, updated: 0, failed: 0, importRunId: null };
  const counts = outcome.status === 'ok' ? { items: outcome.items, imported: outcome.imported, created: outcome.created, updated: outcome.updated, failed: outcome.failed, importRunId: outcome.importRunId } : none;
  return {
    startedAt: startedAt.toISOString(),
    durationMs: finishedAt.getTime() - startedAt.getTime(),
    status: outcome.status,
    httpStatus: outcome.httpStatus,
    ...counts,
    error: outcome.status === 'failed' ? outcome.error : null,
  };
}

export function afterRun(subscription: FeedSubscription, outcome: FeedOutcome, startedAt: Date, finishedAt: Date): SubscriptionPatch {
  const failures = outcome.status === 'failed' ? subscription.consecutiveFailures + 1 : 0;
  const complete = outcome.status === 'ok' ? outcome.validators : null;
  return {
    lastRunAt: startedAt.toISOString(),
    nextRunAt: nextRunAt(finishedAt, subscription.interval, failures).toISOString(),
    lastStatus: outcome.status,
    lastError: outcome.status === 'failed' ? outcome.error : null,
    consecutiveFailures: failures,
    runs: [runEntry(outcome, startedAt, finishedAt), ...subscription.runs].slice(0, RUN_LOG_SIZE),
    // A failed or partial run keeps the validators it had, so the next request is answered in full.
    etag: outcome.status === 'ok' && complete ? complete.etag : subscription.etag,
    lastModified: outcome.status === 'ok' && complete ? complete.lastModified : subscription.lastModified,
    seen: outcome.status === 'ok' ? outcome.seen : subscription.seen,
  };
}
