import type { Core } from '@strapi/strapi';

/** Long enough for several importers queueing on one SQLite file, short enough to report a stuck one. */
const GIVE_UP_AFTER_MS = 120_000;

const isBusy = (error: unknown) => {
  const e = error as { code?: string; message?: string } | null;
  return !!e && (e.code === 'SQLITE_BUSY' || e.code === 'SQLITE_BUSY_SNAPSHOT' || /database is locked/i.test(e.message ?? ''));
};

/**
 * SQLite lets one writer at a time; when several importers share a file, a
 * transaction can fail with SQLITE_BUSY after the driver's own busy timeout.
 * Nothing was written (the transaction rolled back), so it is retried after a
 * short, jittered pause rather than reported. Other dialects and other errors
 * pass straight through.
 */
export async function withBusyRetry<T>(strapi: Core.Strapi, fn: () => Promise<T>): Promise<T> {
  if (strapi.db.dialect.client !== 'sqlite') return fn();
  const started = Date.now();
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await fn();
    } catch (error) {
      if (!isBusy(error) || Date.now() - started > GIVE_UP_AFTER_MS) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.min(1_000, 25 * 2 ** attempt) * (0.5 + Math.random())));
    }
  }
}
