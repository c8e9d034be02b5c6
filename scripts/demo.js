#!/usr/bin/env node
/**
 * `npm run demo`: from a fresh clone (after `npm install`) to a running Strapi
 * with the sample article imported and an admin login printed on screen.
 *
 *   1. secrets for the playground (.env, generated once, never committed)
 *   2. build the plugin, then the playground's admin panel
 *   3. create the demo admin (or reset its password if it exists)
 *   4. import the sample document, published
 *   5. start Strapi on http://127.0.0.1:1337
 */
const { spawnSync, spawn } = require('child_process');
const { Command } = require('commander');
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');

const options = new Command('npm run demo --')
  .description('Build the plugin and the playground, import the sample article and start Strapi with a demo admin login.')
  .option('--email <email>', 'demo admin e-mail (or DEMO_ADMIN_EMAIL)', process.env.DEMO_ADMIN_EMAIL || 'editor@newsroom.local')
  .option('--password <password>', 'demo admin password (or DEMO_ADMIN_PASSWORD)', process.env.DEMO_ADMIN_PASSWORD || 'Newsroom-demo-1')
  .option('--host <host>', 'address Strapi listens on (or HOST)', process.env.HOST || '127.0.0.1')
  .option('--port <port>', 'port Strapi listens on (or PORT)', process.env.PORT || '1337')
  .showHelpAfterError('(add --help for the options)')
  .parse()
  .opts();

const root = path.resolve(__dirname, '..');
const app = path.join(root, 'playground');
const ADMIN = { email: options.email, password: options.password, firstname: 'Demo', lastname: 'Editor' };
const HOST = options.host;
const PORT = options.port;

const env = { ...process.env, STRAPI_TELEMETRY_DISABLED: 'true', BROWSER: 'none', HOST, PORT };

function step(title) {
  process.stdout.write(`\n▶ ${title}\n`);
}

function run(cmd, args, opts = {}) {
  const result = spawnSync(cmd, args, { stdio: 'inherit', env, ...opts });
  if (result.status !== 0 && !opts.allowFailure) {
    console.error(`\nnpm run demo: \`${cmd} ${args.join(' ')}\` failed (exit ${result.status})`);
    process.exit(result.status || 1);
  }
  return result;
}

function ensureEnvFile() {
  const file = path.join(app, '.env');
  if (fs.existsSync(file)) return;
  const secret = () => crypto.randomBytes(16).toString('base64');
  const lines = [
    `APP_KEYS=${[secret(), secret(), secret(), secret()].join(',')}`,
    `API_TOKEN_SALT=${secret()}`,
    `ADMIN_JWT_SECRET=${secret()}`,
    `TRANSFER_TOKEN_SALT=${secret()}`,
    `JWT_SECRET=${secret()}`,
    `ENCRYPTION_KEY=${secret()}`,
    'STRAPI_TELEMETRY_DISABLED=true',
  ];
  fs.writeFileSync(file, `${lines.join('\n')}\n`, { mode: 0o600 });
  console.log(`generated ${path.relative(root, file)} (local secrets, git-ignored)`);
}

step('Secrets');
ensureEnvFile();
// Strapi reads .env from the working directory: every step below runs in playground/.
require('fs')
  .readFileSync(path.join(app, '.env'), 'utf8')
  .split('\n')
  .filter((line) => /^[A-Z_]+=/.test(line))
  .forEach((line) => {
    const [key, ...value] = line.split('=');
    if (!process.env[key]) env[key] = value.join('=');
  });

step('Build the plugin');
run('npm', ['run', 'build', '--silent'], { cwd: root });

step('Build the playground (server and admin panel)');
run('npx', ['strapi', 'build'], { cwd: app });

step('Demo admin user');
const created = run(
  'npx',
  ['strapi', 'admin:create-user', '--email', ADMIN.email, '--password', ADMIN.password, '--firstname', ADMIN.firstname, '--lastname', ADMIN.lastname],
  { cwd: app, allowFailure: true, stdio: ['ignore', 'inherit', 'pipe'] }
);
if (created.status !== 0) {
  // Already there from an earlier demo: make sure the printed password works.
  run('npx', ['strapi', 'admin:reset-user-password', '--email', ADMIN.email, '--password', ADMIN.password], { cwd: app });
}

step('Import the sample article (published)');
run(process.execPath, [path.join(root, 'bin', 'newsroom.js'), 'import', path.join(root, 'samples', '000_df82d9f9d3191450.txt'), '--app', '.', '--publish', '--no-compile'], { cwd: app });

step(`Start Strapi on http://${HOST}:${PORT}`);
const banner = [
  '',
  '┌──────────────────────────────────────────────────────────────┐',
  `│  Admin:    http://${HOST}:${PORT}/admin`.padEnd(63) + '│',
  `│  Login:    ${ADMIN.email}`.padEnd(63) + '│',
  `│  Password: ${ADMIN.password}`.padEnd(63) + '│',
  `│  API:      http://${HOST}:${PORT}/api/newsroom/articles?populate=*`.padEnd(63) + '│',
  '└──────────────────────────────────────────────────────────────┘',
  '',
].join('\n');
const server = spawn('npx', ['strapi', 'start'], { cwd: app, env, stdio: ['inherit', 'pipe', 'inherit'] });
let shown = false;
server.stdout.on('data', (chunk) => {
  process.stdout.write(chunk);
  if (!shown && /Strapi started successfully|To manage your project/i.test(String(chunk))) {
    shown = true;
    process.stdout.write(banner);
  }
});
const stop = () => server.kill('SIGTERM');
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
server.on('exit', (code) => process.exit(code ?? 0));
