import path from 'path';
import fs from 'fs';
import crypto from 'crypto';
import type { Core } from '@strapi/strapi';
import { createStrapi } from '@strapi/strapi';
import { appDir, distDir } from './paths';
import { applyTestEnv } from './test-env';
import { createPostgresDatabase, dropPostgresDatabase } from './postgres';
import { closeStrapi } from '../../scripts/cli/strapi-app';

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
      await closeStrapi(strapi);
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

/** Give a users-permissions role ('public' | 'authenticated') extra content-API actions, e.g. 'plugin::newsroom.article.find'. */
export async function grantRole(strapi: Core.Strapi, type: 'public' | 'authenticated', actions: string[]) {
  const role = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type } });
  for (const action of actions) {
    const existing = await strapi.db.query('plugin::users-permissions.permission').findOne({ where: { action, role: role.id } });
    if (!existing) await strapi.db.query('plugin::users-permissions.permission').create({ data: { action, role: role.id } });
  }
}

/** Register a users-permissions user through /api/auth/local/register (default Authenticated role) and return its JWT. */
export async function registerUser(strapi: Core.Strapi): Promise<string> {
  const { default: request } = await import('supertest');
  const name = `reader${crypto.randomBytes(4).toString('hex')}`;
  const res = await request(strapi.server.httpServer)
    .post('/api/auth/local/register')
    .send({ username: name, email: `${name}@example.com`, password: 'Reader-Passw0rd' });
  if (res.status !== 200) throw new Error(`registering a user failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.jwt as string;
}

/**
 * Create an active admin user and log in through /admin/login; returns the admin JWT.
 * `superAdmin` gives Strapi's Super Admin role; otherwise a role of its own with only
 * the given admin actions (each `{ action, subject? }`).
 */
export async function createAdmin(
  strapi: Core.Strapi,
  spec: { superAdmin: true } | { superAdmin?: false; permissions: Array<{ action: string; subject?: string }> }
): Promise<string> {
  const { default: request } = await import('supertest');
  const id = crypto.randomBytes(4).toString('hex');
  let roleId: number;
  if (spec.superAdmin) {
    roleId = (await strapi.service('admin::role').getSuperAdmin()).id;
  } else {
    const role = await strapi.service('admin::role').create({ name: `test-role-${id}`, description: 'made by a test' });
    await strapi.service('admin::role').assignPermissions(role.id, spec.permissions);
    roleId = role.id;
  }
  const email = `admin-${id}@example.com`;
  const password = 'Admin-Passw0rd';
  await strapi.service('admin::user').create({ email, firstname: 'Test', lastname: id, password, isActive: true, roles: [roleId] });
  const res = await request(strapi.server.httpServer).post('/admin/login').send({ email, password });
  if (res.status !== 200) throw new Error(`admin login failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.data.token as string;
}
