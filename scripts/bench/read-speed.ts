/**
 * Read speed, side by side in one process and one database (run.ts's `api`
 * job serves it): the newsroom's articles as the Public role (through the draft
 * guard), the same with a full-access API token, and the plain bench types of
 * the same shape filled with the same rows (plain-types.ts), also with the
 * token. The three are measured interleaved, in short windows whose order
 * rotates each round, so load from elsewhere on the machine falls on all of
 * them alike; compare the ratios, not the absolute figures.
 */
import Table from 'cli-table3';

export const POPULATE = 'populate[quotes][populate]=speaker&populate[people]=true';

export interface ReadOptions {
  rounds: number;
  seconds: number;
  connections: number;
}

/** What the `api` worker reports once it serves. */
export interface ServingInfo {
  port: number;
  documentId: string;
  token: string;
}

type Caller = 'a' | 'b' | 'c';
type Shape = 'list' | 'one';

export const CALLERS: Record<Caller, string> = {
  a: 'newsroom, Public role (guarded)',
  b: 'newsroom, full-access token',
  c: 'plain type, full-access token',
};

interface Endpoint {
  caller: Caller;
  shape: Shape;
  url: string;
  headers: Record<string, string>;
}

export interface EndpointResult {
  caller: Caller;
  shape: Shape;
  path: string;
  requests: number;
  seconds: number;
  requestsPerSecond: number;
  p50ms: number | null;
  p99ms: number | null;
  bytesPerResponse: number;
  /** The server process's CPU time per request (SQLite's included, PostgreSQL's not): less sensitive to other load than req/s. */
  serverCpuMs: number | null;
  non2xx: number;
  errors: number;
}

const endpoints = (info: ServingInfo): Endpoint[] => {
  const base = `http://127.0.0.1:${info.port}/api`;
  const token = { Authorization: `Bearer ${info.token}` };
  return [
    { caller: 'a', shape: 'list', url: `${base}/newsroom/articles?${POPULATE}`, headers: {} },
    { caller: 'b', shape: 'list', url: `${base}/newsroom/articles?${POPULATE}`, headers: token },
    { caller: 'c', shape: 'list', url: `${base}/bench-articles?${POPULATE}`, headers: token },
    { caller: 'a', shape: 'one', url: `${base}/newsroom/articles/${info.documentId}?${POPULATE}`, headers: {} },
    { caller: 'b', shape: 'one', url: `${base}/newsroom/articles/${info.documentId}?${POPULATE}`, headers: token },
    { caller: 'c', shape: 'one', url: `${base}/bench-articles/${info.documentId}?${POPULATE}`, headers: token },
  ];
};

type Article = { documentId?: string; quotes?: Array<{ speaker?: unknown }>; people?: unknown[] };

/** One request each, before any load: all answer, with the same articles, populated. Returns each body's size. */
const check = async (list: Endpoint[]): Promise<Map<Endpoint, number>> => {
  const sizes = new Map<Endpoint, number>();
  const seen: Partial<Record<Shape, string>> = {};
  for (const endpoint of list) {
    const response = await fetch(endpoint.url, { headers: endpoint.headers });
    const text = await response.text();
    if (!response.ok) throw new Error(`${endpoint.caller} ${endpoint.shape}: HTTP ${response.status} ${text.slice(0, 300)}`);
    const data = (JSON.parse(text) as { data: Article | Article[] }).data;
    const articles = Array.isArray(data) ? data : [data];
    const first = articles[0];
    if (!first || !Array.isArray(first.quotes) || !Array.isArray(first.people) || (first.quotes.length && !first.quotes[0].speaker)) {
      throw new Error(`${endpoint.caller} ${endpoint.shape}: not a populated article: ${text.slice(0, 300)}`);
    }
    const ids = articles.map((article) => article.documentId).join(',');
    if (seen[endpoint.shape] !== undefined && seen[endpoint.shape] !== ids) {
      throw new Error(`${endpoint.caller} ${endpoint.shape}: not the same articles as the other callers`);
    }
    seen[endpoint.shape] = ids;
    sizes.set(endpoint, Buffer.byteLength(text));
  }
  return sizes;
};

interface Window {
  requests: number;
  seconds: number;
  cpuMs: number | null;
  samples: number[];
  non2xx: number;
  errors: number;
}

/**
 * A fixed number of requests rather than a fixed time: every request of a window
 * completes inside it (and its CPU time with it), however slow a loaded machine makes it.
 */
const hammer = async (endpoint: Endpoint, amount: number, connections: number): Promise<Omit<Window, 'cpuMs'>> => {
  const autocannon = require('autocannon');
  const samples: number[] = [];
  const started = performance.now();
  const result: { requests: { total: number }; non2xx: number; errors: number } = await new Promise((resolve, reject) => {
    const instance = autocannon({ url: endpoint.url, headers: endpoint.headers, connections, amount }, (error: Error | null, res: never) =>
      error ? reject(error) : resolve(res)
    );
    instance.on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) => samples.push(responseTime));
  });
  return { requests: result.requests.total, seconds: (performance.now() - started) / 1000, samples, non2xx: result.non2xx, errors: result.errors };
};

const percentile = (sorted: number[], p: number) =>
  sorted.length ? Math.round(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] * 10) / 10 : null;

/**
 * Each shape's three callers, rounds × (a, b, c) in rotating order, after one untimed warm-up window each
 * (two requests per connection), whose slowest rate sets the group's requests per window: about
 * `options.seconds` each. `serverCpu` returns the server process's CPU milliseconds so far.
 */
