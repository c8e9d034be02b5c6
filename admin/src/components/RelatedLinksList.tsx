import { Flex, Link, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { Section } from './Section';
import { getTrad } from '../utils/getTrad';
import type { ParsedRelatedLink } from '../types';

/** "Read also" and similar links the article points to. */
export const RelatedLinksList = ({ links }: { links: Array<Pick<ParsedRelatedLink, 'title' | 'url'>> }) => {
  const { formatMessage } = useIntl();
  if (links.length === 0) return null;
  return (
    <Section
      title={formatMessage({ id: getTrad('preview.links'), defaultMessage: 'Related links ({count})' }, { count: links.length })}
      testId="newsroom-related-links"
    >
      <Flex tag="ul" direction="column" alignItems="stretch" gap={1}>
        {links.map((link, i) => (
          <Typography key={i} tag="li" data-testid="newsroom-related-link">
            {link.url ? (
              <Link href={link.url} isExternal>
                {link.title}
              </Link>
            ) : (
              link.title
            )}
          </Typography>
        ))}
      </Flex>
    </Section>
  );
};
