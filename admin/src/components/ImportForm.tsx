import { Alert, Box, Flex, Grid, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { DocumentPreview } from './DocumentPreview';
import { FileDropZone } from './FileDropZone';
import { FileList } from './FileList';
import { ImportOptions } from './ImportOptions';
import { ImportResult } from './ImportResult';
import { PasteInput } from './PasteInput';
import { RejectedFiles } from './RejectedFiles';
import { getTrad } from '../utils/getTrad';
import type { useImportWorkflow } from '../hooks/useImportWorkflow';

type Workflow = ReturnType<typeof useImportWorkflow>;

/** The import tab: input, options, preview, result. */
export const ImportForm = ({ workflow, onImport }: { workflow: Workflow; onImport: () => void }) => {
  const { formatMessage } = useIntl();
  const {
    pastedName,
    pastedText,
    setPastedName,
    setPastedText,
    files,
    addFiles,
    removeFile,
    rejected,
    dismissRejected,
    documents,
    preview,
    report,
    busy,
    requestError,
    dismissRequestError,
  } = workflow;

  const sourceOf = (name: string) => preview?.documents.find((document) => document.name === name)?.text ?? '';

  return (
    <Flex direction="column" alignItems="stretch" gap={6}>
      <Box background="neutral0" padding={6} hasRadius shadow="tableShadow">
        <Grid.Root gap={6}>
          <Grid.Item col={8} s={12} direction="column" alignItems="stretch">
            <PasteInput name={pastedName} text={pastedText} onNameChange={setPastedName} onTextChange={setPastedText} />
          </Grid.Item>
          <Grid.Item col={4} s={12} direction="column" alignItems="stretch" gap={4}>
            <FileDropZone onFiles={addFiles} />
            <FileList files={files} onRemove={removeFile} />
          </Grid.Item>
        </Grid.Root>
      </Box>

      <RejectedFiles files={rejected} onClose={dismissRejected} />

      {requestError ? (
        <Alert
          variant="danger"
          closeLabel={formatMessage({ id: getTrad('close'), defaultMessage: 'Close' })}
          onClose={dismissRequestError}
          title={formatMessage({ id: getTrad('request.error'), defaultMessage: 'The server refused the request' })}
          data-testid="newsroom-request-error"
        >
          {requestError}
        </Alert>
      ) : null}

      <Box background="neutral0" padding={6} hasRadius shadow="tableShadow">
        <ImportOptions
          publish={workflow.publish}
          overwrite={workflow.overwrite}
          onPublishChange={workflow.setPublish}
          onOverwriteChange={workflow.setOverwrite}
          canPreview={documents.length > 0}
          canImport={!!preview && preview.items.some((item) => item.parsed && !item.error)}
          busy={busy}
          onPreview={workflow.runPreview}
          onImport={onImport}
        />
        {documents.length > 0 && !preview ? (
          <Box paddingTop={3}>
            <Typography variant="pi" textColor="neutral600">
              {formatMessage(
                {
                  id: getTrad('preview.hint'),
                  defaultMessage: '{count, plural, one {# document} other {# documents}} ready: preview to see what would change.',
                },
                { count: documents.length }
              )}
            </Typography>
          </Box>
        ) : null}
      </Box>

      {report ? <ImportResult report={report} /> : null}

      {preview && !report ? (
        <Flex direction="column" alignItems="stretch" gap={6} data-testid="newsroom-preview">
          {preview.items.map((item) => (
            <DocumentPreview key={item.name} item={item} source={item.text ?? sourceOf(item.name)} />
          ))}
        </Flex>
      ) : null}
    </Flex>
  );
};
