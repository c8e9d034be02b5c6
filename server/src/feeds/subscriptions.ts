/**
 * Feed subscriptions in the database, through the Document Service; rows
 * are parsed with zod where they come out, so the rest of feeds/ sees typed
 * subscriptions. Claims are claim.ts's.
 */
import type { Core } from '@strapi/strapi';
import { z } from '@strapi/utils';
import { UID } from '../uids';
import type { FeedRun, FeedSubscription } from './types';

const instant = z
  .union([z.string(), z.date()])
  .nullable()
  .optional()
  .transform((value) => (value == null ? null : new Date(value).toISOString()));

const nullableText = z.string().nullable().optional().transform((value) => value ?? null);

/** Written only by next-state.ts; anything else in the column is dropped rather than trusted. */
const runRow = z.object({
  startedAt: z.string(),
  durationMs: z.number(),
  status: z.enum(['ok', 'not-modified', 'failed']),
  httpStatus: z.number().nullable(),
  items: z.number(),
  imported: z.number(),
  created: z.number(),
  updated: z.number(),
  failed: z.number(),
  error: z.string().nullable(),
  importRunId: z.string().nullable(),
});

const subscriptionRow = z.object({
  id: z.number(),
  documentId: z.string(),
  url: z.string(),
  interval: z.number().int(),
  enabled: z.boolean().nullable().transform((value) => value ?? true),
  publish: z.boolean().nullable().transform((value) => value ?? false),
  etag: nullableText,
  lastModified: nullableText,
  lastRunAt: instant,
  nextRunAt: instant,
  lastStatus: z.enum(['ok', 'not-modified', 'failed']).nullable().optional().transform((value) => value ?? null),
  lastError: nullableText,
  consecutiveFailures: z.number().int().nullable().transform((value) => value ?? 0),
  seen: z.record(z.string(), z.string()).nullable().optional().transform((value) => value ?? {}),
  runs: z
    .array(z.unknown())
    .nullable()
    .optional()
    .transform((runs) => (runs ?? []).flatMap((run) => { const parsed = runRow.safeParse(run);
      return parsed.success ? [parsed.data as FeedRun] : [];
     })),
});

// Outside strict mode zod types nullable fields as optional; the transforms above make each one present.
export const toSubscription = (row: unknown): FeedSubscription => subscriptionRow.parse(row) as FeedSubscription;

const documents = (strapi: Core.Strapi) => strapi.documents(UID.feedSubscription);

export type SubscriptionData = Partial<Omit<FeedSubscription, 'id' | 'documentId'>> & { claimedUntil?: null };

/** The Document Service types plugin schemas' attributes only in a generated app; the row is checked on the way out. */
const asData = (data: SubscriptionData): Record<string, unknown> => ({ ...data });

export async function listSubscriptions(strapi: Core.Strapi): Promise<FeedSubscription[]> {
  const rows = await documents(strapi).findMany({ sort: { createdAt: 'asc' }, limit: 1000 });
  return rows.map(toSubscription);
}

export async function findSubscription(strapi: Core.Strapi, where: { documentId: string } | { id: number } | { url: string }): Promise<FeedSubscription | null> {
  const row = await documents(strapi).findFirst({ filters: where });
  return row ? toSubscription(row) : null;
}

export async function createSubscription(strapi: Core.Strapi, data: SubscriptionData): Promise<FeedSubscription> {
  return toSubscription(await documents(strapi).create({ data: asData(data) }));
}

export async function updateSubscription(strapi: Core.Strapi, documentId: string, data: SubscriptionData): Promise<FeedSubscription> {
  return toSubscription(await documents(strapi).update({ documentId, data: asData(data) }));
}

export async function deleteSubscription(strapi: Core.Strapi, documentId: string): Promise<void> {
  await documents(strapi).delete({ documentId });
}
