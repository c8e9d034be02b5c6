import { Box, Flex, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { ChangeTable } from './ChangeTable';
import { CountsSummary } from './CountsSummary';
import { RecordLink } from './RecordLink';
import { getTrad } from '../utils/getTrad';
import type { ImportReport } from '../types';

/** The report of the import just run, with links to every record it touched. */
export const ImportResult = ({ report }: { report: ImportReport }) => {
  const { formatMessage } = useIntl();
  return (
    <Box background="neutral0" padding={6} hasRadius shadow="tableShadow" data-testid="newsroom-result">
      <Flex direction="column" alignItems="stretch" gap={4}>
        <Typography variant="beta" tag="h2">
          {formatMessage(
            {
              id: getTrad('result.title'),
              defaultMessage: 'Imported {files, plural, one {# document} other {# documents}} in {seconds} s',
            },
            { files: report.totals.files, seconds: (report.durationMs / 1000).toFixed(1) }
          )}
        </Typography>
        <Typography textColor="neutral600">
          {report.options.publish
            ? formatMessage({ id: getTrad('result.published'), defaultMessage: 'Articles were published.' })
            : formatMessage({ id: getTrad('result.drafts'), defaultMessage: 'Articles were saved as drafts.' })}
        </Typography>
        <CountsSummary counts={report.counts} />
        {report.files.map((file) => (
          <Flex
            key={file.name}
            direction="column"
            alignItems="stretch"
            gap={2}
            data-testid="newsroom-result-file"
            data-status={file.status}
          >
            <Flex gap={2}>
              <Typography fontWeight="bold">{file.name}</Typography>
              {file.article ? (
                <Typography>
                  →{' '}
                  <RecordLink type="article" documentId={file.article.documentId}>
                    {file.article.title}
                  </RecordLink>
                </Typography>
              ) : null}
            </Flex>
            {file.error ? (
              <Typography textColor="danger600" data-testid="newsroom-result-error">
                {file.error}
              </Typography>
            ) : null}
            <ChangeTable changes={file.changes} testId="newsroom-result-changes" />
          </Flex>
        ))}
      </Flex>
    </Box>
  );
};
