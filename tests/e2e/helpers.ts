/**
 * Shared plumbing for the admin end-to-end tests: build the plugin and the
 * playground admin when stale, boot `strapi start` on a temporary SQLite file
 * and a free port, create admin users, drive Debian's chromium through
 * playwright-core, and keep a screenshot of every step under
 * tests/e2e/artifacts/ (git-ignored).
 */
import { spawn, spawnSync, type ChildProcess, type SpawnSyncOptions } from 'child_process';
import crypto from 'crypto';
import fs from 'fs';
import net from 'net';
import path from 'path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { testSecrets } from '../helpers/test-env';

export const ROOT = path.resolve(__dirname, '..', '..');
export const APP_DIR = path.join(ROOT, 'playground');
export const ARTIFACTS = path.join(__dirname, 'artifacts');
export const SAMPLE_FILE = path.join(ROOT, 'samples', '000_df82d9f9d3191450.txt');

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

const BASE_ENV = {
  STRAPI_TELEMETRY_DISABLED: 'true',
  BROWSER: 'none',
  FORCE_COLOR: '0',
};

/* ------------------------------------------------------------------ build */

const newestMtime = (target: string): number => {
  if (!fs.existsSync(target)) return 0;
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of fs.readdirSync(target)) {
    if (entry === 'node_modules' || entry.startsWith('.')) continue;
    newest = Math.max(newest, newestMtime(path.join(target, entry)));
  }
  return newest;
};

const run = (command: string, args: string[], options: SpawnSyncOptions) => {
  const result = spawnSync(command, args, { encoding: 'utf8', ...options });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
  return result;
};

/**
 * Build the plugin (`npx strapi-plugin build`) and then the playground
 * (`npx strapi build`: TypeScript + admin panel) when their outputs are
 * missing or older than their sources. NEWSROOM_E2E_REBUILD=1 forces both.
 */
export function ensureBuilt(log: (message: string) => void = () => {}) {
  const force = process.env.NEWSROOM_E2E_REBUILD === '1';
  const pluginSources = Math.max(
    ...['admin/src', 'server/src', 'content-types', 'package.json'].map((p) => newestMtime(path.join(ROOT, p)))
  );
  const pluginOutputs = ['dist/admin/index.mjs', 'dist/server/index.js'].map((p) => path.join(ROOT, p));
  const pluginBuilt = Math.min(...pluginOutputs.map((p) => (fs.existsSync(p) ? fs.statSync(p).mtimeMs : 0)));
  if (force || pluginBuilt < pluginSources) {
    log('building the plugin (npx strapi-plugin build)');
    run('npx', ['strapi-plugin', 'build'], { cwd: ROOT, env: { ...process.env, ...BASE_ENV } });
  }

  const adminIndex = path.join(APP_DIR, 'dist', 'build', 'index.html');
  const appSources = Math.max(
    newestMtime(path.join(ROOT, 'dist', 'admin')),
    newestMtime(path.join(APP_DIR, 'src')),
    newestMtime(path.join(APP_DIR, 'config'))
  );
  const adminBuilt = fs.existsSync(adminIndex) ? fs.statSync(adminIndex).mtimeMs : 0;
  if (force || adminBuilt < appSources) {
    log('building the playground admin (npx strapi build)');
    run('npx', ['strapi', 'build'], { cwd: APP_DIR, env: { ...process.env, ...BASE_ENV, NODE_ENV: 'production' } });
  }
}

/* ----------------------------------------------------------------- strapi */

export const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });


export interface StrapiEnv extends Record<string, string> {
  DATABASE_CLIENT: string;
  DATABASE_FILENAME: string;
  PORT: string;
  HOST: string;
}

/** Env for the server, the admin:create-user command and the CLI: same secrets, same SQLite file. */
export async function makeEnv(): Promise<StrapiEnv> {
  const id = crypto.randomBytes(5).toString('hex');
  return {
    ...BASE_ENV,
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: String(await freePort()),
    DATABASE_CLIENT: 'sqlite',
    DATABASE_FILENAME: `.tmp/e2e-${id}.db`,
    ...testSecrets(),
  };
}

export const childEnv = (env: StrapiEnv) => ({ ...process.env, ...env });

/** `strapi admin:create-user` in the playground, against the env's database. */
export function createSuperAdmin(env: StrapiEnv, user: { email: string; password: string; firstname: string; lastname: string }) {
  run(
    'npx',
    [
      'strapi',
      'admin:create-user',
      '--email',
      user.email,
      '--password',
      user.password,
      '--firstname',
      user.firstname,
      '--lastname',
      user.lastname,
    ],
    { cwd: APP_DIR, env: childEnv(env), timeout: 180_000 }
  );
}

