import { useState } from 'react';
import { Tabs } from '@strapi/design-system';
import { Layouts, Page, useNotification } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { ImportForm } from '../components/ImportForm';
import { ImportHistory } from '../components/ImportHistory';
import { ImportJobs } from '../components/ImportJobs';
import { JobImport } from '../components/JobImport';
import { useImportWorkflow } from '../hooks/useImportWorkflow';
import { sumCounts } from '../utils/format';
import { getTrad } from '../utils/getTrad';

/** Newsroom: import plain-text articles, and the history of every import run. */
export const ImportPage = () => {
  const { formatMessage } = useIntl();
  const { toggleNotification } = useNotification();
  const workflow = useImportWorkflow();
  const [tab, setTab] = useState('import');
  const [historyKey, setHistoryKey] = useState(0);

  const handleImport = async () => {
    const report = await workflow.runImport();
    if (!report) {
      toggleNotification({
        type: 'danger',
        message: formatMessage({ id: getTrad('notification.import.failed'), defaultMessage: 'The import failed.' }),
      });
      return;
    }
    setHistoryKey((key) => key + 1);
    const totals = sumCounts(report.counts);
    toggleNotification({
      type: report.totals.failed > 0 ? 'warning' : 'success',
      message: formatMessage(
        {
          id: getTrad('notification.import.done'),
          defaultMessage: 'Import done: {created} created, {updated} updated, {conflicts} conflicts, {failed} failed.',
        },
        { created: totals.create, updated: totals.update, conflicts: totals.conflict, failed: report.totals.failed }
      ),
    });
  };

  const title = formatMessage({ id: getTrad('plugin.name'), defaultMessage: 'Newsroom' });

  return (
    <Page.Main>
      <Page.Title>{formatMessage({ id: getTrad('page.title'), defaultMessage: 'Newsroom import' })}</Page.Title>
      <Layouts.Header
        title={title}
        subtitle={formatMessage({
          id: getTrad('page.subtitle'),
          defaultMessage: 'Import plain-text news articles as Articles, People, Quotes and Related links.',
        })}
      />
      <Layouts.Content>
        <Tabs.Root value={tab} onValueChange={setTab} variant="simple">
          <Tabs.List aria-label={formatMessage({ id: getTrad('tabs.label'), defaultMessage: 'Newsroom sections' })}>
            <Tabs.Trigger value="import" data-testid="newsroom-tab-import">
              {formatMessage({ id: getTrad('tabs.import'), defaultMessage: 'Import' })}
            </Tabs.Trigger>
            <Tabs.Trigger value="history" data-testid="newsroom-tab-history">
              {formatMessage({ id: getTrad('tabs.history'), defaultMessage: 'History' })}
            </Tabs.Trigger>
          </Tabs.List>
          <Tabs.Content value="import" style={{ paddingTop: '2.4rem' }}>
            <ImportForm workflow={workflow} onImport={handleImport} />
            <JobImport
              documents={workflow.documents.map(({ origin: _origin, ...document }) => document)}
              publish={workflow.publish}
              overwrite={workflow.overwrite}
            />
          </Tabs.Content>
          <Tabs.Content value="history" style={{ paddingTop: '2.4rem' }}>
            <ImportJobs refreshKey={historyKey} />
            <ImportHistory refreshKey={historyKey} />
          </Tabs.Content>
        </Tabs.Root>
      </Layouts.Content>
    </Page.Main>
  );
};
