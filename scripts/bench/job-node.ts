/**
 * One Strapi node with the plugin's job workers, for the multi-node test and
 * the jobs bench: boots the playground against the database its environment
 * names (DATABASE_CLIENT, DATABASE_URL or DATABASE_FILENAME), says `ready` on
 * stdout, and works chunks until SIGTERM (a graceful stop) or SIGKILL.
 */
import { createStrapi } from '@strapi/strapi';
import { appDir, distDir } from '../../tests/helpers/paths';
import { closeStrapi } from '../cli/strapi-app';

async function main() {
  process.env.STRAPI_TELEMETRY_DISABLED = 'true';
  const strapi = await createStrapi({ appDir, distDir }).load();
  strapi.log.level = 'error';
  process.stdout.write('ready\n');
  process.once('SIGTERM', () => {
    void closeStrapi(strapi).then(() => process.exit(0));
  });
}

main().catch((error: unknown) => {
  process.stderr.write(`job node: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
