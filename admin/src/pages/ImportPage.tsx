import { useState } from 'react';
import { Tabs } from '@strapi/design-system';
import { Layouts, Page, useNotification, useRBAC } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { useNavigate, useParams } from 'react-router-dom';
import { ImportForm } from '../components/ImportForm';
import { ImportHistory } from '../components/ImportHistory';
import { MergePeople } from '../components/merge/MergePeople';
import { ReviewQueue } from '../components/review/ReviewQueue';
import { FeedsLink } from '../components/feeds/FeedsLink';
import { ImportJobs } from '../components/ImportJobs';
import { JobImport } from '../components/JobImport';
import { useImportWorkflow } from '../hooks/useImportWorkflow';
import { sumCounts } from '../utils/format';
import { getTrad } from '../utils/getTrad';
import { NEWSROOM_PAGE_PERMISSIONS } from '../pagePermissions';
import { PLUGIN_ID } from '../pluginId';

type Tab = 'import' | 'history' | 'review' | 'merge';
const TAB_LABELS: Record<Tab, string> = { import: 'Import', history: 'History', review: 'Needs review', merge: 'Merge people' };

/** The tabs a user may open: import and history need the import action, the queue review, merging merge. */
const allowedTabs = (allowed: Record<string, boolean>): Tab[] => [
  ...(allowed.canImport ? (['import', 'history'] as const) : []),
  ...(allowed.canReview ? (['review'] as const) : []),
  ...(allowed.canMerge ? (['merge'] as const) : []),
];

/** Newsroom: import articles, the history of every import run, the quotes to review and people to merge. */
export const ImportPage = () => {
  const { formatMessage } = useIntl();
  const { toggleNotification } = useNotification();
  const workflow = useImportWorkflow();
  const navigate = useNavigate();
  const params = useParams<{ tab?: string }>();
  const { allowedActions, isLoading } = useRBAC(NEWSROOM_PAGE_PERMISSIONS);
  const tabs = allowedTabs(allowedActions);
  // Each tab has its own address (/plugins/newsroom/review…), so the queue can be linked to.
  const tab = tabs.find((value) => value === params.tab) ?? tabs[0];
  const setTab = (value: string) => navigate(`/plugins/${PLUGIN_ID}/${value === tabs[0] ? '' : value}`);
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
        secondaryAction={allowedActions.canImport ? <FeedsLink /> : undefined}
        subtitle={formatMessage({
          id: getTrad('page.subtitle'),
          defaultMessage: 'Import plain-text news articles as Articles, People, Quotes and Related links.',
        })}
      />
      <Layouts.Content>
        {isLoading ? (
          <Page.Loading />
        ) : (
          <Tabs.Root value={tab} onValueChange={setTab} variant="simple">
            <Tabs.List aria-label={formatMessage({ id: getTrad('tabs.label'), defaultMessage: 'Newsroom sections' })}>
              {tabs.map((value) => (
                <Tabs.Trigger key={value} value={value} data-testid={`newsroom-tab-${value}`}>
                  {formatMessage({ id: getTrad(`tabs.${value}`), defaultMessage: TAB_LABELS[value] })}
                </Tabs.Trigger>
              ))}
            </Tabs.List>
            {allowedActions.canImport ? (
              <>
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
              </>
            ) : null}
            {allowedActions.canReview ? (
              <Tabs.Content value="review" style={{ paddingTop: '2.4rem' }}>
                <ReviewQueue />
              </Tabs.Content>
            ) : null}
            {allowedActions.canMerge ? (
              <Tabs.Content value="merge" style={{ paddingTop: '2.4rem' }}>
                <MergePeople />
              </Tabs.Content>
            ) : null}
          </Tabs.Root>
        )}
      </Layouts.Content>
    </Page.Main>
  );
};
