import { Client } from 'pg';

/**
 * Connection for a role that may create databases. `.ci/run` and the test
 * runner set NEWSROOM_PG_URL; each suite gets a database of its own so suites
 * can run in parallel workers.
 */
export const adminUrl = () => process.env.NEWSROOM_PG_URL ?? 'postgres://newsroom:newsroom@127.0.0.1:5432/postgres';

const withClient = async <T>(fn: (client: Client) => Promise<T>): Promise<T> => {
  const client = new Client({ connectionString: adminUrl() });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
};

export async function createPostgresDatabase(name: string): Promise<string> {
  await withClient((client) => client.query(`CREATE DATABASE "${name}"`));
  const url = new URL(adminUrl());
  url.pathname = `/${name}`;
  return url.toString();
}

/** PostgreSQL's insufficient_privilege: FORCE met a backend of another role, such as an autovacuum worker on the database. */
const INSUFFICIENT_PRIVILEGE = '42501';
const DROP_ATTEMPTS = 5;

export async function dropPostgresDatabase(name: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await withClient((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
      return;
    } catch (err) {
      // That backend finishes on its own in a moment; a suite's teardown should not fail on it.
      if ((err as { code?: string }).code !== INSUFFICIENT_PRIVILEGE || attempt === DROP_ATTEMPTS) throw err;
      await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
    }
  }
}
