import { Box, Button, Flex, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { JobProgress } from './JobProgress';
import { SYNC_LIMIT, useImportJob } from '../hooks/useImportJob';
import { getTrad } from '../utils/getTrad';
import type { RequestDocument } from '../types';

/** A drop over the synchronous limit is imported as a job, its progress polled here. */
export const JobImport = ({ documents, publish, overwrite }: { documents: RequestDocument[]; publish: boolean; overwrite: boolean }) => {
  const { formatMessage } = useIntl();
  const { job, error, start, running } = useImportJob();
  if (documents.length <= SYNC_LIMIT && !job) return null;
  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      {documents.length > SYNC_LIMIT ? (
        <Box background="neutral0" padding={6} hasRadius shadow="tableShadow">
          <Flex gap={4}>
            <Typography>
              {formatMessage(
                { id: getTrad('job.hint'), defaultMessage: 'More than {limit} documents: they are imported as a background job.' },
                { limit: SYNC_LIMIT }
              )}
            </Typography>
            <Button disabled={running} onClick={() => start({ documents, publish, overwrite })} data-testid="newsroom-job-start">
              {formatMessage({ id: getTrad('job.start'), defaultMessage: 'Import {count} documents as a job' }, { count: documents.length })}
            </Button>
          </Flex>
          {error ? <Typography textColor="danger600">{error}</Typography> : null}
        </Box>
      ) : null}
      {job ? <JobProgress job={job} /> : null}
    </Flex>
  );
};
