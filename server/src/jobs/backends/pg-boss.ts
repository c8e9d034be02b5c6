/**
 * The PostgreSQL backend: pg-boss in the app's own database (schema
 * newsroom_jobs), one pg-boss job per chunk, workers on every node. A node
 * that dies holding a chunk leaves it `active` until it expires
 * (jobs.chunkTimeoutSeconds); pg-boss then retries it and another node takes
 * it. pg-boss only carries chunk ids: the documents and checkpoints are in
 * the plugin's tables, so a chunk already checkpointed is skipped on retry.
 * Each chunk's message has an id of its own (chunk-message-id.ts), and every
 * worker node re-sends what no message carries (../resend-pending.ts).
 * Scheduled tasks use pg-boss's scheduler: every worker node keeps the
 * schedule, pg-boss sends one message per tick and one node takes it.
 */
import type { Core } from '@strapi/strapi';
import PgBoss from 'pg-boss';
import { z } from '@strapi/utils';
import type { JobsConfig } from '../../config';
import { keepResending } from '../resend-pending';
import { failJob, runChunk } from '../run-chunk';
import type { JobBackend } from '../types';
import { chunkMessageId } from './chunk-message-id';

export const QUEUE = 'newsroom-import-chunk';
const SCHEMA = 'newsroom_jobs';
/** Attempts after the first: enough for a node or two dying, few enough that a chunk the database refuses fails the job. */
const RETRY_LIMIT = 4;
/** Longest a scheduled tick may run before pg-boss gives up on it (a feed tick: 20 runs of at most a 15 s fetch and an import). */
const TICK_EXPIRE_SECONDS = 15 * 60;

const chunkMessage = z.object({ jobId: z.string(), chunkId: z.number().int() });
type ChunkMessage = z.infer<typeof chunkMessage>;

const messageData = (data: unknown): ChunkMessage => chunkMessage.parse(data);

interface TypeParsers {
  getTypeParser(oid: number, format?: string): (value: string) => unknown;
  builtins: { JSON: number; JSONB: number };
}

/**
 * Strapi's PostgreSQL dialect sets the `pg` driver's JSONB parser to hand
 * back text (@strapi/database's dialects/postgresql), and that parser is the
 * driver's, global to the process, pg-boss's pool included. pg-boss reads
 * its own JSON (a message's data; the scheduler re-sends a tick's stored
 * message as it reads it, and fails on text), so its pool parses JSON again
 * and leaves every other type to the driver.
 */
function jsonParsingTypes(strapi: Core.Strapi) {
  const types = (strapi.db.connection.client as unknown as { driver: { types: TypeParsers } }).driver.types;
  const json = new Set([types.builtins.JSON, types.builtins.JSONB]);
  return {
    getTypeParser: (oid: number, format?: string) => (json.has(oid) && format !== 'binary' ? (value: string) => JSON.parse(value) : types.getTypeParser(oid, format)),
  };
}

/** pg-boss's own pool, on the connection Strapi's PostgreSQL config names. */
function connectionOptions(strapi: Core.Strapi): PgBoss.DatabaseOptions & { types: ReturnType<typeof jsonParsingTypes> } {
  const connection = strapi.config.get<string | Record<string, unknown>>('database.connection.connection');
  const base = { schema: SCHEMA, max: 3, application_name: 'newsroom-jobs', types: jsonParsingTypes(strapi) };
  if (typeof connection === 'string') return { ...base, connectionString: connection };
  const { connectionString, host, port, database, user, password, ssl } = connection as PgBoss.DatabaseOptions;
  return { ...base, connectionString, host, port, database, user, password, ssl };
}

