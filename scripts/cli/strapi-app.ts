import fs from 'fs';
import path from 'path';
import type { Core } from '@strapi/strapi';

/**
 * Boot a Strapi app in this process, quietly: the importer talks to the same
 * Document Service the admin uses. Strapi's logger writes to stdout, which
 * --json output needs for itself, so boot logs go to stderr.
 */
export async function loadStrapi(appDir: string, { compile = true }: { compile?: boolean } = {}): Promise<Core.Strapi> {
  const resolved = path.resolve(appDir);
  if (!fs.existsSync(path.join(resolved, 'package.json'))) {
    throw new Error(`${appDir}: not a Strapi app (no package.json); pass --app <dir>`);
  }
  process.env.STRAPI_TELEMETRY_DISABLED ??= 'true';
  const { compileStrapi, createStrapi } = await import('@strapi/strapi');

  const restore = redirectStdoutToStderr();
  try {
    // A TypeScript app runs from its compiled dist/; --no-compile reuses an existing build.
    const distDir = path.join(resolved, 'dist');
    const context = compile || !fs.existsSync(distDir) ? await compileStrapi({ appDir: resolved }) : { appDir: resolved, distDir };
    const app = createStrapi({ ...context, autoReload: false, serveAdminPanel: false } as any);
    app.log.level = process.env.NEWSROOM_LOG_LEVEL ?? 'warn';
    await app.load();
    return app;
  } finally {
    restore();
  }
}

function redirectStdoutToStderr(): () => void {
  const original = process.stdout.write.bind(process.stdout);
  process.stdout.write = ((chunk: any, ...rest: any[]) => (process.stderr.write as any)(chunk, ...rest)) as any;
  return () => {
    process.stdout.write = original;
  };
}

/** Polls while waiting for the pool to go idle, and how long idle must last. */
const SETTLE_POLL_MS = 5;
const SETTLE_IDLE_MS = 50;

/**
 * Destroy a Strapi loaded in this process once its database pool is idle.
 * After a commit the Document Service sends each `entry.*` event without
 * anyone awaiting it, reading the entry first; destroying the pool under
 * those reads rejects them ("aborted", from the pool) and the unhandled
 * rejection ends the process with exit code 1. An import that commits many
 * articles at once leaves many such reads behind. Waits at most `timeoutMs`.
 */
export async function closeStrapi(strapi: Core.Strapi, timeoutMs = 10_000): Promise<void> {
  const pool = (strapi.db as any)?.connection?.client?.pool;
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
