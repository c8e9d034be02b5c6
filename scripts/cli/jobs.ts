import type { Command } from 'commander';
import { getService } from '../../server/src/get-service';
import { JOB_STATES, type JobState, type JobView } from '../../server/src/jobs/types';
import { formatJob, formatJobList } from './jobs-output';
import { closeStrapi, loadStrapi } from './strapi-app';

interface JobsFlags {
  app: string;
  compile: boolean;
  json?: boolean;
  state?: string;
  watch?: boolean;
}

type Jobs = ReturnType<typeof getService<'jobs'>>;

/** Boot the app without workers (its nodes work the jobs), run `fn`, close. */
async function withJobs<T>(flags: JobsFlags, fn: (jobs: Jobs) => Promise<T>): Promise<T> {
  const strapi = await loadStrapi(flags.app, { compile: flags.compile });
  try {
    return await fn(getService(strapi, 'jobs'));
  } finally {
    await closeStrapi(strapi);
  }
}

const print = (flags: JobsFlags, value: unknown, text: string) => process.stdout.write(`${flags.json ? JSON.stringify(value, null, 2) : text}\n`);

const found = (job: JobView | null, id: string): JobView => {
  if (!job) throw new Error(`import job ${id} not found`);
  return job;
};

const WATCH_INTERVAL_MS = 2000;

/** Print the job until it stops running: what `show --watch` does. */
async function watch(jobs: Jobs, id: string, flags: JobsFlags): Promise<JobView> {
  for (;;) {
    const job = found(await jobs.get(id), id);
    if (!['queued', 'running'].includes(job.state)) return job;
    if (!flags.json) process.stderr.write(`${job.state} ${job.documents.done}/${job.documents.total} documents${job.throughput !== null ? `, ${job.throughput}/s` : ''}\n`);
    await new Promise((resolve) => setTimeout(resolve, WATCH_INTERVAL_MS));
  }
}

/** `newsroom jobs list|show|cancel|pause|resume`: the import jobs in an app's database. */
export function registerJobsCommand(program: Command) {
  const jobs = program.command('jobs').description("Import jobs in the app's database (started with `newsroom import --async`, the API or the admin).");
  const common = (command: Command) =>
    command
      .option('--app <dir>', 'the Strapi app whose database holds the jobs', '.')
      .option('--json', 'print JSON')
      .option('--no-compile', 'boot the existing dist/ build of a TypeScript app');

  common(jobs.command('list').description('the jobs, newest first'))
    .option('--state <state>', `only jobs in this state (${JOB_STATES.join(', ')})`)
    .action(async (flags: JobsFlags) => {
      if (flags.state !== undefined && !JOB_STATES.includes(flags.state as JobState)) throw new Error(`--state: expected one of ${JOB_STATES.join(', ')}, got "${flags.state}"`);
      const page = await withJobs(flags, (queue) => queue.list({ pageSize: 100, state: flags.state as JobState | undefined }));
      print(flags, page, formatJobList(page.data));
    });

  common(jobs.command('show').argument('<id>').description("a job's state, progress, counts and failures"))
    .option('--watch', 'follow the job until it is no longer running')
    .action(async (id: string, flags: JobsFlags) => {
      const job = await withJobs(flags, async (queue) => (flags.watch ? watch(queue, id, flags) : found(await queue.get(id), id)));
      print(flags, job, formatJob(job));
      process.exitCode = job.state === 'failed' || job.totals.failed > 0 ? 1 : 0;
    });

  for (const [name, description] of [
    ['cancel', 'drop what is left of a job (the chunk in flight finishes)'],
    ['pause', 'start no new chunk of a job'],
    ['resume', 'go on with a paused job'],
  ] as const) {
    common(jobs.command(name).argument('<id>').description(description)).action(async (id: string, flags: JobsFlags) => {
      const job = await withJobs(flags, (queue) => queue[name](id));
      print(flags, job, formatJob(job));
    });
  }
}
