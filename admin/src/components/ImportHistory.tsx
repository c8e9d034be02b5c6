import { useState } from 'react';
import { Button, EmptyStateLayout, Flex, Loader, Typography } from '@strapi/design-system';
import { ArrowClockwise } from '@strapi/icons';
import { useIntl } from 'react-intl';
import { DismissibleAlert } from './DismissibleAlert';
import { HistoryRun } from './HistoryRun';
import { Pager } from './Pager';
import { useImportHistory } from '../hooks/useImportHistory';
import { getTrad } from '../utils/getTrad';

const PAGE_SIZE = 20;

/** The recorded import runs (admin, CLI, API), newest first. */
export const ImportHistory = ({ refreshKey }: { refreshKey: number }) => {
  const { formatMessage } = useIntl();
  const [page, setPage] = useState(1);
  const { runs, pagination, loading, error, reload } = useImportHistory(page, PAGE_SIZE, refreshKey);
  const pageCount = pagination?.pageCount ?? 1;

  return (
    <Flex direction="column" alignItems="stretch" gap={4} data-testid="newsroom-history">
      <Flex justifyContent="space-between">
        <Typography variant="delta" tag="h2">
          {formatMessage(
            { id: getTrad('history.title'), defaultMessage: 'Import runs ({total})' },
            { total: pagination?.total ?? runs.length }
          )}
        </Typography>
        <Button variant="tertiary" startIcon={<ArrowClockwise />} onClick={reload} data-testid="newsroom-history-reload">
          {formatMessage({ id: getTrad('history.reload'), defaultMessage: 'Refresh' })}
        </Button>
      </Flex>
      {error ? (
        <DismissibleAlert variant="danger" data-testid="newsroom-history-error">
          {error}
        </DismissibleAlert>
      ) : null}
      {loading && runs.length === 0 ? (
        <Loader>{formatMessage({ id: getTrad('history.loading'), defaultMessage: 'Loading import runs' })}</Loader>
      ) : null}
      {!loading && !error && runs.length === 0 ? (
        <EmptyStateLayout
          content={formatMessage({ id: getTrad('history.empty'), defaultMessage: 'Nothing has been imported yet.' })}
        />
      ) : null}
      <Flex tag="ul" direction="column" alignItems="stretch" gap={3}>
        {runs.map((run) => (
          <HistoryRun key={run.documentId} run={run} />
        ))}
      </Flex>
      <Pager
        page={page}
        pageCount={pageCount}
        onPage={setPage}
        previousLabel={formatMessage({ id: getTrad('history.newer'), defaultMessage: 'Newer' })}
        nextLabel={formatMessage({ id: getTrad('history.older'), defaultMessage: 'Older' })}
      />
    </Flex>
  );
};
