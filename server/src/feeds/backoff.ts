/**
 * When a subscription runs next: its interval after a good run; after
 * failures, the interval doubled per consecutive failure, never later than
 * MAX_BACKOFF_MINUTES, so a feed that is down is still retried once a day.
 */

export const MAX_BACKOFF_MINUTES = 24 * 60;

/** Minutes to wait after a run: interval × 2^failures, capped at a day (and never below the interval). */
export function delayMinutes(interval: number, consecutiveFailures: number): number {
  // 2^11 × 5 min already passes a day; a larger exponent only risks overflow.
  const factor = 2 ** Math.min(Math.max(consecutiveFailures, 0), 16);
  return Math.max(interval, Math.min(interval * factor, MAX_BACKOFF_MINUTES));
}

export function nextRunAt(now: Date, interval: number, consecutiveFailures: number): Date {
  return new Date(now.getTime() + delayMinutes(interval, consecutiveFailures) * 60_000);
}