export async function measureReads(
  info: ServingInfo,
  options: ReadOptions,
  log: (...parts: unknown[]) => void,
  serverCpu?: () => Promise<number>
): Promise<EndpointResult[]> {
  const list = endpoints(info);
  const sizes = await check(list);
  const windows = new Map<Endpoint, Window[]>(list.map((endpoint) => [endpoint, []]));
  for (const shape of ['list', 'one'] as const) {
    const group = list.filter((endpoint) => endpoint.shape === shape);
    let slowest = Infinity;
    for (const endpoint of group) {
      const warm = await hammer(endpoint, options.connections * 2, options.connections);
      slowest = Math.min(slowest, warm.requests / warm.seconds);
    }
    const amount = Math.max(options.connections * 2, Math.round(slowest * options.seconds));
    for (let round = 0; round < options.rounds; round += 1) {
      log(`reads: ${shape}, round ${round + 1} of ${options.rounds}, ${amount} requests each`);
      for (let i = 0; i < group.length; i += 1) {
        const endpoint = group[(i + round) % group.length];
        const before = serverCpu ? await serverCpu() : null;
        const window = await hammer(endpoint, amount, options.connections);
        windows.get(endpoint)!.push({ ...window, cpuMs: before === null || !serverCpu ? null : (await serverCpu()) - before });
      }
    }
  }
  return list.map((endpoint) => {
    const done = windows.get(endpoint)!;
    const requests = done.reduce((sum, w) => sum + w.requests, 0);
    const seconds = done.reduce((sum, w) => sum + w.seconds, 0);
    const samples = done.flatMap((w) => w.samples).sort((x, y) => x - y);
    const cpuMs = done.every((w) => w.cpuMs !== null) ? done.reduce((sum, w) => sum + (w.cpuMs ?? 0), 0) : null;
    return {
      caller: endpoint.caller,
      shape: endpoint.shape,
      path: endpoint.url.replace(/^http:\/\/[^/]+/, ''),
      requests,
      seconds: Math.round(seconds * 10) / 10,
      requestsPerSecond: Math.round((requests / seconds) * 10) / 10,
      p50ms: percentile(samples, 50),
      p99ms: percentile(samples, 99),
      bytesPerResponse: sizes.get(endpoint)!,
      serverCpuMs: cpuMs === null || !requests ? null : Math.round((cpuMs / requests) * 10) / 10,
      non2xx: done.reduce((sum, w) => sum + w.non2xx, 0),
      errors: done.reduce((sum, w) => sum + w.errors, 0),
    };
  });
}

/** Time per request of `slow` over `fast` (1.2 = 20% slower). */
export const timeRatio = (results: EndpointResult[], shape: Shape, slow: Caller, fast: Caller): number | null => {
  const rate = (caller: Caller) => results.find((r) => r.shape === shape && r.caller === caller)?.requestsPerSecond;
  const [s, f] = [rate(slow), rate(fast)];
  return s && f ? f / s : null;
};

/** Server CPU per request of `slow` over `fast`. */
export const cpuRatio = (results: EndpointResult[], shape: Shape, slow: Caller, fast: Caller): number | null => {
  const cpu = (caller: Caller) => results.find((r) => r.shape === shape && r.caller === caller)?.serverCpuMs;
  const [s, f] = [cpu(slow), cpu(fast)];
  return s && f ? s / f : null;
};

export interface ReadRun {
  db: string;
  n: number;
  error?: string;
  options?: ReadOptions;
  reads?: EndpointResult[];
}

const fmt = (value: number | null | undefined, digits = 1) =>
  value === null || value === undefined || !Number.isFinite(value) ? '–' : value.toFixed(digits);

export function printReads(runs: ReadRun[]) {
  const table = new Table({
    head: ['db', 'request', 'req/s', 'p50 ms', 'p99 ms', 'server CPU ms/req', 'KB/response', 'requests', 'non-2xx', 'errors'],
    style: { head: [], border: [] },
  });
  const ratios: string[] = [];
  for (const run of runs) {
    if (run.error || !run.reads) {
      table.push([run.db, `FAILED: ${(run.error ?? 'no read figures').split('\n')[0].slice(0, 200)}`, '', '', '', '', '', '', '', '']);
      continue;
    }
    for (const r of run.reads) {
      const label = `${r.shape === 'list' ? 'list of 25' : 'one article'}, (${r.caller}) ${CALLERS[r.caller]}`;
      table.push([run.db, label, fmt(r.requestsPerSecond), fmt(r.p50ms), fmt(r.p99ms), fmt(r.serverCpuMs), fmt(r.bytesPerResponse / 1024), r.requests, r.non2xx, r.errors]);
    }
    for (const shape of ['list', 'one'] as const) {
      const [ab, bc] = [timeRatio(run.reads, shape, 'a', 'b'), timeRatio(run.reads, shape, 'b', 'c')];
      const [abCpu, bcCpu] = [cpuRatio(run.reads, shape, 'a', 'b'), cpuRatio(run.reads, shape, 'b', 'c')];
      ratios.push(`${run.db} ${shape}: a/b ${fmt(ab, 2)}× (CPU ${fmt(abCpu, 2)}×), b/c ${fmt(bc, 2)}× (CPU ${fmt(bcCpu, 2)}×); time per request, target ≤ 1.20×`);
    }
  }
  const first = runs.find((run) => run.options);
  const how = first?.options
    ? `${first.options.connections} connections, ${first.options.rounds} rounds × about ${first.options.seconds} s per request, interleaved`
    : '';
  console.log(`\nRead speed, ${runs[0]?.n ?? '?'} published articles, ${POPULATE}; ${how}`);
  console.log(table.toString());
  for (const line of ratios) console.log(line);
}
