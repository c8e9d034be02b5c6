import { useEffect, useState } from 'react';
import { Button, EmptyStateLayout, Flex, Loader, Typography } from '@strapi/design-system';
import { ArrowClockwise } from '@strapi/icons';
import { useIntl } from 'react-intl';
import { ReviewFilters } from './ReviewFilters';
import { ReviewQueueItem } from './ReviewQueueItem';
import { DismissibleAlert } from '../DismissibleAlert';
import { Pager } from '../Pager';
import { useRemote } from '../../hooks/useRemote';
import { useReviewApi } from '../../hooks/useReviewApi';
import { getTrad } from '../../utils/getTrad';
import type { ReviewFilter } from '../../review-types';

const PAGE_SIZE = 20;

/** Quotes that need an editor (no speaker, an unsure speaker, a text that left its source), newest first. */
export const ReviewQueue = () => {
  const { formatMessage } = useIntl();
  const api = useReviewApi();
  const [reason, setReason] = useState<ReviewFilter>('all');
  const [page, setPage] = useState(1);
  const { data, loading, error, reload } = useRemote(() => api.queue({ reason, page, pageSize: PAGE_SIZE }), `${reason}:${page}`);
  const items = data?.results ?? [];
  const pageCount = data?.pagination.pageCount ?? 1;

  // Fixing the last quote of the last page empties it: step back to a page that exists.
  useEffect(() => {
    if (data && page > 1 && page > data.pagination.pageCount) setPage(Math.max(1, data.pagination.pageCount));
  }, [data, page]);

  return (
    <Flex direction="column" alignItems="stretch" gap={4} data-testid="newsroom-review" data-loading={String(loading)}>
      <Flex justifyContent="space-between" wrap="wrap" gap={2}>
        <Typography variant="delta" tag="h2">
          {formatMessage(
            { id: getTrad('review.title'), defaultMessage: 'Quotes that need review ({total})' },
            { total: data?.pagination.total ?? 0 }
          )}
        </Typography>
        <Button variant="tertiary" startIcon={<ArrowClockwise />} onClick={reload} data-testid="newsroom-review-reload">
          {formatMessage({ id: getTrad('history.reload'), defaultMessage: 'Refresh' })}
        </Button>
      </Flex>
      <ReviewFilters
        value={reason}
        onChange={(next) => {
          setReason(next);
          setPage(1);
        }}
        counts={data?.counts ?? null}
        allTotal={data && reason === 'all' ? data.pagination.total : null}
      />
      {error ? (
        <DismissibleAlert variant="danger" data-testid="newsroom-review-error">
          {error}
        </DismissibleAlert>
      ) : null}
      {loading && !data ? (
        <Loader>{formatMessage({ id: getTrad('review.loading'), defaultMessage: 'Loading' })}</Loader>
      ) : null}
      {data && items.length === 0 ? (
        <EmptyStateLayout
          content={formatMessage({ id: getTrad('review.empty'), defaultMessage: 'No quote needs review.' })}
        />
      ) : null}
      <Flex tag="ul" direction="column" alignItems="stretch" gap={3}>
        {items.map((item) => (
          <ReviewQueueItem key={`${item.documentId}:${item.updatedAt ?? ''}`} item={item} onChanged={reload} />
        ))}
      </Flex>
      <Pager
        page={page}
        pageCount={pageCount}
        onPage={setPage}
        previousLabel={formatMessage({ id: getTrad('review.newer'), defaultMessage: 'Newer' })}
        nextLabel={formatMessage({ id: getTrad('review.older'), defaultMessage: 'Older' })}
        testId="newsroom-review-pager"
      />
    </Flex>
  );
};
