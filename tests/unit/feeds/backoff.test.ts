import { delayMinutes, MAX_BACKOFF_MINUTES, nextRunAt } from '../../../server/src/feeds/backoff';
import { afterRun, RUN_LOG_SIZE } from '../../../server/src/feeds/next-state';
import type { FeedOutcome, FeedSubscription } from '../../../server/src/feeds/types';

describe('feeds/backoff', () => {
  it('waits the interval after a good run and doubles it per consecutive failure', () => {
    expect([0, 1, 2, 3].map((failures) => delayMinutes(10, failures))).toEqual([10, 20, 40, 80]);
  });

  it('never waits longer than a day, nor less than the interval, however many failures', () => {
    expect(MAX_BACKOFF_MINUTES).toBe(1440);
    expect(delayMinutes(5, 9)).toBe(1440);
    expect(delayMinutes(5, 10_000)).toBe(1440);
    expect(delayMinutes(1440, 3)).toBe(1440);
    expect(delayMinutes(30, -1)).toBe(30);
  });

  it('dates the next run from the end of this one', () => {
    expect(nextRunAt(new Date('2024-03-05T10:00:00Z'), 15, 2).toISOString()).toBe('2024-03-05T11:00:00.000Z');
  });
});

describe('feeds/next-state', () => {
  const subscription: FeedSubscription = {
    id: 1,
    documentId: 'abc',
    url: 'https://example.org/feed.xml',
    interval: 10,
    enabled: true,
    publish: false,
    etag: '"old"',
    lastModified: 'Tue, 05 Mar 2024 09:00:00 GMT',
    lastRunAt: null,
    nextRunAt: null,
    lastStatus: 'ok',
    lastError: null,
    consecutiveFailures: 2,
    seen: { 'https://example.org/a': 'h1' },
    runs: [],
  };
  const start = new Date('2024-03-05T10:00:00Z');
  const end = new Date('2024-03-05T10:00:02Z');
  const ok: FeedOutcome = {
    status: 'ok',
    httpStatus: 200,
    validators: { etag: '"new"', lastModified: null },
    seen: { 'https://example.org/b': 'h2' },
    items: 1,
    imported: 1,
    created: 1,
    updated: 0,
    failed: 0,
    importRunId: 'run1',
  };

  it('a failure counts, backs off, records the error and keeps what the last good run knew', () => {
    const patch = afterRun(subscription, { status: 'failed', httpStatus: 500, error: 'feed https://example.org/feed.xml: HTTP 500' }, start, end);
    expect(patch).toMatchObject({ consecutiveFailures: 3, lastStatus: 'failed', lastError: 'feed https://example.org/feed.xml: HTTP 500', etag: '"old"', seen: subscription.seen });
    expect(patch.nextRunAt).toBe('2024-03-05T11:20:02.000Z');
    expect(patch.runs[0]).toMatchObject({ status: 'failed', httpStatus: 500, durationMs: 2000, imported: 0 });
  });

  it('a good run resets the failures and takes the new validators and seen items', () => {
    const patch = afterRun(subscription, ok, start, end);
    expect(patch).toMatchObject({ consecutiveFailures: 0, lastError: null, etag: '"new"', lastModified: null, seen: ok.seen, nextRunAt: '2024-03-05T10:10:02.000Z' });
  });

  it('a run with a failed item keeps the old validators, so the next request gets the feed in full', () => {
    const patch = afterRun(subscription, { ...ok, validators: null, failed: 1 }, start, end);
    expect(patch).toMatchObject({ etag: '"old"', lastModified: subscription.lastModified, seen: ok.seen });
  });

  it('keeps the newest runs only', () => {
    let state = subscription;
    for (let i = 0; i < RUN_LOG_SIZE + 5; i++) state = { ...state, ...afterRun(state, { status: 'not-modified', httpStatus: 304 }, new Date(start.getTime() + i * 1000), end) };
    expect(state.runs).toHaveLength(RUN_LOG_SIZE);
    expect(state.runs[0]!.startedAt).toBe(new Date(start.getTime() + (RUN_LOG_SIZE + 4) * 1000).toISOString());
  });
});
