/**
 * One Strapi node with the plugin's job workers, for the multi-node test and
 * the jobs bench: boots the playground against the database its environment
 * names (DATABASE_CLIENT, DATABASE_URL or DATABASE_FILENAME), says `ready` on
 * stdout, and works chunks until SIGTERM (a graceful stop: exit code 0 once
 * the chunk in flight is checkpointed) or SIGKILL. With an IPC channel (the
 * bench) it answers 'cpu' with its CPU time so far.
 */
import { createStrapi } from '@strapi/strapi';
import { appDir, distDir } from '../../tests/helpers/paths';
import { closeStrapi } from '../cli/strapi-app';

const SIGNALS = ['SIGTERM', 'SIGINT'] as const;

async function main() {
  process.env.STRAPI_TELEMETRY_DISABLED = 'true';
  const before = new Map(SIGNALS.map((signal) => [signal, new Set(process.listeners(signal))]));
  const created = createStrapi({ appDir, distDir });
  /**
   * createStrapi installs its own handler (@strapi/core's utils/signals.js:
   * destroy, then exit) beside which ours would destroy Strapi a second time
   * under the first, with the pool closing under the chunk in flight. Only
   * ours stays: it waits for the pool to settle before destroying.
   */
  for (const signal of SIGNALS) {
    for (const listener of process.listeners(signal)) if (!before.get(signal)!.has(listener)) process.off(signal, listener);
  }
  const strapi = await created.load();
  strapi.log.level = 'error';
  let stopping = false;
  for (const signal of SIGNALS) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      closeStrapi(strapi).then(
        () => process.exit(0),
        (error: unknown) => {
          process.stderr.write(`job node: stopping: ${error instanceof Error ? error.message : String(error)}\n`);
          process.exit(1);
        }
      );
    });
  }
  process.on('message', (message) => {
    if (message === 'cpu') process.send?.({ cpu: process.cpuUsage() });
  });
  process.stdout.write('ready\n');
}

main().catch((error: unknown) => {
  process.stderr.write(`job node: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
