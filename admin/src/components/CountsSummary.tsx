import { Flex, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { ActionBadge } from './ActionBadge';
import { ACTIONS, sumCounts } from '../utils/format';
import { getTrad } from '../utils/getTrad';
import type { ActionCounts, RecordType } from '../types';

interface CountsSummaryProps {
  counts: Partial<Record<RecordType, Partial<ActionCounts>>> | null | undefined;
}

/** "3 Create · 10 Unchanged · 1 Conflict": the non-zero actions of a run. */
export const CountsSummary = ({ counts }: CountsSummaryProps) => {
  const { formatMessage } = useIntl();
  const totals = sumCounts(counts);
  const shown = ACTIONS.filter((action) => totals[action] > 0);
  if (shown.length === 0) {
    return (
      <Typography textColor="neutral600">
        {formatMessage({ id: getTrad('counts.none'), defaultMessage: 'No changes' })}
      </Typography>
    );
  }
  return (
    <Flex gap={2} wrap="wrap" data-testid="newsroom-counts">
      {shown.map((action) => (
        <Flex key={action} gap={1} data-testid={`newsroom-count-${action}`}>
          <Typography fontWeight="bold">{totals[action]}</Typography>
          <ActionBadge action={action} />
        </Flex>
      ))}
    </Flex>
  );
};
