import { Badge, Box, Button, EmptyStateLayout, Flex, Loader, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { Section } from '../Section';
import { getTrad } from '../../utils/getTrad';
import type { MergeSuggestion } from '../../review-types';

const REASONS: Record<MergeSuggestion['reason'], string> = {
  'surname-initial': 'Same surname, compatible first name',
  'alias-overlap': 'Shared alias',
};

interface MergeSuggestionsProps {
  suggestions: MergeSuggestion[] | null;
  loading: boolean;
  error: string | null;
  onChoose: (suggestion: MergeSuggestion) => void;
}

/** People who are probably one person, offered for a merge. */
export const MergeSuggestions = ({ suggestions, loading, error, onChoose }: MergeSuggestionsProps) => {
  const { formatMessage } = useIntl();
  return (
    <Section title={formatMessage({ id: getTrad('merge.suggestions'), defaultMessage: 'Likely duplicates' })} testId="newsroom-merge-suggestions">
      {loading && !suggestions ? <Loader small>{formatMessage({ id: getTrad('review.loading'), defaultMessage: 'Loading' })}</Loader> : null}
      {error ? <Typography textColor="danger600">{error}</Typography> : null}
      {suggestions && suggestions.length === 0 ? (
        <EmptyStateLayout content={formatMessage({ id: getTrad('merge.suggestions.none'), defaultMessage: 'No likely duplicates.' })} />
      ) : null}
      <Flex tag="ul" direction="column" alignItems="stretch" gap={2}>
        {(suggestions ?? []).map((suggestion) => (
          <Box
            tag="li"
            key={suggestion.people.map((person) => person.documentId).join(':')}
            background="neutral0"
            padding={3}
            hasRadius
            shadow="tableShadow"
            data-testid="newsroom-merge-suggestion"
            data-people={suggestion.people.map((person) => person.documentId).join(' ')}
          >
            <Flex gap={3} justifyContent="space-between" wrap="wrap">
              <Flex direction="column" alignItems="flex-start" gap={1}>
                <Typography fontWeight="bold">{suggestion.people.map((person) => person.name).join(' · ')}</Typography>
                <Typography variant="pi" textColor="neutral600">
                  {suggestion.people
                    .map((person) =>
                      formatMessage(
                        { id: getTrad('merge.person.counts'), defaultMessage: '{name}: {quotes, plural, one {# quote} other {# quotes}}, {articles, plural, one {# article} other {# articles}}' },
                        { name: person.name, quotes: person.quotes, articles: person.articles }
                      )
                    )
                    .join(' · ')}
                </Typography>
              </Flex>
              <Flex gap={2}>
                <Badge data-testid="newsroom-merge-suggestion-reason">
                  {formatMessage({ id: getTrad(`merge.reason.${suggestion.reason}`), defaultMessage: REASONS[suggestion.reason] })}
                </Badge>
                <Button size="S" variant="secondary" onClick={() => onChoose(suggestion)} data-testid="newsroom-merge-suggestion-choose">
                  {formatMessage({ id: getTrad('merge.suggestions.choose'), defaultMessage: 'Select' })}
                </Button>
              </Flex>
            </Flex>
          </Box>
        ))}
      </Flex>
    </Section>
  );
};
