/**
 * The one place that claims a subscription for a run, so that several
 * Strapi nodes ticking the same minute never run one feed twice: a single
 * UPDATE … WHERE the claim is free (and, for the schedule, the run is due),
 * through Strapi's query engine (@strapi/database's updateMany is one
 * UPDATE statement, atomic on SQLite and PostgreSQL alike). A claim is a
 * lease: a node that dies mid-run leaves it to expire rather than a lock
 * nobody releases.
 */
import type { Core } from '@strapi/strapi';
import { UID } from '../uids';

/** Longer than any run (fetch timeout plus the import of one feed), short enough that a dead node's feed is soon picked up. */
export const CLAIM_LEASE_MS = 15 * 60_000;

const claimFree = (now: Date) => ({ $or: [{ claimedUntil: { $null: true } }, { claimedUntil: { $lt: now } }] });

const query = (strapi: Core.Strapi) => strapi.db.query(UID.feedSubscription);

async function claimWhere(strapi: Core.Strapi, where: Record<string, unknown>, now: Date): Promise<boolean> {
  const { count } = await query(strapi).updateMany({
    where: { $and: [where, claimFree(now)] },
    data: { claimedUntil: new Date(now.getTime() + CLAIM_LEASE_MS) },
  });
  return count === 1;
}

const due = (now: Date) => ({ enabled: true, $or: [{ nextRunAt: { $null: true } }, { nextRunAt: { $lte: now } }] });

/** Claim one due subscription, the longest overdue first; its id, or null when none is due and free. */
export async function claimNextDue(strapi: Core.Strapi, now: Date): Promise<number | null> {
  const candidates: Array<{ id: number }> = await query(strapi).findMany({
    select: ['id'],
    where: { $and: [due(now), claimFree(now)] },
    orderBy: [{ nextRunAt: 'asc' }, { id: 'asc' }],
    limit: 5,
  });
  for (const { id } of candidates) {
    // Another node may take a candidate between the read and the update: the update says who won.
    if (await claimWhere(strapi, { $and: [{ id }, due(now)] }, now)) return id;
  }
  return null;
}

/** Claim one subscription whatever its schedule (run now); false when a run of it is under way. */
export const claimNow = (strapi: Core.Strapi, id: number, now: Date): Promise<boolean> => claimWhere(strapi, { id }, now);

export async function releaseClaim(strapi: Core.Strapi, id: number): Promise<void> {
  await query(strapi).update({ where: { id }, data: { claimedUntil: null } });
}
