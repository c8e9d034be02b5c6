/**
 * A job's feed URL read once, when the job is enqueued: a plain GET (a
 * subscription's conditional GET is the feeds room's), its body kept as the
 * job's one source document, which the source stage (source/feed.ts) splits
 * into one article per item when the chunk is imported.
 */
import { detectFormat } from '../source/detect';
import { SourceError } from '../source/read-source';
import type { SourceDocument } from '../sync/types';

const TIMEOUT_MS = 30_000;

async function readCapped(response: Response, url: string, maxBytes: number): Promise<Buffer> {
  const parts: Buffer[] = [];
  let size = 0;
  const reader = response.body?.getReader();
  for (let read = await reader?.read(); read && !read.done; read = await reader!.read()) {
    size += read.value.byteLength;
    if (size > maxBytes) {
      await reader!.cancel();
      throw new SourceError(url, `the feed is larger than ${maxBytes} bytes`);
    }
    parts.push(Buffer.from(read.value));
  }
  return Buffer.concat(parts);
}

export async function fetchFeedDocument(url: string, maxBytes: number): Promise<SourceDocument> {
  if (!/^https?:\/\//i.test(url)) throw new SourceError(url, 'a feed URL must be http or https');
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(TIMEOUT_MS), headers: { accept: 'application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5' } });
  } catch (error) {
    throw new SourceError(url, `the feed could not be fetched (${error instanceof Error ? error.message : String(error)})`);
  }
  if (!response.ok) throw new SourceError(url, `the feed answered HTTP ${response.status}`);
  const data = await readCapped(response, url, maxBytes);
  const contentType = response.headers.get('content-type')?.split(';')[0]?.trim() || undefined;
  const format = detectFormat({ name: url, bytes: data, contentType });
  if (format !== 'rss' && format !== 'atom') throw new SourceError(url, `not an RSS or Atom feed (it reads as ${format})`);
  return { name: url, data, format };
}
