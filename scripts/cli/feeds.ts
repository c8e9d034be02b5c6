import type { Command } from 'commander';
import type { Core } from '@strapi/strapi';
import { getService } from '../../server/src/get-service';
import type { SubscriptionView } from '../../server/src/feeds/service';
import type { FeedRun } from '../../server/src/feeds/types';
import { validateCreateFeed } from '../../server/src/routes/validation/feeds';
import { wholeNumber } from '../options';
import { closeStrapi, loadStrapi } from './strapi-app';

interface AppFlags {
  app: string;
  compile: boolean;
  json?: boolean;
}

const appOptions = (command: Command) =>
  command
    .option('--app <dir>', 'the Strapi app to boot in-process', '.')
    .option('--json', 'print JSON on stdout')
    .option('--no-compile', 'boot the app\'s existing dist/ build instead of compiling it first');

/** Boots the app for one command; without job workers (loadStrapi) it registers no feed schedule either. */
async function withApp<T>(flags: AppFlags, work: (strapi: Core.Strapi) => Promise<T>): Promise<T> {
  const strapi = await loadStrapi(flags.app, { compile: flags.compile });
  try {
    return await work(strapi);
  } finally {
    await closeStrapi(strapi);
  }
}

const print = (flags: AppFlags, value: unknown, lines: string[]) => process.stdout.write(flags.json ? `${JSON.stringify(value, null, 2)}\n` : lines.map((l) => `${l}\n`).join(''));

const subscriptionLine = (s: SubscriptionView) =>
  [s.enabled ? 'on ' : 'off', s.lastStatus ?? 'never', s.url, `every ${s.interval} min`, `next ${s.enabled ? (s.nextRunAt ?? 'now') : '—'}`, s.consecutiveFailures ? `${s.consecutiveFailures} failures: ${s.lastError}` : ''].filter(Boolean).join('  ');

const runLine = (url: string, run: FeedRun) =>
  run.status === 'failed'
    ? `failed  ${run.error}`
    : run.status === 'not-modified'
      ? `not modified  ${url}`
      : `ok  ${url}  ${run.items} items, ${run.imported} imported (${run.created} new, ${run.updated} updated, ${run.failed} failed)`;

/** `newsroom feeds list|add|run`: feed subscriptions of an app, as the admin's Feeds view has them. */
export function registerFeedsCommand(program: Command) {
  const feeds = program.command('feeds').description('feed subscriptions: RSS/Atom feeds imported on a schedule');

  appOptions(feeds.command('list').description('every subscription with its state')).action(async (flags: AppFlags) => {
    const list = await withApp(flags, (strapi) => getService(strapi, 'feeds').list());
    print(flags, list, list.length ? list.map(subscriptionLine) : ['no feed subscriptions']);
  });

  appOptions(
    feeds
      .command('add <url>')
      .description('subscribe to a feed; the schedule fetches it within a minute')
      .option('--interval <minutes>', 'minutes between runs (at least 5)', wholeNumber(1), 60)
      .option('--publish', 'publish the imported articles (default: drafts)')
      .option('--disabled', 'add it switched off (run it with `feeds run`)')
  ).action(async (url: string, flags: AppFlags & { interval: number; publish?: boolean; disabled?: boolean }) => {
    // Checked before Strapi boots: bad input writes nothing.
    const input = validateCreateFeed({ url, interval: flags.interval, publish: !!flags.publish, enabled: !flags.disabled });
    const created = await withApp(flags, (strapi) => getService(strapi, 'feeds').create(input));
    print(flags, created, [`subscribed  ${created.url}  every ${created.interval} min`]);
  });

  appOptions(feeds.command('run <url-or-id>').description('run one subscription now (by its URL or documentId), whatever its schedule')).action(
    async (target: string, flags: AppFlags) => {
      const result = await withApp(flags, async (strapi) => {
        const service = getService(strapi, 'feeds');
        const match = (await service.list()).find((s) => s.url === target || s.documentId === target);
        if (!match) throw new Error(`no feed subscription ${target} (see \`newsroom feeds list\`)`);
        return service.runNow(match.documentId);
      });
      print(flags, result, [runLine(result.subscription.url, result.run)]);
      if (result.run.status === 'failed') process.exitCode = 1;
    }
  );
}
