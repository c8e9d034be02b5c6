/**
 * The package as a user meets it: `npm pack`, a fresh Strapi 5.54.0 app,
 * the tarball installed, `strapi build`, an import through the CLI run from
 * another folder, `strapi start`, and the article read back with an API token
 * made in the admin. SQLite only (jest.config.js): what it checks is the
 * package, not the database.
 */
import { spawn, spawnSync, type ChildProcess } from 'child_process';
import fs from 'fs';
import net from 'net';
import os from 'os';
import path from 'path';
import request from 'supertest';
import { SAMPLE_PATH } from '../helpers/import';
import { installTarball, packPlugin, writeHostApp } from '../helpers/packed-app';
import { testSecrets } from '../helpers/test-env';

jest.setTimeout(900_000);

/** A shell's environment: none of the test run's secrets, database or Strapi settings. */
const userEnv = (): NodeJS.ProcessEnv => {
  const env: NodeJS.ProcessEnv = { ...process.env, FORCE_COLOR: '0', STRAPI_TELEMETRY_DISABLED: 'true', BROWSER: 'none' };
  for (const key of [...Object.keys(testSecrets()), 'ENV_PATH', 'LOG_LEVEL', 'NODE_ENV', 'HOST', 'PORT']) delete env[key];
  for (const key of Object.keys(env)) if (key.startsWith('DATABASE_') || key.startsWith('NEWSROOM_')) delete env[key];
  return env;
};

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });

/** Run a command to completion; a failure throws with its output. */
const run = (command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = userEnv()) => {
  const started = Date.now();
  const result = spawnSync(command, args, { cwd, env, encoding: 'utf8', timeout: 600_000 });
  if (result.status !== 0) throw new Error(`${[command, ...args].join(' ')} (in ${cwd}) failed: ${result.status}\n${result.stdout}\n${result.stderr}`);
  return { ...result, seconds: (Date.now() - started) / 1000 };
};

describe('the packed tarball installed into a fresh Strapi 5.54.0 app', () => {
  let temp: string;
  let appDir: string;
  let server: ChildProcess | undefined;
  const timings: Record<string, number> = {};

  beforeAll(() => {
    temp = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-packed-'));
    appDir = path.join(temp, 'my-app');
  });

  afterAll(async () => {
    if (server && server.exitCode === null) {
      const exited = new Promise((resolve) => server?.once('exit', resolve));
      server.kill('SIGTERM');
      await exited;
    }
    fs.rmSync(temp, { recursive: true, force: true });
    console.log(`packed install, seconds: ${Object.entries(timings).map(([step, s]) => `${step} ${s.toFixed(1)}`).join(', ')}`);
  });

  it('installs, builds, imports from another folder through the CLI, and serves the article to an API token', async () => {
    let started = Date.now();
    const tarball = packPlugin(temp);
    writeHostApp(appDir);
    installTarball(appDir, tarball);
    timings.pack = (Date.now() - started) / 1000;

    const strapiBin = path.join(appDir, 'node_modules', '@strapi', 'strapi', 'bin', 'strapi.js');
    timings.build = run(process.execPath, [strapiBin, 'build'], appDir).seconds;

    // From a folder of the user's own, naming the file relative to it, with the app's secrets only in its .env.
    const elsewhere = path.join(temp, 'articles');
    fs.mkdirSync(elsewhere);
    fs.copyFileSync(SAMPLE_PATH, path.join(elsewhere, 'harbour.txt'));
    const cli = run(process.execPath, [path.join(appDir, 'node_modules', '.bin', 'newsroom'), 'import', 'harbour.txt', '--app', '../my-app', '--publish', '--no-compile', '--json'], elsewhere);
    timings.import = cli.seconds;
    const report = JSON.parse(cli.stdout) as { files: Array<{ name: string; status: string; article: { documentId: string } | null }> };
    expect(report.files.map((file) => [file.name, file.status])).toEqual([['harbour.txt', 'imported']]);
    const documentId = report.files[0].article?.documentId;

    started = Date.now();
    const port = await freePort();
    server = spawn(process.execPath, [strapiBin, 'start'], { cwd: appDir, env: { ...userEnv(), PORT: String(port) }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    server.stdout?.on('data', (chunk) => (output += chunk));
    server.stderr?.on('data', (chunk) => (output += chunk));
    const origin = `http://127.0.0.1:${port}`;
    await waitForHealth(origin, server, () => output);
    timings.start = (Date.now() - started) / 1000;

    const http = request(origin);
    await http.get('/admin').expect(200);
    // config/plugins.ts' newsroom block is read: publicRead false keeps anonymous readers out.
    await http.get('/api/newsroom/articles').expect(403);

    const admin = await http
      .post('/admin/register-admin')
      .send({ email: 'editor@example.com', password: 'Editor-Passw0rd', firstname: 'Ed', lastname: 'Itor' })
      .expect(200);
    const adminJwt = `Bearer ${admin.body.data.token}`;
    const token = await http
      .post('/admin/api-tokens')
      .set('Authorization', adminJwt)
      .send({ name: 'front end', type: 'read-only', lifespan: null, description: '' })
      .expect(201);

    const article = await http
      .get(`/api/newsroom/articles/${documentId}`)
      .query('populate[quotes][populate]=speaker&populate[people]=true')
      .set('Authorization', `Bearer ${token.body.data.accessKey}`)
      .expect(200);
    expect(article.body.data.title).toEqual(expect.any(String));
    expect(article.body.data.quotes.length).toBeGreaterThan(0);
    expect(article.body.data.quotes.some((quote: { speaker: { name: string } | null }) => quote.speaker?.name)).toBe(true);

    // The history names the file as the user typed it, not relative to anything else.
    const history = await http.get('/newsroom/imports').set('Authorization', adminJwt).expect(200);
    expect(history.body.data[0].files.map((file: { name: string }) => file.name)).toEqual(['harbour.txt']);
  });
});

async function waitForHealth(origin: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`strapi start exited with ${child.exitCode}:\n${output()}`);
    const healthy = await fetch(`${origin}/_health`).then((res) => res.status === 204, () => false);
    if (healthy) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`strapi start did not answer within 180 s:\n${output()}`);
}
