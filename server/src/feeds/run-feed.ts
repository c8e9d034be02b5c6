/**
 * One run of a subscription: a conditional GET of its feed, then only the
 * new or changed items handed to the importer. A 304 or a feed whose items
 * are all seen imports nothing. Every failure becomes a failed outcome with
 * a one-line error naming the feed; nothing here writes the subscription.
 */
import type { ImportRequest } from '../services/importer';
import type { ImportReport } from '../sync/types';
import { changedItems, nextSeen, type FeedItem } from './changed-items';
import { fetchFeed, FeedError, type FetchLimits } from './fetch-feed';
import { readFeedItems } from './read-items';
import type { FeedOutcome, FeedSubscription } from './types';

/** Where new and changed items go: the importer's run today (a job queue could take its place). */
export type ImportItems = (request: Pick<ImportRequest, 'documents' | 'options' | 'actor'>) => Promise<ImportReport>;

export interface RunFeedDeps {
  importItems: ImportItems;
  limits: FetchLimits;
}

/** The positions (in the feed) of the items the importer could not read or write. */
const failedPositions = (url: string, report: ImportReport): Set<number> =>
  new Set(report.files.filter((file) => file.status === 'failed').map((file) => Number(file.name.slice(url.length + 1))));

async function importChanged(subscription: FeedSubscription, body: Uint8Array, changed: FeedItem[], deps: RunFeedDeps): Promise<ImportReport> {
  return deps.importItems({
    // The whole feed, of which the source stage reads only the changed items, named "<url>#<n>" as any feed's items are.
    documents: [{ name: subscription.url, data: body, items: changed.map((item) => item.position) }],
    options: { publish: subscription.publish },
    actor: { type: 'admin', name: `feed:${subscription.url}` },
  });
}

export async function runFeed(subscription: FeedSubscription, deps: RunFeedDeps): Promise<FeedOutcome> {
  const { url } = subscription;
  let httpStatus: number | null = null;
  try {
    const fetched = await fetchFeed(url, { etag: subscription.etag, lastModified: subscription.lastModified }, deps.limits);
    if (!('body' in fetched)) return { status: 'not-modified', httpStatus: 304 };
    httpStatus = fetched.status;
    const items = await readFeedItems(url, fetched.body, deps.limits.maxBytes, fetched.status);
    const changed = changedItems(items, subscription.seen);
    const report = changed.length > 0 ? await importChanged(subscription, fetched.body, changed, deps) : null;
    const failed = report ? failedPositions(url, report) : new Set<number>();
    return {
      status: 'ok',
      httpStatus: fetched.status,
      validators: failed.size === 0 ? fetched.validators : null,
      seen: nextSeen(items, subscription.seen, failed),
      items: items.length,
      imported: changed.length,
      created: report ? report.counts.article.create : 0,
      updated: report ? report.counts.article.update : 0,
      failed: failed.size,
      importRunId: report?.runId ?? null,
    };
  } catch (error) {
    if (error instanceof FeedError) return { status: 'failed', httpStatus: error.httpStatus, error: error.message };
    // The importer's own failures (the database gone, the lock held too long) back off like the feed's.
    const message = error instanceof Error ? error.message : String(error);
    return { status: 'failed', httpStatus, error: `feed ${url}: import failed: ${message.split('\n')[0]}` };
  }
}
