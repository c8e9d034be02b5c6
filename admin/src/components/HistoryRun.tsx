import { useState } from 'react';
import { Badge, Box, Flex, TextButton, Typography } from '@strapi/design-system';
import { CaretDown, CaretUp } from '@strapi/icons';
import { useIntl } from 'react-intl';
import { ConflictList } from './ConflictList';
import { CountsSummary } from './CountsSummary';
import { getTrad } from '../utils/getTrad';
import type { ImportRun } from '../types';

const fileCount = (files: unknown) => (Array.isArray(files) ? files.length : 0);
const failureCount = (failures: unknown) => (Array.isArray(failures) ? failures.length : 0);

/** One recorded run: when, who, what it changed; its conflicts on demand. */
export const HistoryRun = ({ run }: { run: ImportRun }) => {
  const { formatMessage, formatDate } = useIntl();
  const [open, setOpen] = useState(false);
  const conflicts = run.conflicts ?? [];
  const failures = failureCount(run.failures);

  return (
    <Box
      tag="li"
      background="neutral0"
      padding={4}
      hasRadius
      shadow="tableShadow"
      data-testid="newsroom-history-run"
      data-run-id={run.documentId}
      data-conflicts={conflicts.length}
      data-actor-type={run.actorType ?? ''}
    >
      <Flex direction="column" alignItems="stretch" gap={3}>
        <Flex gap={3} wrap="wrap" justifyContent="space-between">
          <Flex gap={2} wrap="wrap">
            <Typography fontWeight="bold">
              {run.startedAt ? formatDate(run.startedAt, { dateStyle: 'medium', timeStyle: 'medium' }) : '—'}
            </Typography>
            {run.actorType ? <Badge data-testid="newsroom-history-actor-type">{run.actorType}</Badge> : null}
            <Typography textColor="neutral600">{run.actor ?? ''}</Typography>
            {run.dryRun ? (
              <Badge variant="secondary">{formatMessage({ id: getTrad('history.dry-run'), defaultMessage: 'Dry run' })}</Badge>
            ) : null}
          </Flex>
          <Typography variant="pi" textColor="neutral600">
            {formatMessage(
              {
                id: getTrad('history.files'),
                defaultMessage: '{files, plural, one {# file} other {# files}} · {failures, plural, =0 {no failures} one {# failure} other {# failures}} · {ms} ms',
              },
              { files: fileCount(run.files), failures, ms: run.durationMs ?? 0 }
            )}
          </Typography>
        </Flex>
        <CountsSummary counts={run.counts} />
        {conflicts.length > 0 ? (
          <Box>
            <TextButton
              onClick={() => setOpen((value) => !value)}
              endIcon={open ? <CaretUp /> : <CaretDown />}
              aria-expanded={open}
              data-testid="newsroom-history-conflicts-toggle"
            >
              {formatMessage(
                {
                  id: getTrad('history.conflicts'),
                  defaultMessage: '{count, plural, one {# conflict} other {# conflicts}}: editors’ values kept',
                },
                { count: conflicts.length }
              )}
            </TextButton>
            {open ? (
              <Box paddingTop={3}>
                <ConflictList conflicts={conflicts} />
              </Box>
            ) : null}
          </Box>
        ) : null}
      </Flex>
    </Box>
  );
};
