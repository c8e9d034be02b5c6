import { Alert, Flex, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { MAX_FILE_BYTES, formatBytes } from '../utils/files';
import { getTrad } from '../utils/getTrad';
import type { RejectedFile } from '../hooks/useDraftDocuments';

const REASONS = {
  extension: 'only text, Markdown, HTML, Word (.docx), feed, NITF, NewsML and ninjs files can be imported',
  empty: 'the file is empty',
  binary: 'the file is not text (binary content or not UTF-8)',
  'too-big': `the file is larger than ${formatBytes(MAX_FILE_BYTES)}`,
  unreadable: 'the browser could not read the file',
} as const;

interface RejectedFilesProps {
  files: RejectedFile[];
  onClose: () => void;
}

/** Files that were not added, and why. */
export const RejectedFiles = ({ files, onClose }: RejectedFilesProps) => {
  const { formatMessage } = useIntl();
  if (files.length === 0) return null;
  return (
    <Alert
      variant="danger"
      closeLabel={formatMessage({ id: getTrad('close'), defaultMessage: 'Close' })}
      onClose={onClose}
      data-testid="newsroom-file-errors"
    >
      <Flex direction="column" alignItems="flex-start" gap={1}>
        <Typography fontWeight="bold">
          {formatMessage(
            {
              id: getTrad('files.rejected.title'),
              defaultMessage: '{count, plural, one {# file was} other {# files were}} not added',
            },
            { count: files.length }
          )}
        </Typography>
        <Flex direction="column" alignItems="flex-start" gap={1} tag="ul">
          {files.map((file) => (
            <Typography key={file.name} tag="li" data-testid="newsroom-file-error" data-problem={file.problem}>
              <b>{file.name}</b>:{' '}
              {formatMessage({ id: getTrad(`files.problem.${file.problem}`), defaultMessage: REASONS[file.problem] })}
            </Typography>
          ))}
        </Flex>
      </Flex>
    </Alert>
  );
};
