import fs from 'fs';
import path from 'path';
import { spawn, spawnSync } from 'child_process';
import type { Core } from '@strapi/strapi';
import { getService } from '../../server/src/get-service';
import { root } from './paths';

export const UID = {
  article: 'plugin::newsroom.article',
  person: 'plugin::newsroom.person',
  quote: 'plugin::newsroom.quote',
  link: 'plugin::newsroom.related-link',
  run: 'plugin::newsroom.import-run',
  tombstone: 'plugin::newsroom.tombstone',
} as const;

export const SAMPLE_PATH = path.join(root, 'samples', '000_df82d9f9d3191450.txt');
export const SAMPLE = fs.readFileSync(SAMPLE_PATH, 'utf8');
export const REFERENCE_DATE = '2024-06-01';

export const importer = (strapi: Core.Strapi) => getService(strapi, 'importer');

export const runImport = (
  strapi: Core.Strapi,
  documents: Array<{ name: string; text: string }>,
  options: Record<string, unknown> = {}
) =>
  importer(strapi).run({
    documents,
    options: { referenceDate: REFERENCE_DATE, ...options },
    actor: { type: 'cli', name: 'test' },
  });

/** Row counts of the four editorial tables (draft and published rows alike). */
export const rowCounts = async (strapi: Core.Strapi) => ({
  article: await strapi.db.query(UID.article).count(),
  person: await strapi.db.query(UID.person).count(),
  quote: await strapi.db.query(UID.quote).count(),
  link: await strapi.db.query(UID.link).count(),
});

/** Every row's updatedAt, to prove a re-run wrote nothing. */
export const updatedAtSnapshot = async (strapi: Core.Strapi) => {
  const snapshot: Record<string, string> = {};
  for (const uid of [UID.article, UID.person, UID.quote, UID.link]) {
    const rows = await strapi.db.query(uid).findMany({ select: ['id', 'updatedAt'] });
    for (const row of rows) snapshot[`${uid}#${row.id}`] = new Date(row.updatedAt).toISOString();
  }
  return snapshot;
};

const cliEnv = (env: Record<string, string>) => ({ ...process.env, ...env, LOG_LEVEL: 'error', FORCE_COLOR: '0' });
const CLI = [path.join(root, 'bin', 'newsroom.js')];

/** Run the CLI importer against the playground and the test's database. */
export const runCli = (args: string[], env: Record<string, string>) => {
  const result = spawnSync(process.execPath, [...CLI, ...args, '--app', path.join(root, 'playground'), '--no-compile'], {
    cwd: root,
    env: cliEnv(env),
    encoding: 'utf8',
    timeout: 180_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
};

export const spawnCli = (args: string[], env: Record<string, string>) =>
  spawn(process.execPath, [...CLI, ...args, '--app', path.join(root, 'playground'), '--no-compile'], {
    cwd: root,
    env: cliEnv(env),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
