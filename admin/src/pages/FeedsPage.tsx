import { Button, EmptyStateLayout, Flex, Link, Loader } from '@strapi/design-system';
import { ArrowClockwise, ArrowLeft } from '@strapi/icons';
import { Layouts, Page } from '@strapi/strapi/admin';
import { NavLink } from 'react-router-dom';
import { useIntl } from 'react-intl';
import { DismissibleAlert } from '../components/DismissibleAlert';
import { FeedForm } from '../components/feeds/FeedForm';
import { FeedTable } from '../components/feeds/FeedTable';
import { useFeeds } from '../components/feeds/useFeeds';
import { PLUGIN_ID } from '../pluginId';
import { getTrad } from '../utils/getTrad';

/** Newsroom → Feeds: subscribe to RSS/Atom feeds, see each one's runs, errors and backoff, run one now. */
export const FeedsPage = () => {
  const { formatMessage } = useIntl();
  const feeds = useFeeds();

  return (
    <Page.Main>
      <Page.Title>{formatMessage({ id: getTrad('feeds.title'), defaultMessage: 'Newsroom feeds' })}</Page.Title>
      <Layouts.Header
        title={formatMessage({ id: getTrad('feeds.title'), defaultMessage: 'Newsroom feeds' })}
        subtitle={formatMessage({
          id: getTrad('feeds.subtitle'),
          defaultMessage: 'RSS and Atom feeds fetched on a schedule; their new and changed items are imported.',
        })}
        navigationAction={
          <Link tag={NavLink} to={`/plugins/${PLUGIN_ID}`} startIcon={<ArrowLeft />}>
            {formatMessage({ id: getTrad('feeds.back'), defaultMessage: 'Import' })}
          </Link>
        }
        primaryAction={
          <Button variant="tertiary" startIcon={<ArrowClockwise />} onClick={() => void feeds.reload()}>
            {formatMessage({ id: getTrad('feeds.reload'), defaultMessage: 'Refresh' })}
          </Button>
        }
      />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={6}>
          <FeedForm busy={feeds.busy === 'add'} onAdd={feeds.add} />
          {feeds.error ? (
            <DismissibleAlert variant="danger" data-testid="newsroom-feeds-error">
              {feeds.error}
            </DismissibleAlert>
          ) : null}
          {feeds.loading ? <Loader>{formatMessage({ id: getTrad('feeds.loading'), defaultMessage: 'Loading feeds' })}</Loader> : null}
          {!feeds.loading && feeds.feeds.length === 0 ? (
            <EmptyStateLayout content={formatMessage({ id: getTrad('feeds.empty'), defaultMessage: 'No feed subscriptions yet.' })} />
          ) : null}
          {feeds.feeds.length > 0 ? (
            <FeedTable
              feeds={feeds.feeds}
              busy={feeds.busy}
              onRun={(id) => void feeds.runNow(id)}
              onUpdate={(id, input) => void feeds.update(id, input)}
              onRemove={(id) => void feeds.remove(id)}
            />
          ) : null}
        </Flex>
      </Layouts.Content>
    </Page.Main>
  );
};
