/**
 * The job queue's boundary types: what a door hands in (JobSpec) and what it
 * reads back (JobView). One interface, two backends (backends/).
 */
import type { Actor, ActionCounts, ImportOptions, ImportReport, RecordType, SourceDocument } from '../sync/types';

export const JOB_STATES = ['queued', 'running', 'paused', 'cancelled', 'completed', 'failed'] as const;
export type JobState = (typeof JOB_STATES)[number];

/** States in which a job still has work to hand out. */
export const ACTIVE_STATES: JobState[] = ['queued', 'running'];
/** States a job never leaves. */
export const FINAL_STATES: JobState[] = ['cancelled', 'completed', 'failed'];

/** What a job imports. Archives (.zip, .tar.gz) among `documents` are expanded, and a feed fetched, at enqueue time. */
export type JobSource = { kind: 'documents'; documents: SourceDocument[] } | { kind: 'feed'; url: string };

export interface JobSpec {
  source: JobSource;
  options?: ImportOptions;
  actor: Actor;
  /** Shown in lists; default: the first file's name, or the feed's URL. */
  label?: string;
  /** Documents per chunk; default: the plugin's jobs.chunkSize. */
  chunkSize?: number;
}

export interface JobFailure {
  file: string;
  error: string;
}

/** One chunk's part of the job report: the run report without its per-file detail. */
export interface ChunkReport {
  runId: string | null;
  durationMs: number;
  counts: Record<RecordType, ActionCounts>;
  totals: ImportReport['totals'];
  failures: JobFailure[];
}

export interface JobView {
  id: string;
  state: JobState;
  label: string;
  actor: Actor;
  options: ImportOptions;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  documents: { total: number; done: number };
  chunks: { total: number; done: number };
  /** Source documents per second since the job started (to its end, or now). */
  throughput: number | null;
  counts: Record<RecordType, ActionCounts>;
  totals: ImportReport['totals'];
  /** Failed files so far, the first MAX_LISTED_FAILURES of them. */
  errors: JobFailure[];
  /** Why the job itself failed. */
  error: string | null;
}

export interface JobPage {
  data: JobView[];
  meta: { pagination: { page: number; pageSize: number; pageCount: number; total: number } };
}

export interface JobQueue {
  /** Stores the job and its chunks in the database and returns its id; any node's workers take it from there. */
  enqueue(spec: JobSpec): Promise<string>;
  get(id: string): Promise<JobView | null>;
  list(query?: { page?: number; pageSize?: number; state?: JobState }): Promise<JobPage>;
  /** Pending chunks are dropped; a chunk in flight finishes. */
  cancel(id: string): Promise<JobView>;
  /** No new chunk starts; a chunk in flight finishes. */
  pause(id: string): Promise<JobView>;
  resume(id: string): Promise<JobView>;
}

/** How chunks reach workers: pg-boss on PostgreSQL, an in-process loop on SQLite. */
export interface JobBackend {
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Hand these chunks (ids) of a job to the workers. */
  dispatch(jobId: string, chunkIds: number[]): Promise<void>;
  /**
   * Run `task` once a minute, on one node: the queue's scheduler on
   * PostgreSQL (each tick is a message one worker node takes), Strapi's cron
   * on SQLite (one node anyway). Only worker nodes call it; `stop` ends it.
   */
  everyMinute(name: string, task: () => Promise<void>): Promise<void>;
}
