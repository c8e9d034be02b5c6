/**
 * One conditional GET of a feed with Node's built-in fetch: only http(s),
 * a timeout, and a size cap enforced while reading (a missing or false
 * Content-Length does not get past it). Every failure is a FeedError whose
 * message is one line naming the feed's URL.
 */

export class FeedError extends Error {
  /** The HTTP status when the server answered. */
  readonly httpStatus: number | null;

  constructor(url: string, problem: string, httpStatus: number | null = null) {
    super(`feed ${url}: ${problem}`);
    this.name = 'FeedError';
    this.httpStatus = httpStatus;
  }
}

export interface Validators {
  etag: string | null;
  lastModified: string | null;
}

export type FetchResult = { status: 304 } | { status: number; body: Uint8Array; validators: Validators };

export interface FetchLimits {
  timeoutMs: number;
  maxBytes: number;
}

const ACCEPT = 'application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.1';

export const isWebUrl = (value: string): boolean => {
  try {
    const { protocol } = new URL(value);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
};

const firstLine = (error: unknown): string => {
  // undici puts the reason (ECONNREFUSED, a TLS error) in the cause of its "fetch failed".
  const inner = (error as { cause?: unknown }).cause;
  const cause = inner instanceof Error ? `: ${inner.message}` : '';
  return `${error instanceof Error ? error.message : String(error)}${cause}`.split('\n')[0]!;
};

async function readCapped(url: string, response: Response, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes) throw new FeedError(url, `response is ${declared} bytes, over the ${maxBytes}-byte limit`, response.status);
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body?.getReader();
  for (let next = await reader?.read(); next && !next.done; next = await reader!.read()) {
    size += next.value.byteLength;
    if (size > maxBytes) {
      await reader!.cancel();
      throw new FeedError(url, `response is over the ${maxBytes}-byte limit`, response.status);
    }
    chunks.push(next.value);
  }
  return Buffer.concat(chunks, size);
}

export async function fetchFeed(url: string, validators: Validators, { timeoutMs, maxBytes }: FetchLimits): Promise<FetchResult> {
  if (!isWebUrl(url)) throw new FeedError(url, 'only http and https URLs are fetched');
  const headers: Record<string, string> = { accept: ACCEPT, 'user-agent': 'strapi-plugin-newsroom (feed subscriptions)' };
  if (validators.etag) headers['if-none-match'] = validators.etag;
  if (validators.lastModified) headers['if-modified-since'] = validators.lastModified;
  const signal = AbortSignal.timeout(timeoutMs);
  let response: Response;
  try {
    response = await fetch(url, { headers, signal, redirect: 'follow' });
  } catch (error) {
    throw new FeedError(url, signal.aborted ? `no answer within ${timeoutMs} ms` : firstLine(error));
  }
  if (response.status === 304) {
    await response.body?.cancel();
    return { status: 304 };
  }
  if (!response.ok) {
    await response.body?.cancel();
    throw new FeedError(url, `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`, response.status);
  }
  // A redirect may lead elsewhere; fetch itself follows only http(s), this says so if that ever changes.
  if (!isWebUrl(response.url || url)) throw new FeedError(url, `redirected to ${response.url}, not http(s)`, response.status);
  let body: Uint8Array;
  try {
    body = await readCapped(url, response, maxBytes);
  } catch (error) {
    if (error instanceof FeedError) throw error;
    throw new FeedError(url, signal.aborted ? `no complete answer within ${timeoutMs} ms` : firstLine(error), response.status);
  }
  return { status: response.status, body, validators: { etag: response.headers.get('etag'), lastModified: response.headers.get('last-modified') } };
}
