import { Flex, IconButton, Typography } from '@strapi/design-system';
import { Cross, File } from '@strapi/icons';
import { useIntl } from 'react-intl';
import { documentBytes, formatBytes } from '../utils/files';
import { getTrad } from '../utils/getTrad';
import type { DraftDocument } from '../types';

interface FileListProps {
  files: DraftDocument[];
  onRemove: (name: string) => void;
}

/** The files chosen so far, each removable. */
export const FileList = ({ files, onRemove }: FileListProps) => {
  const { formatMessage } = useIntl();
  if (files.length === 0) return null;
  return (
    <Flex direction="column" alignItems="stretch" gap={2} tag="ul">
      {files.map((file) => (
        <Flex key={file.name} tag="li" gap={2} justifyContent="space-between" data-testid="newsroom-file-item">
          <Flex gap={2}>
            <File aria-hidden />
            <Typography fontWeight="semiBold">{file.name}</Typography>
            <Typography variant="pi" textColor="neutral600">
              {formatBytes(documentBytes(file))}
            </Typography>
          </Flex>
          <IconButton
            label={formatMessage({ id: getTrad('files.remove'), defaultMessage: 'Remove {name}' }, { name: file.name })}
            variant="ghost"
            onClick={() => onRemove(file.name)}
          >
            <Cross />
          </IconButton>
        </Flex>
      ))}
    </Flex>
  );
};
