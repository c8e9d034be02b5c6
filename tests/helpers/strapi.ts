import path from 'path';
import fs from 'fs';
import crypto from 'crypto';
import type { Core } from '@strapi/strapi';
import { createStrapi } from '@strapi/strapi';
import { appDir, distDir } from './paths';
import { applyTestEnv } from './test-env';
import { createPostgresDatabase, dropPostgresDatabase } from './postgres';

export type TestDb = 'sqlite' | 'postgres';

export interface TestStrapi {
  strapi: Core.Strapi;
  db: TestDb;
  /** Env that makes a child process (the CLI) boot against the same database. */
  env: Record<string, string>;
  stop(): Promise<void>;
}

export const testDb = (): TestDb => (process.env.NEWSROOM_TEST_DB === 'postgres' ? 'postgres' : 'sqlite');

/**
 * Boot the playground with the plugin against a database of its own: a
 * temporary SQLite file, or a fresh PostgreSQL database dropped afterwards.
 */
export async function bootStrapi(options: { publicRead?: boolean } = {}): Promise<TestStrapi> {
  applyTestEnv();
  const db = testDb();
  const id = `${process.pid}_${crypto.randomBytes(4).toString('hex')}`;
  const env: Record<string, string> = { NEWSROOM_PUBLIC_READ: String(options.publicRead ?? true) };
  let cleanup = async () => {};

  if (db === 'postgres') {
    const url = await createPostgresDatabase(`newsroom_test_${id}`);
    Object.assign(env, { DATABASE_CLIENT: 'postgres', DATABASE_URL: url });
    cleanup = () => dropPostgresDatabase(`newsroom_test_${id}`);
  } else {
    const file = `.tmp/test-${id}.db`;
    Object.assign(env, { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: file });
    cleanup = async () => {
      for (const suffix of ['', '-wal', '-shm', '-journal']) {
        fs.rmSync(path.join(appDir, file + suffix), { force: true });
      }
    };
  }
  Object.assign(process.env, env);

  const strapi = await createStrapi({ appDir, distDir }).load();
  strapi.log.level = 'error';
  await strapi.server.mount();

  return {
    strapi,
    db,
    env: { ...pickEnv(), ...env },
    async stop() {
      await strapi.destroy();
      await cleanup();
    },
  };
}

const pickEnv = () => {
  const keys = ['APP_KEYS', 'API_TOKEN_SALT', 'ADMIN_JWT_SECRET', 'TRANSFER_TOKEN_SALT', 'JWT_SECRET', 'ENCRYPTION_KEY'];
  return Object.fromEntries(keys.map((key) => [key, process.env[key] as string]));
};

/** Create an API token with the given type ('read-only' | 'full-access') or custom permissions. */
export async function createApiToken(
  strapi: Core.Strapi,
  spec: { type: 'read-only' | 'full-access' | 'custom'; permissions?: string[] }
): Promise<string> {
  const token = await strapi.service('admin::api-token').create({
    name: `test-${crypto.randomBytes(4).toString('hex')}`,
    type: spec.type,
    lifespan: null,
    permissions: spec.permissions ?? [],
  });
  return token.accessKey as string;
}
