import { Badge, Button, Flex } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { REASON_LABELS } from './ReasonBadges';
import { getTrad } from '../../utils/getTrad';
import type { ReviewCounts, ReviewFilter } from '../../review-types';

const COUNT_KEYS = { unattributed: 'unattributed', 'low-confidence': 'lowConfidence', diverged: 'diverged' } as const;
const FILTERS: ReviewFilter[] = ['all', 'unattributed', 'low-confidence', 'diverged'];

interface ReviewFiltersProps {
  value: ReviewFilter;
  onChange: (value: ReviewFilter) => void;
  counts: ReviewCounts | null;
  /** Quotes under "all" (a quote with two reasons counts once): known only while "all" is shown. */
  allTotal: number | null;
}

/** One button per reason, each with how many quotes it holds. */
export const ReviewFilters = ({ value, onChange, counts, allTotal }: ReviewFiltersProps) => {
  const { formatMessage } = useIntl();
  const countOf = (filter: ReviewFilter) => (filter === 'all' ? allTotal : counts ? counts[COUNT_KEYS[filter]] : null);
  return (
    <Flex gap={2} wrap="wrap" role="group" aria-label={formatMessage({ id: getTrad('review.filters'), defaultMessage: 'Filter by reason' })}>
      {FILTERS.map((filter) => {
        const count = countOf(filter);
        return (
          <Button
            key={filter}
            variant={filter === value ? 'secondary' : 'tertiary'}
            aria-pressed={filter === value}
            onClick={() => onChange(filter)}
            endIcon={count === null ? undefined : <Badge active={filter === value}>{count}</Badge>}
            data-testid="newsroom-review-filter"
            data-reason={filter}
            data-count={count ?? ''}
          >
            {filter === 'all'
              ? formatMessage({ id: getTrad('review.reason.all'), defaultMessage: 'All' })
              : formatMessage({ id: getTrad(`review.reason.${filter}`), defaultMessage: REASON_LABELS[filter] })}
          </Button>
        );
      })}
    </Flex>
  );
};
