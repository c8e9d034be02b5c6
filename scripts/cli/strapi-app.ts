import fs from 'fs';
import path from 'path';
import type { Core } from '@strapi/strapi';
import { missingSecretsLine } from './app-secrets';
import { resolveHostApp, useHostAppEnv } from './host-app';

export interface LoadOptions {
  /** Compile a TypeScript app first; false reuses its existing dist/ build. */
  compile?: boolean;
  /** Show Strapi's own info logs (boot, migrations); otherwise only its warnings and errors. */
  verbose?: boolean;
}

/**
 * Boot a Strapi app in this process, quietly: the importer talks to the same
 * Document Service the admin uses. Strapi's logger writes to stdout, which
 * --json output needs for itself, so boot output goes to stderr.
 */
export async function loadStrapi(appDir: string, { compile = true, verbose = false }: LoadOptions = {}): Promise<Core.Strapi> {
  const app = resolveHostApp(appDir);
  useHostAppEnv(app);
  process.env.STRAPI_TELEMETRY_DISABLED ??= 'true';
  // The CLI enqueues and reads import jobs; the app's own nodes work them.
  process.env.NEWSROOM_JOB_WORKERS ??= 'off';
  const { compileStrapi, createStrapi } = await import('@strapi/strapi');

  const restore = redirectStdoutToStderr();
  try {
    // A TypeScript app runs from its compiled dist/; --no-compile reuses an existing build.
    const distDir = path.join(app.dir, 'dist');
    const context = compile || !fs.existsSync(distDir) ? await compileStrapi({ appDir: app.dir }) : { appDir: app.dir, distDir };
    const strapi = createStrapi({ ...context, autoReload: false, serveAdminPanel: false });
    if (!verbose) quietLogs(strapi);
    const missing = missingSecretsLine(strapi, app);
    if (missing) throw new Error(missing);
    await strapi.load();
    return strapi;
  } finally {
    restore();
  }
}

/**
 * Strapi's winston transports carry their own level (a host's config/logger
 * often sets `http`), which wins over the logger's: lower both.
 */
function quietLogs(strapi: Core.Strapi): void {
  strapi.log.level = 'warn';
  for (const transport of strapi.log.transports) transport.level = 'warn';
}

function redirectStdoutToStderr(): () => void {
  const original = process.stdout.write;
  process.stdout.write = process.stderr.write.bind(process.stderr) as typeof process.stdout.write;
  return () => {
    process.stdout.write = original;
  };
}

/** Polls while waiting for the pool to go idle, and how long idle must last. */
const SETTLE_POLL_MS = 5;
const SETTLE_IDLE_MS = 50;

/** The parts of knex's tarn pool this waits on. */
interface Pool {
  numUsed(): number;
  numPendingAcquires(): number;
  numPendingCreates(): number;
}

const poolOf = (strapi: Core.Strapi): Pool | undefined =>
  (strapi.db?.connection as unknown as { client?: { pool?: Pool } } | undefined)?.client?.pool;

/**
 * Destroy a Strapi loaded in this process once its database pool is idle.
 * After a commit the Document Service sends each `entry.*` event without
 * anyone awaiting it, reading the entry first; destroying the pool under
 * those reads rejects them ("aborted", from the pool) and the unhandled
 * rejection ends the process with exit code 1. An import that commits many
 * articles at once leaves many such reads behind. Waits at most `timeoutMs`.
 */
export async function closeStrapi(strapi: Core.Strapi, timeoutMs = 10_000): Promise<void> {
  const pool = poolOf(strapi);
  const deadline = Date.now() + timeoutMs;
  let idleSince: number | null = null;
  while (pool && Date.now() < deadline) {
    const busy = pool.numUsed() + pool.numPendingAcquires() + pool.numPendingCreates();
    if (busy > 0) idleSince = null;
    else if ((idleSince ??= Date.now()) + SETTLE_IDLE_MS <= Date.now()) break;
    await new Promise((resolve) => setTimeout(resolve, SETTLE_POLL_MS));
  }
  await strapi.destroy();
}
