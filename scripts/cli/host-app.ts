import fs from 'fs';
import path from 'path';

export interface HostApp {
  /** Absolute path of the Strapi app. */
  dir: string;
  /** The app's .env, where Strapi looks for it when started from the app's folder. */
  envFile: string;
  /** This repository's own playground, whose secrets `npm run demo` generates. */
  isPlayground: boolean;
}

const PLAYGROUND_PACKAGE = 'newsroom-playground';

/** The Strapi app `--app` names, or one clear line when it names none. */
export function resolveHostApp(appDir: string): HostApp {
  const dir = path.resolve(appDir);
  const manifest = path.join(dir, 'package.json');
  if (!fs.existsSync(manifest)) throw new Error(`${appDir}: not a Strapi app (no package.json); pass --app <dir>`);
  const { name, dependencies } = JSON.parse(fs.readFileSync(manifest, 'utf8')) as { name?: string; dependencies?: Record<string, string> };
  if (!dependencies?.['@strapi/strapi']) throw new Error(`${appDir}: not a Strapi app (its package.json does not depend on @strapi/strapi); pass --app <dir>`);
  return { dir, envFile: path.join(dir, '.env'), isPlayground: name === PLAYGROUND_PACKAGE };
}

/**
 * Strapi reads `.env` from the working directory (dotenv, on first import of
 * @strapi/core's configuration, at `process.env.ENV_PATH` when set). Run from
 * another folder, the app's own secrets would be missed, so point it at the
 * app's file before Strapi is imported. Variables already in the environment
 * still win, as they do for `strapi start`; so does an ENV_PATH the user set.
 */
export function useHostAppEnv(app: HostApp): void {
  if (process.env.ENV_PATH === undefined && fs.existsSync(app.envFile)) process.env.ENV_PATH = app.envFile;
}
