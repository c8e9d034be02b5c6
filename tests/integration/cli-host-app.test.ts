/**
 * The CLI as a new user meets it: run from a folder of their own, pointing
 * `--app` at the Strapi app, with the app's secrets in the app's .env only.
 */
import crypto from 'crypto';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { spawnSync } from 'child_process';
import { bootStrapi, type TestStrapi } from '../helpers/strapi';
import { REFERENCE_DATE, SAMPLE_PATH, UID, rowCounts } from '../helpers/import';
import { appDir, root } from '../helpers/paths';
import { createPostgresDatabase, dropPostgresDatabase } from '../helpers/postgres';
import { testSecrets } from '../helpers/test-env';

const SECRETS = Object.keys(testSecrets());
const playgroundEnv = path.join(appDir, '.env');

/** This process's environment as a new user's shell has it: no secrets, no test logging knobs. */
const userEnv = (extra: Record<string, string>): NodeJS.ProcessEnv => {
  const env: NodeJS.ProcessEnv = { ...process.env, FORCE_COLOR: '0', ...extra };
  for (const key of [...SECRETS, 'ENV_PATH', 'LOG_LEVEL', 'NODE_ENV']) if (!(key in extra)) delete env[key];
  return env;
};

const databaseEnv = (env: Record<string, string>) =>
  Object.fromEntries(Object.entries(env).filter(([key]) => key.startsWith('DATABASE_') || key === 'NEWSROOM_PUBLIC_READ'));

describe('CLI from another folder, as a new user runs it', () => {
  let app: TestStrapi;
  let work: string;
  let wroteEnvFile = false;

  beforeAll(async () => {
    app = await bootStrapi();
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-user-'));
    fs.copyFileSync(SAMPLE_PATH, path.join(work, 'article.txt'));
    // What `npm run demo` leaves behind; a developer's own file is used as it is.
    if (!fs.existsSync(playgroundEnv)) {
      fs.writeFileSync(playgroundEnv, `${Object.entries(testSecrets()).map(([k, v]) => `${k}=${v}`).join('\n')}\n`);
      wroteEnvFile = true;
    }
  });
  afterAll(async () => {
    if (wroteEnvFile) fs.rmSync(playgroundEnv, { force: true });
    fs.rmSync(work, { recursive: true, force: true });
    await app?.stop();
  });

  const cli = (args: string[], env: Record<string, string>) => {
    const result = spawnSync(
      process.execPath,
      [path.join(root, 'bin', 'newsroom.js'), ...args, '--app', path.relative(work, appDir), '--no-compile'],
      { cwd: work, env: userEnv(env), encoding: 'utf8', timeout: 180_000 }
    );
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
  };

  /** A database nobody has booted yet, so Strapi runs every migration on it. */
  const withFreshDatabase = async <T>(fn: (env: Record<string, string>) => Promise<T> | T): Promise<T> => {
    const id = `cli_fresh_${process.pid}_${crypto.randomBytes(4).toString('hex')}`;
    if (app.db === 'postgres') {
      const url = await createPostgresDatabase(id);
      try {
        return await fn({ DATABASE_CLIENT: 'postgres', DATABASE_URL: url });
      } finally {
        await dropPostgresDatabase(id);
      }
    }
    const file = `.tmp/${id}.db`;
    try {
      return await fn({ DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: file });
    } finally {
      for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(path.join(appDir, file + suffix), { force: true });
    }
  };

  it("boots the app from the app's own .env, keeps Strapi's boot and migration logs quiet, and a dry run says what it would import", async () => {
    const result = await withFreshDatabase((env) => cli(['import', 'article.txt', '--dry-run', '--reference-date', REFERENCE_DATE], env));
    expect(result.stderr).not.toMatch(/App keys are required/);
    expect(result.status).toBe(0);
    expect(result.stdout.split('\n')[0]).toBe('article.txt: would import');
    expect(result.stdout).toMatch(/· \d+ to create, 0 to update, 0 unchanged, 0 conflicts, 0 to remove · \d+ ms \(dry run, nothing written\)/);
    expect(result.stdout).not.toMatch(/\bimported\b/);
    // Warnings may pass; Strapi's info lines (migrations, boot) may not.
    expect(result.stderr.split('\n').filter((line) => /\binfo\b|migrat/i.test(line))).toEqual([]);
  });

  it('records the file in the import history as the user named it', async () => {
    const result = cli(['import', 'article.txt', '--json', '--reference-date', REFERENCE_DATE], databaseEnv(app.env));
    expect(result.status).toBe(0);
    const { runId } = JSON.parse(result.stdout) as { runId: string };
    const run = (await app.strapi.documents(UID.run).findOne({ documentId: runId })) as { files: Array<{ name: string }> } | null;
    expect(run?.files.map((file) => file.name)).toEqual(['article.txt']);
  });

  it('says in one line which secrets to set when the app has none, and writes nothing', async () => {
    const before = await rowCounts(app.strapi);
    const runs = await app.strapi.db.query(UID.run).count();
    const empty = path.join(work, 'empty.env');
    fs.writeFileSync(empty, '');
    const result = cli(['import', 'article.txt'], { ...databaseEnv(app.env), ENV_PATH: empty });
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toEqual([
      'newsroom: the playground has no secrets yet (APP_KEYS, ADMIN_JWT_SECRET, API_TOKEN_SALT): ' +
        `run \`npm run demo\` once, it generates ${path.relative(work, playgroundEnv)} and the CLI reuses it`,
    ]);
    expect(await rowCounts(app.strapi)).toEqual(before);
    expect(await app.strapi.db.query(UID.run).count()).toBe(runs);
  });
});
