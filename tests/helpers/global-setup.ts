import fs from 'fs';
import path from 'path';
import { appDir, root } from './paths';
import { applyTestEnv } from './test-env';

/**
 * Compile the TypeScript playground once per jest run; every integration suite
 * then boots from playground/dist. compileStrapi exits the process on a TS
 * error, which is what we want: a broken playground is not a test failure.
 */
export default async function globalSetup() {
  const state = globalThis as { __NEWSROOM_COMPILED__?: boolean };
  if (state.__NEWSROOM_COMPILED__) return;
  applyTestEnv();
  if (!fs.existsSync(path.join(root, 'dist', 'server', 'index.js'))) {
    throw new Error('The plugin is not built: run `npm run build` (npm test does it for you).');
  }
  const { compileStrapi } = await import('@strapi/strapi');
  await compileStrapi({ appDir, ignoreDiagnostics: false });
  state.__NEWSROOM_COMPILED__ = true;
}
