import { useRef, useState } from 'react';
import { Box, Button, Flex, Typography } from '@strapi/design-system';
import { Upload } from '@strapi/icons';
import { useIntl } from 'react-intl';
import { styled } from 'styled-components';
import { ACCEPTED_EXTENSIONS } from '../utils/files';
import { getTrad } from '../utils/getTrad';

const Zone = styled(Box)<{ $active: boolean }>`
  border: 1px dashed ${({ theme, $active }) => ($active ? theme.colors.primary600 : theme.colors.neutral300)};
  background: ${({ theme, $active }) => ($active ? theme.colors.primary100 : theme.colors.neutral100)};
  text-align: center;
`;

interface FileDropZoneProps {
  onFiles: (files: File[]) => void;
}

/** Drop `.txt` / `.md` files here, or choose them. Validation happens in the caller. */
export const FileDropZone = ({ onFiles }: FileDropZoneProps) => {
  const { formatMessage } = useIntl();
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);

  const take = (list: FileList | null) => {
    const files = Array.from(list ?? []);
    if (files.length > 0) onFiles(files);
  };

  return (
    <Zone
      $active={dragging}
      padding={6}
      hasRadius
      data-testid="newsroom-drop-zone"
      onDragOver={(event: React.DragEvent) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(event: React.DragEvent) => {
        event.preventDefault();
        setDragging(false);
        take(event.dataTransfer.files);
      }}
    >
      <Flex direction="column" gap={3}>
        <Upload width="2.4rem" height="2.4rem" aria-hidden />
        <Typography variant="omega" textColor="neutral700">
          {formatMessage({
            id: getTrad('files.drop'),
            defaultMessage: 'Drop .txt, .md, .html, .docx, feed (.rss, .atom), NITF or NewsML (.xml) or ninjs (.json) files here (5 MB at most each)',
          })}
        </Typography>
        <Button variant="secondary" startIcon={<Upload />} onClick={() => input.current?.click()}>
          {formatMessage({ id: getTrad('files.choose'), defaultMessage: 'Choose files' })}
        </Button>
        <input
          ref={input}
          type="file"
          multiple
          accept={ACCEPTED_EXTENSIONS.join(',')}
          hidden
          data-testid="newsroom-file-input"
          onChange={(event) => {
            take(event.target.files);
            event.target.value = '';
          }}
        />
      </Flex>
    </Zone>
  );
};
