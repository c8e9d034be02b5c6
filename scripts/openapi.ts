/**
 * `npm run openapi`: regenerate docs/openapi.json from the playground with the
 * built plugin (`npm run build` first). Run it after changing a content type
 * or a content-API route; `npm test` fails while the committed file is stale.
 *
 *   npm run openapi              write docs/openapi.json
 *   npm run openapi -- --check   exit 1 when docs/openapi.json is not up to date
 */
import fs from 'fs';
import path from 'path';
import { Command } from 'commander';
import { compileStrapi } from '@strapi/strapi';
import { appDir, root } from '../tests/helpers/paths';
import { applyTestEnv } from '../tests/helpers/test-env';
import { bootStrapi } from '../tests/helpers/strapi';
import { OPENAPI_FILE, newsroomOpenApi, serialise } from './openapi-document';

const { check } = new Command('npm run openapi --')
  .description('Generate docs/openapi.json (the plugin\'s content API) with @strapi/openapi from the playground and the built plugin.')
  .option('--check', 'compare with the committed file instead of writing it; exit 1 when it differs')
  .parse()
  .opts<{ check?: boolean }>();

async function main(): Promise<void> {
  // Strapi skips an unbuilt plugin without a word, which would describe an API without it.
  if (!fs.existsSync(path.join(root, 'dist', 'server', 'index.js'))) throw new Error('the plugin is not built: run `npm run build` first');
  applyTestEnv();
  // The description does not depend on the database: a throwaway SQLite file.
  process.env.NEWSROOM_TEST_DB = 'sqlite';
  await compileStrapi({ appDir });
  const app = await bootStrapi({ publicRead: true });
  let text: string;
  try {
    text = serialise(newsroomOpenApi(app.strapi));
  } finally {
    await app.stop();
  }
  const shown = path.relative(process.cwd(), OPENAPI_FILE);
  if (check) {
    const committed = fs.existsSync(OPENAPI_FILE) ? fs.readFileSync(OPENAPI_FILE, 'utf8') : '';
    if (committed !== text) throw new Error(`${shown} is not up to date: run \`npm run openapi\``);
    console.log(`${shown} is up to date`);
  } else {
    fs.writeFileSync(OPENAPI_FILE, text);
    console.log(`wrote ${shown} (${Object.keys(JSON.parse(text).paths).length} paths)`);
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`openapi: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
);
