/**
 * A job's feed URL read once, when the job is enqueued, with the feeds room's
 * fetch (unconditional: a job has no validators to send); its body is kept as
 * the job's one source document, which the source stage (source/feed.ts)
 * splits into one article per item when the chunk is imported.
 */
import { FeedError, fetchFeed } from '../feeds/fetch-feed';
import { detectFormat } from '../source/detect';
import { SourceError } from '../source/read-source';
import type { SourceDocument } from '../sync/types';

const TIMEOUT_MS = 30_000;
const NO_VALIDATORS = { etag: null, lastModified: null };

export async function fetchFeedDocument(url: string, maxBytes: number): Promise<SourceDocument> {
  let body: Uint8Array;
  try {
    const result = await fetchFeed(url, NO_VALIDATORS, { timeoutMs: TIMEOUT_MS, maxBytes });
    if (!('body' in result)) throw new FeedError(url, `HTTP ${result.status} without a body`, result.status);
    body = result.body;
  } catch (error) {
    if (error instanceof FeedError) throw new SourceError(url, error.message.slice(`feed ${url}: `.length));
    throw error;
  }
  const data = Buffer.from(body);
  const format = detectFormat({ name: url, bytes: data });
  if (format !== 'rss' && format !== 'atom') throw new SourceError(url, `not an RSS or Atom feed (it reads as ${format})`);
  return { name: url, data, format };
}
