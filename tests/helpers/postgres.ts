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

export async function dropPostgresDatabase(name: string): Promise<void> {
  await withClient((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
}
