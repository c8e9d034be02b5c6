import { Flex, Loader, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { AcceptDivergenceButton } from './AcceptDivergenceButton';
import { AttributionEvidence } from './AttributionEvidence';
import { ReasonBadges } from './ReasonBadges';
import { SourceParagraph } from './SourceParagraph';
import { WordDiff } from './WordDiff';
import { RecordLink } from '../RecordLink';
import { Section } from '../Section';
import { useRemote } from '../../hooks/useRemote';
import { useReviewApi } from '../../hooks/useReviewApi';
import { getTrad } from '../../utils/getTrad';
import type { ReviewItem } from '../../review-types';

interface QuoteProvenanceProps {
  documentId: string;
  /** Changes whenever the quote is saved, so the panel reads the server's verdict again. */
  version: string;
  /** Offer "Accept divergence" (the caller knows the user holds the review action). */
  canAccept: boolean;
  onAccepted?: (item: ReviewItem) => void;
}

/** A quote against its source: the paragraph it came from, who said it and why we think so, and what changed. */
export const QuoteProvenance = ({ documentId, version, canAccept, onAccepted }: QuoteProvenanceProps) => {
  const { formatMessage, formatDate } = useIntl();
  const api = useReviewApi();
  const { data, loading, error, reload } = useRemote(() => api.quote(documentId), `${documentId}:${version}`);

  if (!data) {
    return loading ? (
      <Loader small>{formatMessage({ id: getTrad('review.loading'), defaultMessage: 'Loading' })}</Loader>
    ) : (
      <Typography textColor="danger600" data-testid="newsroom-provenance-error">
        {error}
      </Typography>
    );
  }

  const { quote, provenance, diverged, accepted, diff } = data;
  return (
    <Flex
      direction="column"
      alignItems="stretch"
      gap={4}
      width="100%"
      data-testid="newsroom-provenance"
      data-diverged={String(diverged)}
      data-accepted={String(accepted !== null)}
    >
      {quote.reasons.length > 0 ? <ReasonBadges reasons={quote.reasons} /> : null}
      <Section title={formatMessage({ id: getTrad('review.source'), defaultMessage: 'In the source' })}>
        {provenance ? (
          <SourceParagraph provenance={provenance} />
        ) : (
          <Typography textColor="neutral600">
            {formatMessage({ id: getTrad('review.source.none'), defaultMessage: 'No source position recorded for this quote.' })}
          </Typography>
        )}
        {quote.article ? (
          <Typography variant="pi">
            <RecordLink type="article" documentId={quote.article.documentId}>
              {quote.article.title}
            </RecordLink>
          </Typography>
        ) : null}
      </Section>
      <Section title={formatMessage({ id: getTrad('review.speaker'), defaultMessage: 'Speaker' })}>
        <AttributionEvidence quote={quote} />
      </Section>
      {diverged ? (
        <Section title={formatMessage({ id: getTrad('review.diff'), defaultMessage: 'Changed from the source' })}>
          <WordDiff parts={diff} />
          {accepted ? (
            <Typography variant="pi" textColor="neutral600" data-testid="newsroom-divergence-accepted">
              {formatMessage(
                { id: getTrad('review.accepted'), defaultMessage: 'Accepted by {by} on {at}' },
                { by: accepted.by, at: formatDate(accepted.at, { dateStyle: 'medium', timeStyle: 'short' }) }
              )}
            </Typography>
          ) : canAccept ? (
            <AcceptDivergenceButton
              documentId={documentId}
              onAccepted={(item) => {
                reload();
                onAccepted?.(item);
              }}
            />
          ) : null}
        </Section>
      ) : null}
    </Flex>
  );
};
