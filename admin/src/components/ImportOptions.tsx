import { Button, Checkbox, Field, Flex, Toggle } from '@strapi/design-system';
import { Eye, Download } from '@strapi/icons';
import { useIntl } from 'react-intl';
import { getTrad } from '../utils/getTrad';

interface ImportOptionsProps {
  publish: boolean;
  overwrite: boolean;
  onPublishChange: (value: boolean) => void;
  onOverwriteChange: (value: boolean) => void;
  canPreview: boolean;
  canImport: boolean;
  busy: 'preview' | 'import' | null;
  onPreview: () => void;
  onImport: () => void;
}

/** Preview, then import: as drafts unless "Publish", keeping editors' changes unless "Overwrite". */
export const ImportOptions = ({
  publish,
  overwrite,
  onPublishChange,
  onOverwriteChange,
  canPreview,
  canImport,
  busy,
  onPreview,
  onImport,
}: ImportOptionsProps) => {
  const { formatMessage } = useIntl();
  return (
    <Flex gap={6} wrap="wrap" alignItems="flex-end" justifyContent="space-between">
      <Flex gap={6} wrap="wrap" alignItems="flex-end">
        <Field.Root
          name="newsroom-publish"
          hint={formatMessage({
            id: getTrad('options.publish.hint'),
            defaultMessage: 'Articles are saved as drafts unless published.',
          })}
        >
          <Field.Label>{formatMessage({ id: getTrad('options.publish'), defaultMessage: 'Publish' })}</Field.Label>
          <Toggle
            checked={publish}
            onChange={(event: React.ChangeEvent<HTMLInputElement>) => onPublishChange(event.target.checked)}
            onLabel={formatMessage({ id: getTrad('options.publish.on'), defaultMessage: 'Publish' })}
            offLabel={formatMessage({ id: getTrad('options.publish.off'), defaultMessage: 'Draft' })}
            data-testid="newsroom-publish-toggle"
          />
          <Field.Hint />
        </Field.Root>
        <Checkbox
          checked={overwrite}
          onCheckedChange={(value) => onOverwriteChange(value === true)}
          data-testid="newsroom-overwrite-checkbox"
        >
          {formatMessage({ id: getTrad('options.overwrite'), defaultMessage: "Overwrite editors' changes" })}
        </Checkbox>
      </Flex>
      <Flex gap={2}>
        <Button
          variant="secondary"
          startIcon={<Eye />}
          onClick={onPreview}
          disabled={!canPreview || busy !== null}
          loading={busy === 'preview'}
          data-testid="newsroom-preview-button"
        >
          {formatMessage({ id: getTrad('actions.preview'), defaultMessage: 'Preview' })}
        </Button>
        <Button
          startIcon={<Download />}
          onClick={onImport}
          disabled={!canImport || busy !== null}
          loading={busy === 'import'}
          data-testid="newsroom-import-button"
        >
          {formatMessage({ id: getTrad('actions.import'), defaultMessage: 'Import' })}
        </Button>
      </Flex>
    </Flex>
  );
};
