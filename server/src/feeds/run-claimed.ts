/**
 * A claimed subscription's run, start to end: run the feed, write what the
 * run changed (next-state.ts) and release the claim in the same write. If
 * the write itself fails the claim is released on its own, so the feed is
 * not left to wait out the lease.
 */
import type { Core } from '@strapi/strapi';
import { getService } from '../get-service';
import { PLUGIN_ID } from '../uids';
import { releaseClaim } from './claim';
import { afterRun } from './next-state';
import { runFeed, type RunFeedDeps } from './run-feed';
import { findSubscription, updateSubscription } from './subscriptions';
import type { FeedRun, FeedSubscription } from './types';

/** How long a feed server may take to answer in full. */
export const FETCH_TIMEOUT_MS = 15_000;

const deps = (strapi: Core.Strapi): RunFeedDeps => ({
  importItems: (request) => getService(strapi, 'importer').run(request),
  limits: { timeoutMs: FETCH_TIMEOUT_MS, maxBytes: strapi.plugin(PLUGIN_ID).config<number>('maxSourceBytes') },
});

export async function runClaimed(strapi: Core.Strapi, id: number): Promise<{ subscription: FeedSubscription; run: FeedRun }> {
  try {
    const subscription = await findSubscription(strapi, { id });
    if (!subscription) throw new Error(`feed subscription ${id} was deleted during its run`);
    const started = new Date();
    const outcome = await runFeed(subscription, deps(strapi));
    const patch = afterRun(subscription, outcome, started, new Date());
    if (outcome.status === 'failed') strapi.log.warn(`newsroom: ${outcome.error}`);
    const updated = await updateSubscription(strapi, subscription.documentId, { ...patch, claimedUntil: null });
    return { subscription: updated, run: patch.runs[0]! };
  } catch (error) {
    await releaseClaim(strapi, id);
    throw error;
  }
}
