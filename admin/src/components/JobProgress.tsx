import { Box, Flex, ProgressBar, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { getTrad } from '../utils/getTrad';
import type { ImportJob } from '../types';

/** A job's live progress: a bar over its documents, its state, throughput and totals so far. */
export const JobProgress = ({ job }: { job: ImportJob }) => {
  const { formatMessage } = useIntl();
  const percent = job.documents.total ? Math.floor((job.documents.done / job.documents.total) * 100) : 0;
  return (
    <Box background="neutral0" padding={6} hasRadius shadow="tableShadow" data-testid="newsroom-job-progress">
      <Flex direction="column" alignItems="stretch" gap={3}>
        <Typography variant="delta" tag="h2">
          {formatMessage(
            { id: getTrad('job.title'), defaultMessage: 'Import job {state}: {done} of {total} documents' },
            { state: job.state, done: job.documents.done, total: job.documents.total }
          )}
        </Typography>
        <ProgressBar value={percent} size="M" aria-label={`${percent}%`} />
        <Typography variant="pi" textColor="neutral600">
          {formatMessage(
            {
              id: getTrad('job.totals'),
              defaultMessage: '{created} created, {updated} updated, {conflicts} conflicts, {failed} failed{throughput, select, none {} other {, {throughput} documents/s}}',
            },
            { ...job.totals, throughput: job.throughput === null ? 'none' : String(job.throughput) }
          )}
        </Typography>
        {job.error ? <Typography textColor="danger600">{job.error}</Typography> : null}
        {job.errors.map((failure) => (
          <Typography key={failure.file} variant="pi" textColor="danger600">{`${failure.file}: ${failure.error}`}</Typography>
        ))}
      </Flex>
    </Box>
  );
};