export function pgBossBackend(strapi: Core.Strapi, config: JobsConfig): JobBackend {
  /**
   * pg-boss gives up on a handler after the chunk's expiry (and retries it);
   * on the last attempt the job is failed instead, with the reason, rather
   * than left waiting for a chunk nobody will run again.
   */
  async function work([message]: PgBoss.JobWithMetadata<unknown>[]) {
    if (!message) return;
    const { jobId, chunkId } = messageData(message.data);
    let timer: NodeJS.Timeout | undefined;
    const expired = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(
        () => reject(new Error(`a chunk took longer than jobs.chunkTimeoutSeconds (${message.expireInSeconds} s), ${message.retryCount + 1} times`)),
        Math.max(message.expireInSeconds * 1000 - 500, 500)
      );
    });
    try {
      const outcome = await Promise.race([runChunk(strapi, chunkId), expired]);
      /**
       * pg-boss keeps a completed message, and its id, until it archives it
       * (12 hours later by default), and drops a send under an id it holds:
       * so the message of a chunk a pause held back is deleted, and resume's
       * send of that chunk is a new message. Deleting it rather than giving
       * each resume ids of its own keeps one message per chunk, whoever sends
       * it. A resume landing between this handler's read of the job and the
       * delete finds the old message still there and sends nothing; the next
       * re-send of pending chunks (resend-pending.ts) hands that chunk out.
       */
      if (outcome === 'paused') await working?.deleteJob(QUEUE, message.id);
      // pg-boss waits out the polling interval after a handler unless its worker is notified: the next chunk is fetched at once.
      if (worker) worker.boss.notifyWorker(worker.id);
    } catch (error) {
      if (message.retryCount >= message.retryLimit) await failJob(strapi, jobId, error);
      throw error;
    } finally {
      clearTimeout(timer);
    }
  }

  let opened: Promise<PgBoss> | null = null;
  let worker: { boss: PgBoss; id: string } | null = null;
  /** The pg-boss the handlers run under, until its graceful stop has let the chunks in flight finish. */
  let working: PgBoss | null = null;
  let resending: { stop(): Promise<void> } | null = null;
  /** pg-boss is opened on first use: a node without workers (the CLI) opens it only to enqueue. */
  const open = () =>
    (opened ??= (async () => {
      // Only worker nodes keep the schedule (send each tick); a node that only enqueues (the CLI) sends none.
      const boss = new PgBoss({
        ...connectionOptions(strapi),
        supervise: config.workers,
        schedule: config.workers,
        maintenanceIntervalSeconds: config.maintenanceIntervalSeconds,
      });
      boss.on('error', (error) => strapi.log.error(`newsroom: job queue: ${error.message}`));
      await boss.start();
      await boss.createQueue(QUEUE, { name: QUEUE, retryLimit: RETRY_LIMIT, expireInSeconds: config.chunkTimeoutSeconds });
      return boss;
    })().catch((error: unknown) => {
      // The next enqueue tries again rather than finding the same failure.
      opened = null;
      throw error;
    }));

  async function dispatch(jobId: string, chunkIds: number[]) {
    const boss = await open();
    await boss.insert(
      chunkIds.map((chunkId) => ({
        id: chunkMessageId(jobId, chunkId),
        name: QUEUE,
        data: { jobId, chunkId },
        retryLimit: RETRY_LIMIT,
        retryDelay: 1,
        expireInSeconds: config.chunkTimeoutSeconds,
      }))
    );
  }

  return {
    async start() {
      const boss = await open();
      const id = await boss.work<unknown>(QUEUE, { batchSize: 1, includeMetadata: true, pollingIntervalSeconds: config.pollingIntervalSeconds }, work);
      worker = { boss, id };
      working = boss;
      resending = keepResending(strapi, dispatch, config.maintenanceIntervalSeconds);
    },
    async stop() {
      await resending?.stop();
      resending = null;
      if (!opened) return;
      const boss = await opened;
      opened = null;
      worker = null;
      // Graceful: the chunk in flight is finished and checkpointed before the pool closes.
      await boss.stop({ graceful: true, wait: true, timeout: config.chunkTimeoutSeconds * 1000 });
      working = null;
    },
    dispatch,
    async everyMinute(name, task) {
      const boss = await open();
      // 'short': at most one tick waits, so ticks nobody took while every node was busy do not pile up; none is retried, the next comes.
      await boss.createQueue(name, { name, policy: 'short', retryLimit: 0, expireInSeconds: TICK_EXPIRE_SECONDS });
      // The schedule is a row of the shared database (newsroom_jobs.schedule): every node writing it keeps one.
      await boss.schedule(name, '* * * * *');
      await boss.work(name, { pollingIntervalSeconds: config.pollingIntervalSeconds }, async () => {
        await task();
      });
    },
  };
}
