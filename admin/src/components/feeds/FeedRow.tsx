import { Badge, Flex, IconButton, Td, Toggle, Tr, Typography } from '@strapi/design-system';
import { ArrowClockwise, Trash } from '@strapi/icons';
import { useIntl } from 'react-intl';
import { getTrad } from '../../utils/getTrad';
import type { FeedStatus, FeedSubscription } from './types';

const STATUS_COLOURS: Record<FeedStatus, { backgroundColor: string; textColor: string }> = {
  ok: { backgroundColor: 'success100', textColor: 'success700' },
  'not-modified': { backgroundColor: 'neutral150', textColor: 'neutral700' },
  failed: { backgroundColor: 'danger100', textColor: 'danger700' },
};

interface FeedRowProps {
  feed: FeedSubscription;
  busy: boolean;
  onRun: () => void;
  onToggle: (enabled: boolean) => void;
  onRemove: () => void;
}

/** When the schedule runs the feed next, and the backoff that put it there after failures. */
const NextRunCell = ({ feed, next }: { feed: FeedSubscription; next: string }) => {
  const { formatMessage } = useIntl();
  return (
    <Td>
      <Flex direction="column" alignItems="flex-start">
        <Typography>{feed.enabled ? next : '—'}</Typography>
        {feed.consecutiveFailures > 0 ? (
          <Typography variant="pi" textColor="warning600" data-testid="newsroom-feed-backoff">
            {formatMessage(
              { id: getTrad('feeds.backoff'), defaultMessage: '{failures} failures: backing off to every {minutes} min (at most a day)' },
              { failures: feed.consecutiveFailures, minutes: feed.delayMinutes }
            )}
          </Typography>
        ) : (
          <Typography variant="pi" textColor="neutral600">
            {formatMessage({ id: getTrad('feeds.every'), defaultMessage: 'every {minutes} min' }, { minutes: feed.interval })}
          </Typography>
        )}
      </Flex>
    </Td>
  );
};

/** One subscription: its status, last and next run (with the backoff after failures), its error and actions. */
export const FeedRow = ({ feed, busy, onRun, onToggle, onRemove }: FeedRowProps) => {
  const { formatMessage, formatDate } = useIntl();
  const when = (value: string | null) => (value ? formatDate(value, { dateStyle: 'short', timeStyle: 'short' }) : '—');
  const last = feed.runs[0];

  return (
    <Tr data-testid="newsroom-feed-row" data-status={feed.lastStatus ?? 'never'}>
      <Td style={{ maxWidth: '32rem', whiteSpace: 'normal' }}>
        <Flex direction="column" alignItems="flex-start" gap={1}>
          <Typography fontWeight="bold" style={{ wordBreak: 'break-all' }}>
            {feed.url}
          </Typography>
          {feed.lastError ? (
            <Typography textColor="danger600" variant="pi" data-testid="newsroom-feed-error">
              {feed.lastError}
            </Typography>
          ) : null}
        </Flex>
      </Td>
      <Td>
        {feed.lastStatus ? (
          <Badge {...STATUS_COLOURS[feed.lastStatus]}>{feed.lastStatus}</Badge>
        ) : (
          <Typography textColor="neutral600">{formatMessage({ id: getTrad('feeds.never'), defaultMessage: 'not run yet' })}</Typography>
        )}
      </Td>
      <Td>
        <Flex direction="column" alignItems="flex-start">
          <Typography>{when(feed.lastRunAt)}</Typography>
          {last && last.status === 'ok' ? (
            <Typography variant="pi" textColor="neutral600">
              {formatMessage(
                { id: getTrad('feeds.lastRun.summary'), defaultMessage: '{imported} of {items} items imported ({created} new, {updated} updated, {failed} failed)' },
                { imported: last.imported, items: last.items, created: last.created, updated: last.updated, failed: last.failed }
              )}
            </Typography>
          ) : null}
        </Flex>
      </Td>
      <NextRunCell feed={feed} next={when(feed.nextRunAt)} />
      <Td>
        <Toggle
          checked={feed.enabled}
          disabled={busy}
          onChange={(event: React.ChangeEvent<HTMLInputElement>) => onToggle(event.target.checked)}
          onLabel={formatMessage({ id: getTrad('feeds.enabled'), defaultMessage: 'On' })}
          offLabel={formatMessage({ id: getTrad('feeds.disabled'), defaultMessage: 'Off' })}
        />
      </Td>
      <Td>
        <Flex gap={1}>
          <IconButton label={formatMessage({ id: getTrad('feeds.runNow'), defaultMessage: 'Run now' })} onClick={onRun} disabled={busy} data-testid="newsroom-feed-run">
            <ArrowClockwise />
          </IconButton>
          <IconButton label={formatMessage({ id: getTrad('feeds.remove'), defaultMessage: 'Unsubscribe' })} onClick={onRemove} disabled={busy}>
            <Trash />
          </IconButton>
        </Flex>
      </Td>
    </Tr>
  );
};
