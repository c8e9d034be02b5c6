import { Flex, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { RecordLink } from '../RecordLink';
import { getTrad } from '../../utils/getTrad';
import type { ReviewItem } from '../../review-types';

/** Who the quote is attributed to, by which parser rule and how far that rule is trusted; an unattributed quote has no evidence. */
export const AttributionEvidence = ({ quote }: { quote: ReviewItem }) => {
  const { formatMessage } = useIntl();
  const attribution = quote.attribution ?? 'none';
  const rule = formatMessage({
    id: getTrad(`preview.quotes.rule.${attribution}`),
    defaultMessage: attribution.replace('-', ' '),
  });
  return (
    <Flex direction="column" alignItems="stretch" gap={1} data-testid="newsroom-attribution" data-attribution={attribution}>
      <Typography data-testid="newsroom-attribution-speaker" data-speaker={quote.speaker?.documentId ?? ''}>
        {quote.speaker ? (
          <RecordLink type="person" documentId={quote.speaker.documentId}>
            {quote.speaker.name}
          </RecordLink>
        ) : (
          formatMessage({ id: getTrad('preview.quotes.unattributed'), defaultMessage: 'Unattributed' })
        )}
      </Typography>
      {quote.speaker ? (
        <Typography variant="pi" textColor="neutral600" data-testid="newsroom-attribution-confidence" data-confidence={quote.confidence ?? ''}>
          {quote.confidence === null
            ? formatMessage({ id: getTrad('review.evidence.rule'), defaultMessage: 'speaker by {rule}' }, { rule })
            : formatMessage(
                { id: getTrad('preview.quotes.evidence'), defaultMessage: 'speaker by {rule} · {confidence, number, percent} confidence' },
                { rule, confidence: quote.confidence }
              )}
        </Typography>
      ) : null}
    </Flex>
  );
};
