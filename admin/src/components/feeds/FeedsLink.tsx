import { LinkButton } from '@strapi/design-system';
import { Feather } from '@strapi/icons';
import { NavLink } from 'react-router-dom';
import { useIntl } from 'react-intl';
import { PLUGIN_ID } from '../../pluginId';
import { getTrad } from '../../utils/getTrad';

/** From the Import page to the feed subscriptions. */
export const FeedsLink = () => {
  const { formatMessage } = useIntl();
  return (
    <LinkButton tag={NavLink} to={`/plugins/${PLUGIN_ID}/feeds`} variant="secondary" startIcon={<Feather />} data-testid="newsroom-feeds-link">
      {formatMessage({ id: getTrad('feeds.link'), defaultMessage: 'Feeds' })}
    </LinkButton>
  );
};