export interface RunningStrapi {
  url: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

/** Start `strapi start` in a child process (its own process group) and wait for /_health. */
export async function startStrapi(env: StrapiEnv, logFile: string): Promise<RunningStrapi> {
  fs.mkdirSync(path.dirname(logFile), { recursive: true });
  const log = fs.createWriteStream(logFile);
  const child = spawn('npx', ['strapi', 'start'], { cwd: APP_DIR, env: childEnv(env), detached: true });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  const url = `http://${env.HOST}:${env.PORT}`;
  let exited = false;
  child.on('exit', () => {
    exited = true;
  });

  const deadline = Date.now() + 180_000;
  for (;;) {
    if (exited) throw new Error(`strapi start exited early; see ${logFile}`);
    try {
      const response = await fetch(`${url}/_health`);
      if (response.ok) break;
    } catch {
      /* not up yet */
    }
    if (Date.now() > deadline) throw new Error(`strapi start did not answer within 180 s; see ${logFile}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }

  return {
    url,
    child,
    async stop() {
      if (exited || child.pid === undefined) return;
      const gone = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        /* already gone */
      }
      const timer = setTimeout(() => {
        try {
          if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
        } catch {
          /* already gone */
        }
      }, 10_000);
      await gone;
      clearTimeout(timer);
      log.end();
    },
  };
}

export function removeDatabase(env: StrapiEnv) {
  for (const suffix of ['', '-wal', '-shm', '-journal']) {
    fs.rmSync(path.join(APP_DIR, env.DATABASE_FILENAME + suffix), { force: true });
  }
}

/** The newsroom CLI (`node bin/newsroom.js ...`) from the repo root, sharing the server's database. */
export function runCli(env: StrapiEnv, args: string[]) {
  // The CLI boots its own Strapi in-process: it must not try to bind the server's port.
  const { PORT: _port, ...rest } = env;
  return spawnSync('node', [path.join('bin', 'newsroom.js'), ...args], {
    cwd: ROOT,
    env: { ...process.env, ...rest },
    encoding: 'utf8',
    timeout: 240_000,
  });
}

/* -------------------------------------------------------------- admin API */

export async function apiLogin(url: string, email: string, password: string): Promise<string> {
  const response = await fetch(`${url}/admin/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  const body = (await response.json()) as any;
  if (!response.ok) throw new Error(`admin login failed for ${email}: ${response.status} ${JSON.stringify(body)}`);
  return body.data.token as string;
}

export async function adminFetch(url: string, token: string, method: string, pathname: string, body?: unknown) {
  const response = await fetch(`${url}${pathname}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  let json: any = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    json = text;
  }
  return { status: response.status, body: json };
}

/** An active admin user with Strapi's built-in Editor role (no newsroom permission), created through the admin API. */
export async function createEditor(url: string, superToken: string, user: { email: string; password: string }) {
  const roles = await adminFetch(url, superToken, 'GET', '/admin/roles');
  const editor = (roles.body?.data ?? []).find((role: any) => role.code === 'strapi-editor');
  if (!editor) throw new Error(`no Editor role: ${JSON.stringify(roles.body)}`);
  const created = await adminFetch(url, superToken, 'POST', '/admin/users', {
    firstname: 'Eddie',
    lastname: 'Editor',
    email: user.email,
    roles: [editor.id],
  });
  if (created.status >= 300) throw new Error(`creating the editor failed: ${JSON.stringify(created.body)}`);
  const activated = await adminFetch(url, superToken, 'PUT', `/admin/users/${created.body.data.id}`, {
    password: user.password,
    isActive: true,
  });
  if (activated.status >= 300) throw new Error(`activating the editor failed: ${JSON.stringify(activated.body)}`);
  return created.body.data;
}

/** A full-access API token, created through the admin API, for reading what the REST API returns. */
export async function createFullAccessToken(url: string, superToken: string): Promise<string> {
  const created = await adminFetch(url, superToken, 'POST', '/admin/api-tokens', {
    name: `e2e-${crypto.randomBytes(4).toString('hex')}`,
    type: 'full-access',
    lifespan: null,
  });
  if (created.status >= 300) throw new Error(`creating an API token failed: ${JSON.stringify(created.body)}`);
  return created.body.data.accessKey as string;
}

/** GET on the REST API (`/api/...`) with an API token. */
export async function restGet(url: string, apiToken: string, pathname: string) {
  const response = await fetch(`${url}${pathname}`, { headers: { Authorization: `Bearer ${apiToken}` } });
  const body = (await response.json()) as any;
  if (!response.ok) throw new Error(`GET ${pathname}: ${response.status} ${JSON.stringify(body)}`);
  return body;
}

/** Import documents through the admin's import route, as the Newsroom page does; the run's report. */
export async function adminImport(url: string, token: string, documents: Array<{ name: string; text: string }>) {
  const { status, body } = await adminFetch(url, token, 'POST', '/newsroom/imports', { documents });
  if (status !== 200) throw new Error(`import failed: ${status} ${JSON.stringify(body)}`);
  return body.data;
}

/* ---------------------------------------------------------------- browser */

export const launchBrowser = (): Promise<Browser> =>
  chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });

/**
 * Steps that leave a numbered screenshot behind, and a FAILED-… one (plus the
 * page's HTML) when they throw.
 */
export function stepper(prefix: string) {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  let index = 0;
  return async function step<T>(page: Page, name: string, fn: () => Promise<T>): Promise<T> {
    index += 1;
    const base = `${prefix}-${String(index).padStart(2, '0')}-${name.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}`;
    try {
      const result = await fn();
      await page.screenshot({ path: path.join(ARTIFACTS, `${base}.png`), fullPage: true });
      return result;
    } catch (error) {
      await page.screenshot({ path: path.join(ARTIFACTS, `FAILED-${base}.png`), fullPage: true }).catch(() => {});
      fs.writeFileSync(path.join(ARTIFACTS, `FAILED-${base}.html`), await page.content().catch(() => ''));
      throw error;
    }
  };
}

export const DOCS_SCREENSHOTS = path.join(ROOT, 'docs', 'screenshots');

/**
 * A screenshot for the README: always under artifacts/, and into
 * docs/screenshots/ when NEWSROOM_DOCS_SCREENSHOTS=1, so a test run leaves
 * the committed images alone unless asked to refresh them.
 */
export async function docsScreenshot(target: Locator, name: string, options: { below?: number } = {}) {
  // `below`: also the popover that opens under the element (a combobox's options), which is not inside it.
  const box = options.below ? await target.boundingBox() : null;
  const image = box
    ? await target.page().screenshot({ animations: 'disabled', clip: { ...box, height: box.height + (options.below ?? 0) } })
    : await target.screenshot({ animations: 'disabled' });
  fs.writeFileSync(path.join(ARTIFACTS, `docs-${name}.png`), image);
  if (process.env.NEWSROOM_DOCS_SCREENSHOTS === '1') {
    fs.mkdirSync(DOCS_SCREENSHOTS, { recursive: true });
    fs.writeFileSync(path.join(DOCS_SCREENSHOTS, `${name}.png`), image);
  }
}

/**
 * The admin JWT a logged-in browser sends with its requests: the API calls
 * of a test reuse it, since Strapi rate-limits /admin/login per user.
 */
export async function browserAdminToken(page: Page, url: string): Promise<string> {
  const authorised = page.waitForRequest((request) => /^Bearer /.test(request.headers()['authorization'] ?? ''));
  await page.goto(`${url}/admin`);
  return (await authorised).headers()['authorization'].replace(/^Bearer /, '');
}

/** Log in through Strapi's own login form and wait for the main navigation. */
export async function loginInBrowser(page: Page, url: string, email: string, password: string) {
  await page.goto(`${url}/admin/auth/login`);
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(password);
  await page.locator('button[type="submit"]').click();
  await page.waitForURL((u) => !u.pathname.includes('/auth/'), { timeout: 60_000 });
  await page.locator('nav a[href$="/content-manager"]').first().waitFor({ timeout: 60_000 });
  await dismissOverlays(page);
}

/** Close onboarding popups (guided tour, "what's new") that would sit over the page. */
export async function dismissOverlays(page: Page) {
  for (let i = 0; i < 3; i++) {
    const dialog = page.locator('[role="dialog"], [role="alertdialog"]').first();
    if (!(await dialog.isVisible().catch(() => false))) return;
    const close = dialog.getByRole('button', { name: /skip|close|dismiss|maybe later|got it/i }).first();
    if (await close.isVisible().catch(() => false)) await close.click();
    else await page.keyboard.press('Escape');
    await page.waitForTimeout(300);
  }
}
