import { Box, Flex, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { Section } from '../Section';
import { getTrad } from '../../utils/getTrad';
import type { MergeOutcome } from '../../review-types';

/** What a merge moves (or moved): into whom, from whom, how many quotes, articles, aliases and import keys. */
export const MergePreview = ({ outcome, done = false }: { outcome: MergeOutcome; done?: boolean }) => {
  const { formatMessage } = useIntl();
  const rows: [string, string, string | number][] = [
    ['survivor', formatMessage({ id: getTrad('merge.preview.survivor'), defaultMessage: 'Kept' }), outcome.survivor.name],
    ['absorbed', formatMessage({ id: getTrad('merge.preview.absorbed'), defaultMessage: 'Merged into it and deleted' }), outcome.absorbed.map((person) => person.name).join(', ')],
    ['quotes', formatMessage({ id: getTrad('merge.preview.quotes'), defaultMessage: 'Quotes moved' }), outcome.quotesMoved],
    ['articles', formatMessage({ id: getTrad('merge.preview.articles'), defaultMessage: 'Articles relinked' }), outcome.articlesRelinked],
    ['aliases', formatMessage({ id: getTrad('merge.preview.aliases'), defaultMessage: 'Aliases' }), outcome.aliases.join(', ') || '—'],
    ['import-keys', formatMessage({ id: getTrad('merge.preview.import-keys'), defaultMessage: 'Import keys mapped to the survivor' }), outcome.importKeys],
  ];
  return (
    <Section
      title={
        done
          ? formatMessage({ id: getTrad('merge.done.title'), defaultMessage: 'Merged' })
          : formatMessage({ id: getTrad('merge.preview.title'), defaultMessage: 'What the merge moves' })
      }
      testId={done ? 'newsroom-merge-done' : 'newsroom-merge-preview'}
    >
      <Box background="neutral0" padding={4} hasRadius shadow="tableShadow">
        <Flex tag="dl" direction="column" alignItems="stretch" gap={2}>
          {rows.map(([key, label, value]) => (
            <Flex key={key} gap={4} data-testid="newsroom-merge-preview-row" data-key={key} data-value={String(value)}>
              <Box tag="dt" width="28rem">
                <Typography textColor="neutral600">{label}</Typography>
              </Box>
              <Box tag="dd">
                <Typography fontWeight="semiBold">{value}</Typography>
              </Box>
            </Flex>
          ))}
        </Flex>
      </Box>
    </Section>
  );
};
