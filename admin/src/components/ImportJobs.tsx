import { useEffect, useState } from 'react';
import { Badge, Flex, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { useNewsroomApi } from '../hooks/useNewsroomApi';
import { getTrad } from '../utils/getTrad';
import type { ImportJob } from '../types';

const PAGE_SIZE = 20;

/** The newest import jobs with their state and progress, above the History's runs. */
export const ImportJobs = ({ refreshKey }: { refreshKey: number }) => {
  const { formatMessage } = useIntl();
  const api = useNewsroomApi();
  const [jobs, setJobs] = useState<ImportJob[]>([]);

  useEffect(() => {
    let cancelled = false;
    api.jobs(1, PAGE_SIZE).then((page) => !cancelled && setJobs(page.data), () => !cancelled && setJobs([]));
    return () => {
      cancelled = true;
    };
  }, [api, refreshKey]);

  if (jobs.length === 0) return null;
  return (
    <Flex direction="column" alignItems="stretch" gap={2} data-testid="newsroom-jobs">
      <Typography variant="delta" tag="h2">
        {formatMessage({ id: getTrad('jobs.title'), defaultMessage: 'Import jobs' })}
      </Typography>
      <Flex tag="ul" direction="column" alignItems="stretch" gap={2}>
        {jobs.map((job) => (
          <Flex tag="li" key={job.id} gap={3} data-testid="newsroom-job">
            <Badge>{job.state}</Badge>
            <Typography>{job.label}</Typography>
            <Typography textColor="neutral600">{`${job.documents.done}/${job.documents.total}`}</Typography>
            <Typography textColor="neutral600">{job.actor.name}</Typography>
            <Typography textColor="neutral600">{new Date(job.createdAt).toLocaleString()}</Typography>
          </Flex>
        ))}
      </Flex>
    </Flex>
  );
};
