import { Badge, Box, Flex, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { styled } from 'styled-components';
import { Section } from './Section';
import { getTrad } from '../utils/getTrad';
import type { ParsedQuote } from '../types';

const QuoteButton = styled.button<{ $selected: boolean }>`
  all: unset;
  display: block;
  width: 100%;
  box-sizing: border-box;
  cursor: pointer;
  padding: ${({ theme }) => `${theme.spaces[2]} ${theme.spaces[3]}`};
  border-left: 3px solid ${({ theme, $selected }) => ($selected ? theme.colors.warning500 : theme.colors.primary200)};
  background: ${({ theme, $selected }) => ($selected ? theme.colors.warning100 : 'transparent')};
  &:focus-visible {
    outline: 2px solid ${({ theme }) => theme.colors.primary600};
  }
`;

/** Which rule named the speaker and how far it is trusted; a quote left for review says so. */
const SpeakerEvidence = ({ quote }: { quote: ParsedQuote }) => {
  const { formatMessage } = useIntl();
  if (quote.review) {
    return (
      <Flex paddingTop={1} data-testid="newsroom-quote-evidence" data-attribution={quote.attribution} data-review="true">
        <Badge backgroundColor="warning100" textColor="warning700">
          {formatMessage({ id: getTrad('preview.quotes.review'), defaultMessage: 'Speaker to review' })}
        </Badge>
      </Flex>
    );
  }
  return (
    <Typography
      variant="pi"
      textColor="neutral500"
      tag="div"
      data-testid="newsroom-quote-evidence"
      data-attribution={quote.attribution}
      data-review="false"
    >
      {formatMessage(
        { id: getTrad('preview.quotes.evidence'), defaultMessage: 'speaker by {rule} · {confidence, number, percent} confidence' },
        { rule: formatMessage({ id: getTrad(`preview.quotes.rule.${quote.attribution}`), defaultMessage: quote.attribution.replace('-', ' ') }), confidence: quote.confidence }
      )}
    </Typography>
  );
};

interface Group {
  speaker: string | null;
  quotes: { quote: ParsedQuote; index: number }[];
}

export const groupBySpeaker = (quotes: ParsedQuote[]): Group[] => {
  const groups = new Map<string | null, Group>();
  quotes.forEach((quote, index) => {
    const group = groups.get(quote.speaker) ?? { speaker: quote.speaker, quotes: [] };
    group.quotes.push({ quote, index });
    groups.set(quote.speaker, group);
  });
  // Unattributed quotes last; otherwise in order of first appearance.
  return [...groups.values()].sort((a, b) => Number(a.speaker === null) - Number(b.speaker === null));
};

interface QuotesBySpeakerProps {
  quotes: ParsedQuote[];
  roles: Record<string, string | null>;
  selected: number | null;
  onSelect: (index: number) => void;
}

/** Quotes grouped under who said them; choosing one highlights it in the source. */
export const QuotesBySpeaker = ({ quotes, roles, selected, onSelect }: QuotesBySpeakerProps) => {
  const { formatMessage } = useIntl();
  const groups = groupBySpeaker(quotes);
  return (
    <Section
      title={formatMessage({ id: getTrad('preview.quotes'), defaultMessage: 'Quotes ({count})' }, { count: quotes.length })}
      testId="newsroom-quotes"
    >
      {groups.length === 0 ? (
        <Typography textColor="neutral600">
          {formatMessage({ id: getTrad('preview.quotes.none'), defaultMessage: 'No quotes found.' })}
        </Typography>
      ) : null}
      {groups.map((group) => (
        <Box
          key={group.speaker ?? '(none)'}
          data-testid="newsroom-speaker-group"
          data-speaker={group.speaker ?? ''}
          padding={3}
          hasRadius
          borderColor="neutral200"
        >
          <Flex gap={2} paddingBottom={2}>
            <Typography fontWeight="bold" data-testid="newsroom-speaker-name">
              {group.speaker ??
                formatMessage({ id: getTrad('preview.quotes.unattributed'), defaultMessage: 'Unattributed' })}
            </Typography>
            {group.speaker && roles[group.speaker] ? (
              <Typography textColor="neutral600">{roles[group.speaker]}</Typography>
            ) : null}
            <Badge data-testid="newsroom-speaker-quote-count" data-count={group.quotes.length}>
              {formatMessage(
                { id: getTrad('preview.quotes.count'), defaultMessage: '{count, plural, one {# quote} other {# quotes}}' },
                { count: group.quotes.length }
              )}
            </Badge>
          </Flex>
          <Flex direction="column" alignItems="stretch" gap={1}>
            {group.quotes.map(({ quote, index }) => (
              <QuoteButton
                key={index}
                type="button"
                $selected={selected === index}
                aria-pressed={selected === index}
                onClick={() => onSelect(index)}
                data-testid="newsroom-quote"
                data-quote-index={index}
              >
                <Typography>“{quote.text}”</Typography>
                {quote.verb || quote.kind === 'partial' ? (
                  <Typography variant="pi" textColor="neutral600" tag="div">
                    {[quote.verb, quote.kind === 'partial' ? formatMessage({ id: getTrad('preview.quotes.partial'), defaultMessage: 'partial quote' }) : null]
                      .filter(Boolean)
                      .join(' · ')}
                  </Typography>
                ) : null}
                <SpeakerEvidence quote={quote} />
              </QuoteButton>
            ))}
          </Flex>
        </Box>
      ))}
    </Section>
  );
};
