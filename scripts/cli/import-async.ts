/**
 * `newsroom import … --async` and `--feed <url>`: the documents handed to the
 * app's import job queue rather than imported in this process. In-process
 * (--app) the job is stored in the app's database and its nodes work it;
 * with --url the running Strapi's POST /api/newsroom/import-jobs takes it.
 */
import os from 'os';
import { readSourceBytes } from '../../server/src/source/read-source';
import { getService } from '../../server/src/get-service';
import type { JobSpec, JobView } from '../../server/src/jobs/types';
import type { ImportOptions, SourceDocument } from '../../server/src/sync/types';
import { expandInputs } from './inputs';
import { closeStrapi, loadStrapi } from './strapi-app';

export interface AsyncFlags {
  app: string;
  compile: boolean;
  verbose?: boolean;
  url?: string;
  token?: string;
  feed?: string;
}

/** Every file read up front: a job stores its documents before any node works on them. Unreadable files stop the command. */
async function readAll(inputs: string[], maxBytes: number): Promise<SourceDocument[]> {
  return (await expandInputs(inputs)).map(({ file, name }) => ({ name, data: readSourceBytes(file, { maxBytes, label: name }) }));
}

async function enqueueRemote(url: string, token: string | undefined, body: Record<string, unknown>): Promise<JobView> {
  if (!token) throw new Error('--url needs --token (or NEWSROOM_API_TOKEN): an API token with the newsroom import scope');
  const endpoint = new URL('/api/newsroom/import-jobs', url).toString();
  const response = await fetch(endpoint, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify(body) });
  const answer = (await response.json().catch(() => null)) as { data?: JobView; error?: { message?: string } } | null;
  if (response.status !== 202 || !answer?.data) throw new Error(`${endpoint}: HTTP ${response.status} ${answer?.error?.message ?? response.statusText}`);
  return answer.data;
}

export async function enqueueImport(inputs: string[], options: ImportOptions, flags: AsyncFlags, maxBytes: number): Promise<JobView> {
  if (flags.feed && inputs.length) throw new Error('--feed: give either a feed URL or files, not both');
  const documents = flags.feed ? [] : await readAll(inputs, maxBytes);
  if (flags.url) {
    const { format: _format, ...requestOptions } = options;
    const source = flags.feed ? { url: flags.feed } : { documents: documents.map((d) => ({ name: d.name, data: Buffer.from(d.data!).toString('base64') })) };
    return enqueueRemote(flags.url, flags.token ?? process.env.NEWSROOM_API_TOKEN, { ...source, ...requestOptions });
  }
  const spec: JobSpec = {
    source: flags.feed ? { kind: 'feed', url: flags.feed } : { kind: 'documents', documents },
    options,
    actor: { type: 'cli', name: `cli:${os.userInfo().username}` },
  };
  const strapi = await loadStrapi(flags.app, { compile: flags.compile, verbose: !!flags.verbose });
  try {
    const jobs = getService(strapi, 'jobs');
    return (await jobs.get(await jobs.enqueue(spec)))!;
  } finally {
    await closeStrapi(strapi);
  }
}
