import { Table, Tbody, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { getTrad } from '../../utils/getTrad';
import { FeedRow } from './FeedRow';
import type { FeedInput, FeedSubscription } from './types';

interface FeedTableProps {
  feeds: FeedSubscription[];
  busy: string | null;
  onRun: (documentId: string) => void;
  onUpdate: (documentId: string, input: Partial<FeedInput>) => void;
  onRemove: (documentId: string) => void;
}

/** Every subscription with its state; the admin's view of what the schedule does. */
export const FeedTable = ({ feeds, busy, onRun, onUpdate, onRemove }: FeedTableProps) => {
  const { formatMessage } = useIntl();
  const heading = (id: string, defaultMessage: string) => (
    <Th>
      <Typography variant="sigma">{formatMessage({ id: getTrad(id), defaultMessage })}</Typography>
    </Th>
  );
  return (
    <Table colCount={6} rowCount={feeds.length + 1} data-testid="newsroom-feeds-table">
      <Thead>
        <Tr>
          {heading('feeds.column.feed', 'Feed')}
          {heading('feeds.column.status', 'Status')}
          {heading('feeds.column.lastRun', 'Last run')}
          {heading('feeds.column.nextRun', 'Next run')}
          {heading('feeds.column.enabled', 'Scheduled')}
          {heading('feeds.column.actions', 'Actions')}
        </Tr>
      </Thead>
      <Tbody>
        {feeds.map((feed) => (
          <FeedRow
            key={feed.documentId}
            feed={feed}
            busy={busy === feed.documentId}
            onRun={() => onRun(feed.documentId)}
            onToggle={(enabled) => onUpdate(feed.documentId, { enabled })}
            onRemove={() => onRemove(feed.documentId)}
          />
        ))}
      </Tbody>
    </Table>
  );
};
