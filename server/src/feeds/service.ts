/**
 * The feeds service (`getService(strapi, 'feeds')`): subscriptions for the
 * doors, and runs, by the schedule (runDue) or on demand (runNow). Each run
 * is claimed first (claim.ts), so one feed runs on one node at a time.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { getService } from '../get-service';
import { PLUGIN_ID } from '../uids';
import { claimNextDue, claimNow, releaseClaim } from './claim';
import { afterRun } from './next-state';
import { runFeed, type RunFeedDeps } from './run-feed';
import { createSubscription, deleteSubscription, findSubscription, listSubscriptions, updateSubscription, type SubscriptionData } from './subscriptions';
import type { FeedRun, FeedSubscription } from './types';

/** How long a feed server may take to answer in full. */
export const FETCH_TIMEOUT_MS = 15_000;
/** Most subscriptions one tick runs, so a tick ends well before the lease of its last claim. */
const RUNS_PER_TICK = 20;

export interface SubscriptionInput {
  url: string;
  interval?: number;
  enabled?: boolean;
  publish?: boolean;
}

/** What the doors show: everything but the seen items, which are bookkeeping. */
export type SubscriptionView = Omit<FeedSubscription, 'seen'> & { seenItems: number };

export const toView = ({ seen, ...subscription }: FeedSubscription): SubscriptionView => ({ ...subscription, seenItems: Object.keys(seen).length });

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const deps = (): RunFeedDeps => ({
    importItems: (request) => getService(strapi, 'importer').run(request),
    limits: { timeoutMs: FETCH_TIMEOUT_MS, maxBytes: strapi.plugin(PLUGIN_ID).config<number>('maxSourceBytes') },
  });

  const existing = async (documentId: string) => {
    const subscription = await findSubscription(strapi, { documentId });
    if (!subscription) throw new errors.NotFoundError(`No feed subscription ${documentId}`);
    return subscription;
  };

  /** Run a claimed subscription and write what the run changed; the write also releases the claim. */
  const runClaimed = async (id: number): Promise<{ subscription: FeedSubscription; run: FeedRun }> => {
    try {
      const subscription = (await findSubscription(strapi, { id }))!;
      const started = new Date();
      const outcome = await runFeed(subscription, deps());
      const patch = afterRun(subscription, outcome, started, new Date());
      if (outcome.status === 'failed') strapi.log.warn(`newsroom: ${outcome.error}`);
      const updated = await updateSubscription(strapi, subscription.documentId, { ...patch, claimedUntil: null });
      return { subscription: updated, run: patch.runs[0]! };
    } catch (error) {
      await releaseClaim(strapi, id);
      throw error;
    }
  };

  return {
    async list(): Promise<SubscriptionView[]> {
      return (await listSubscriptions(strapi)).map(toView);
    },

    async get(documentId: string): Promise<SubscriptionView> {
      return toView(await existing(documentId));
    },

    async create(input: SubscriptionInput): Promise<SubscriptionView> {
      if (await findSubscription(strapi, { url: input.url })) throw new errors.ValidationError(`A subscription to ${input.url} exists already`);
      // Due at once: the next tick (or a run now) fetches it.
      return toView(await createSubscription(strapi, { ...input, nextRunAt: new Date().toISOString(), consecutiveFailures: 0, seen: {}, runs: [] }));
    },

    async update(documentId: string, input: Partial<SubscriptionInput>): Promise<SubscriptionView> {
      const current = await existing(documentId);
      if (input.url && input.url !== current.url && (await findSubscription(strapi, { url: input.url }))) {
        throw new errors.ValidationError(`A subscription to ${input.url} exists already`);
      }
      const data: SubscriptionData = { ...input };
      // Another URL is another feed: its validators and seen items say nothing about it.
      if (input.url && input.url !== current.url) Object.assign(data, { etag: null, lastModified: null, seen: {}, consecutiveFailures: 0, nextRunAt: new Date().toISOString() });
      return toView(await updateSubscription(strapi, documentId, data));
    },

    async remove(documentId: string): Promise<void> {
      await existing(documentId);
      await deleteSubscription(strapi, documentId);
    },

    async runs(documentId: string): Promise<FeedRun[]> {
      return (await existing(documentId)).runs;
    },

    /** Run one subscription now, enabled or not, unless a run of it is under way somewhere. */
    async runNow(documentId: string): Promise<{ subscription: SubscriptionView; run: FeedRun }> {
      const { id } = await existing(documentId);
      if (!(await claimNow(strapi, id, new Date()))) throw new errors.ApplicationError(`The feed subscription ${documentId} is running already`);
      const { subscription, run } = await runClaimed(id);
      return { subscription: toView(subscription), run };
    },

    /** The schedule's tick: every due, enabled and unclaimed subscription, one after another. */
    async runDue(): Promise<FeedRun[]> {
      const runs: FeedRun[] = [];
      for (let i = 0; i < RUNS_PER_TICK; i++) {
        const id = await claimNextDue(strapi, new Date());
        if (id === null) break;
        runs.push((await runClaimed(id)).run);
      }
      return runs;
    },
  };
};
