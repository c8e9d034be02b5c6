#!/usr/bin/env node
/**
 * `npm test`: build the plugin (an unbuilt plugin is silently skipped by
 * Strapi), find out whether PostgreSQL is reachable, run jest's projects and
 * end with a plain `N passed, N failed` line.
 *
 * A full run (no jest arguments) also runs the importer suite a second time
 * through the Document Service writer, counted in the same totals.
 *
 * PostgreSQL: NEWSROOM_PG_URL (a role allowed to CREATE DATABASE). When CI=true
 * the PostgreSQL suites are required: unreachable means failure, not a skip.
 */
const { spawnSync } = require('child_process');
const { Command } = require('commander');
const fs = require('fs');
const os = require('os');
const path = require('path');

// Everything after `npm test --` goes to jest as it is: test paths, -t "name", --bail...
const extra = new Command('npm test --')
  .description('Build the plugin, then run the unit, SQLite, PostgreSQL and browser suites; ends with "N passed, N failed, N skipped".')
  .argument('[jest-arguments...]', 'passed on to jest, e.g. tests/integration/limits.test.ts or -t "REST"')
  .allowUnknownOption()
  .helpOption('--runner-help', 'display help for this runner (jest keeps --help)')
  .parse()
  .args;

const root = path.resolve(__dirname, '..');
process.env.STRAPI_TELEMETRY_DISABLED = 'true';
const ci = process.env.CI === 'true' || process.env.CI === '1';
const pgUrl = process.env.NEWSROOM_PG_URL || 'postgres://newsroom:newsroom@127.0.0.1:5432/postgres';
process.env.NEWSROOM_PG_URL = pgUrl;

const run = (cmd, args, opts = {}) => spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: process.env, ...opts });

function postgresReachable() {
  const probe = `const { Client } = require('pg');
    const c = new Client({ connectionString: process.env.NEWSROOM_PG_URL, connectionTimeoutMillis: 3000 });
    c.connect().then(() => c.query('select 1')).then(() => c.end()).then(() => process.exit(0), (e) => { console.error(e.message); process.exit(1); });`;
  const result = spawnSync(process.execPath, ['-e', probe], { cwd: root, encoding: 'utf8', env: process.env });
  return { ok: result.status === 0, why: (result.stderr || '').trim() };
}

const build = run('npm', ['run', 'build', '--silent']);
if (build.status !== 0) {
  console.error('npm test: the plugin build failed');
  process.exit(build.status || 1);
}

const projects = ['unit', 'sqlite'];
const pg = postgresReachable();
if (pg.ok) projects.push('postgres');
else if (ci) {
  console.error(`npm test: PostgreSQL is required when CI=true but is not reachable at ${pgUrl.replace(/:[^:@/]+@/, ':***@')} (${pg.why})`);
  process.exit(1);
} else {
  console.log(`\nPostgreSQL: not reachable (${pg.why}) — the PostgreSQL suites are SKIPPED. Set NEWSROOM_PG_URL to run them.\n`);
}
const hasE2e = fs.existsSync(path.join(root, 'tests', 'e2e')) && fs.readdirSync(path.join(root, 'tests', 'e2e')).some((f) => f.endsWith('.e2e.test.ts'));
if (!hasE2e || process.env.NEWSROOM_E2E === '0') {
  // nothing to run, or explicitly off
} else if (fs.existsSync('/usr/bin/chromium')) projects.push('e2e');
else {
  if (ci) {
    console.error('npm test: /usr/bin/chromium is required when CI=true (apt-get install -y chromium)');
    process.exit(1);
  }
  console.log('Browser tests: /usr/bin/chromium not found — the e2e suite is SKIPPED (apt-get install -y chromium).\n');
}

const totals = { passed: 0, failed: 0, skipped: 0 };

/**
 * One jest invocation; its JSON results are added to the totals. `args`
 * replace the command line's jest arguments, `env` is added to the environment.
 */
function jestRun(selected, { label = selected.join('-'), args = extra, env = {} } = {}) {
  const resultsFile = path.join(os.tmpdir(), `newsroom-jest-${process.pid}-${label}.json`);
  const result = run(process.execPath, [
    require.resolve('jest/bin/jest'),
    ...args,
    '--selectProjects', ...selected,
    '--json', `--outputFile=${resultsFile}`,
  ], { env: { ...process.env, ...env } });
  try {
    const results = JSON.parse(fs.readFileSync(resultsFile, 'utf8'));
    totals.passed += results.numPassedTests;
    totals.failed += results.numFailedTests + results.numRuntimeErrorTestSuites;
    totals.skipped += results.numPendingTests + results.numTodoTests;
    fs.rmSync(resultsFile, { force: true });
  } catch (error) {
    // No results file means jest itself failed (bad arguments, a crash): count it, and say so.
    console.error(`npm test: no jest results for ${selected.join(', ')} (${error instanceof Error ? error.message : String(error)})`);
    totals.failed += 1;
  }
  return result.status === 0;
}

// The browser suite boots its own Strapi and Chromium: it gets the machine to itself.
const browser = projects.includes('e2e');
let ok = jestRun(projects.filter((p) => p !== 'e2e'));
// The importer suite once more through the Document Service writer, the path a
// Strapi whose internals differ from what the bulk writer mirrors takes
// (server/src/sync/store/choose-writer.ts). SQLite only: the writers differ in
// Strapi's internals, not in the database. Part of a full run only.
if (extra.length === 0) {
  console.log('\nImporter suite again, through the Document Service writer (NEWSROOM_RECORD_WRITER=document-service)\n');
  ok = jestRun(['sqlite'], { label: 'document-service', args: ['tests/integration/importer.test.ts'], env: { NEWSROOM_RECORD_WRITER: 'document-service' } }) && ok;
}
if (browser) ok = jestRun(['e2e']) && ok;
const passed = totals.passed;
const failed = totals.failed;
const skipped = totals.skipped;
console.log(`\nProjects run: ${projects.join(', ')}${extra.length === 0 ? ', sqlite importer suite through the Document Service writer' : ''}`);
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(ok && failed === 0 ? 0 : 1);
