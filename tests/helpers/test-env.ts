import crypto from 'crypto';

const secret = () => crypto.randomBytes(16).toString('base64');

/** Fresh secrets for one Strapi instance (and the CLI or admin commands that share its database). */
export const testSecrets = (): Record<string, string> => ({
  APP_KEYS: [secret(), secret()].join(','),
  API_TOKEN_SALT: secret(),
  ADMIN_JWT_SECRET: secret(),
  TRANSFER_TOKEN_SALT: secret(),
  JWT_SECRET: secret(),
  ENCRYPTION_KEY: secret(),
});

/**
 * Secrets and settings every booted test Strapi needs. Strapi would otherwise
 * read them from a .env in the working directory, which a fresh clone has not.
 */
export function applyTestEnv() {
  const defaults: Record<string, string> = {
    NODE_ENV: 'test',
    STRAPI_TELEMETRY_DISABLED: 'true',
    BROWSER: 'none',
    LOG_LEVEL: 'error',
    ...testSecrets(),
  };
  for (const [key, value] of Object.entries(defaults)) {
    if (!process.env[key]) process.env[key] = value;
  }
}
