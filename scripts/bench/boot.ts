/**
 * Booting the playground Strapi for a benchmark child process, each on a
 * database of its own: a fresh SQLite file, or a fresh PostgreSQL database
 * created and dropped with `pg`.
 */
import crypto from 'crypto';
import fs from 'fs';
import path from 'path';
import { Client } from 'pg';
import type { Core } from '@strapi/strapi';
import { applyTestEnv } from '../../tests/helpers/test-env';
import { appDir, distDir, root } from '../../tests/helpers/paths';
import { closeStrapi } from '../cli/strapi-app';

export type BenchDb = 'sqlite' | 'postgres';

export { appDir, distDir, root };

export const pgAdminUrl = () => process.env.NEWSROOM_PG_URL ?? 'postgres://newsroom:newsroom@127.0.0.1:5432/postgres';

const withPg = async <T>(fn: (client: Client) => Promise<T>): Promise<T> => {
  const client = new Client({ connectionString: pgAdminUrl(), connectionTimeoutMillis: 3000 });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
};

/** Whether PostgreSQL answers, and if not the driver's reason, for the line that says it is skipped. */
export const postgresReachable = async (): Promise<{ ok: true } | { ok: false; why: string }> => {
  try {
    await withPg((client) => client.query('SELECT 1'));
    return { ok: true };
  } catch (error) {
    return { ok: false, why: error instanceof Error ? error.message : String(error) };
  }
};

/**
 * WITH (FORCE) refuses to end a backend of another role, and an autovacuum
 * worker (which a large import wakes on the fresh database) counts as one
 * for a role that is not a superuser. A plain DROP ends autovacuum workers
 * itself, and only the bench's own connections, closed by then, remain.
 */
async function dropDatabase(name: string): Promise<void> {
  try {
    await withPg((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
  } catch {
    for (let attempt = 1; ; attempt += 1) {
      try {
        await withPg((client) => client.query(`DROP DATABASE IF EXISTS "${name}"`));
        return;
      } catch (error) {
        if (attempt === 5) throw error;
        await new Promise((resolve) => setTimeout(resolve, 2000));
      }
    }
  }
}

/** Settings every bench process needs: quiet logs, no telemetry, secrets. */
export const benchEnv = () => {
  process.env.STRAPI_TELEMETRY_DISABLED = 'true';
  process.env.LOG_LEVEL = process.env.LOG_LEVEL ?? 'error';
  applyTestEnv();
  // The API latency run reads as the Public role: publicRead must stay on.
  process.env.NEWSROOM_PUBLIC_READ = 'true';
};

export interface BenchStrapi {
  strapi: Core.Strapi;
  stop(): Promise<void>;
}

/**
 * Boot from playground/dist (compiled once by the parent) against a brand new database.
 * `beforeLoad` runs between createStrapi() and load(): where the bench adds an API of its own.
 */
export async function bootOnFreshDb(db: BenchDb, label: string, beforeLoad?: (strapi: Core.Strapi) => void): Promise<BenchStrapi> {
  benchEnv();
  const id = `${label}_${process.pid}_${crypto.randomBytes(3).toString('hex')}`.replace(/[^a-z0-9_]/gi, '_').toLowerCase();
  let cleanup = async () => {};
  if (db === 'postgres') {
    const name = `newsroom_bench_${id}`;
    await withPg((client) => client.query(`CREATE DATABASE "${name}"`));
    const url = new URL(pgAdminUrl());
    url.pathname = `/${name}`;
    Object.assign(process.env, { DATABASE_CLIENT: 'postgres', DATABASE_URL: url.toString() });
    cleanup = () => dropDatabase(name);
  } else {
    const file = `.tmp/bench-${id}.db`;
    Object.assign(process.env, { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: file });
    cleanup = async () => {
      for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(path.join(appDir, file + suffix), { force: true });
    };
  }

  const { createStrapi } = await import('@strapi/strapi');
  let strapi: Core.Strapi;
  try {
    const created = createStrapi({ appDir, distDir });
    beforeLoad?.(created);
    strapi = await created.load();
  } catch (error) {
    await cleanup();
    throw error;
  }
  strapi.log.level = 'error';
  if (!strapi.plugin('newsroom')) {
    await strapi.destroy();
    await cleanup();
    throw new Error('The newsroom plugin did not load: build it first (`npx strapi-plugin build`).');
  }
  return {
    strapi,
    async stop() {
      await closeStrapi(strapi);
      await cleanup();
    },
  };
}
