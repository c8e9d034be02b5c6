/**
 * Which of a feed's items to import: those whose key was never seen, or was
 * seen with another hash. The seen state then holds the feed's current items
 * only, so it stays as small as the feed.
 */
import type { SeenItems } from './types';

export interface FeedItem {
  /** 1-based position in the feed, as the source stage names it ("<url>#<n>"). */
  position: number;
  /** The item's link, else its GUID. */
  key: string;
  /** SHA-256 of the item's markup. */
  hash: string;
}

export const changedItems = (items: FeedItem[], seen: SeenItems): FeedItem[] => items.filter((item) => seen[item.key] !== item.hash);

/**
 * The seen state after a run: every current item at its hash, except an item
 * that failed to import, which keeps its earlier hash (or none) so the next
 * run tries it again.
 */
export function nextSeen(items: FeedItem[], seen: SeenItems, failed: ReadonlySet<number>): SeenItems {
  const next: SeenItems = {};
  for (const item of items) {
    if (!failed.has(item.position)) next[item.key] = item.hash;
    else if (seen[item.key] !== undefined) next[item.key] = seen[item.key]!;
  }
  return next;
}
