/**
 * The feeds service (`getService(strapi, 'feeds')`): subscriptions for the
 * doors, and runs, by the schedule (runDue) or on demand (runNow). Each run
 * is claimed first (claim.ts), so one feed runs on one node at a time.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { delayMinutes } from './backoff';
import { claimNextDue, claimNow } from './claim';
import { runClaimed } from './run-claimed';
import { createSubscription, deleteSubscription, findSubscription, listSubscriptions, updateSubscription, type SubscriptionData } from './subscriptions';
import type { FeedRun, FeedSubscription } from './types';

/** Most subscriptions one tick runs: a long backlog is shared with the other nodes and the next ticks. */
const RUNS_PER_TICK = 20;

export interface SubscriptionInput {
  url: string;
  interval?: number;
  enabled?: boolean;
  publish?: boolean;
}

/** What the doors show: everything but the seen items, which are bookkeeping, and the wait the failures imposed. */
export type SubscriptionView = Omit<FeedSubscription, 'seen'> & { seenItems: number; delayMinutes: number };

export const toView = ({ seen, ...subscription }: FeedSubscription): SubscriptionView => ({
  ...subscription,
  seenItems: Object.keys(seen).length,
  delayMinutes: delayMinutes(subscription.interval, subscription.consecutiveFailures),
});

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const existing = async (documentId: string) => {
    const subscription = await findSubscription(strapi, { documentId });
    if (!subscription) throw new errors.NotFoundError(`No feed subscription ${documentId}`);
    return subscription;
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
      const { subscription, run } = await runClaimed(strapi, id);
      return { subscription: toView(subscription), run };
    },

    /** The schedule's tick: every due, enabled and unclaimed subscription, one after another. */
    async runDue(): Promise<FeedRun[]> {
      const runs: FeedRun[] = [];
      for (let i = 0; i < RUNS_PER_TICK; i++) {
        const id = await claimNextDue(strapi, new Date());
        if (id === null) break;
        runs.push((await runClaimed(strapi, id)).run);
      }
      return runs;
    },
  };
};
