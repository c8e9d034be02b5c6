import path from 'path';
import type { Core } from '@strapi/strapi';
import type { HostApp } from './host-app';

/**
 * The settings without which Strapi refuses to boot, with the variable a new
 * Strapi app's config reads each from. Strapi would name only the first one
 * it trips over, after running its migrations; this names them all, first.
 */
const REQUIRED: Array<{ setting: string; variable: string; isSet: (strapi: Core.Strapi) => boolean }> = [
  { setting: 'server.app.keys', variable: 'APP_KEYS', isSet: (s) => nonEmpty(s.config.get('server.app.keys')) },
  { setting: 'admin.auth.secret', variable: 'ADMIN_JWT_SECRET', isSet: (s) => nonEmpty(s.config.get('admin.auth.secret')) },
  // Strapi itself still falls back to the variable when the setting is missing.
  { setting: 'admin.apiToken.salt', variable: 'API_TOKEN_SALT', isSet: (s) => nonEmpty(s.config.get('admin.apiToken.salt') ?? process.env.API_TOKEN_SALT) },
];

const nonEmpty = (value: unknown) => (Array.isArray(value) ? value.length > 0 && value.every(nonEmpty) : typeof value === 'string' && value !== '');

/** One line saying what to set, or null when the app has its secrets. */
export function missingSecretsLine(strapi: Core.Strapi, app: HostApp): string | null {
  const missing = REQUIRED.filter((entry) => !entry.isSet(strapi));
  if (missing.length === 0) return null;
  const variables = missing.map((entry) => entry.variable).join(', ');
  const where = path.relative(process.cwd(), app.envFile) || app.envFile;
  if (app.isPlayground) {
    return `the playground has no secrets yet (${variables}): run \`npm run demo\` once, it generates ${where} and the CLI reuses it`;
  }
  const settings = missing.map((entry) => entry.setting).join(', ');
  return `${app.dir}: Strapi needs ${settings}: set ${variables} in ${where} (or the environment), as a new Strapi app's .env does`;
}
