import { useState } from 'react';
import { Box, Button, Flex, LinkButton, TextButton, Typography } from '@strapi/design-system';
import { CaretDown, CaretUp, Check, ExternalLink, User } from '@strapi/icons';
import { useNotification } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { NavLink } from 'react-router-dom';
import { AcceptDivergenceButton } from './AcceptDivergenceButton';
import { AttributionEvidence } from './AttributionEvidence';
import { QuoteProvenance } from './QuoteProvenance';
import { ReasonBadges } from './ReasonBadges';
import { SpeakerPicker } from './SpeakerPicker';
import { RecordLink } from '../RecordLink';
import { useReviewApi } from '../../hooks/useReviewApi';
import { contentManagerPath } from '../../utils/contentManager';
import { errorMessage } from '../../utils/errors';
import { getTrad } from '../../utils/getTrad';
import type { PersonRef, ReviewItem } from '../../review-types';

interface ReviewQueueItemProps {
  item: ReviewItem;
  /** Something was saved: the queue reads itself again. */
  onChanged: () => void;
}

/** One quote in the queue, with the one-click fixes its reasons call for. */
export const ReviewQueueItem = ({ item, onChanged }: ReviewQueueItemProps) => {
  const { formatMessage, formatDate } = useIntl();
  const { toggleNotification } = useNotification();
  const api = useReviewApi();
  const [picking, setPicking] = useState(false);
  const [details, setDetails] = useState(false);
  const [busy, setBusy] = useState(false);

  const setSpeaker = async (person: PersonRef) => {
    setBusy(true);
    try {
      await api.setSpeaker(item.documentId, person.documentId);
      toggleNotification({
        type: 'success',
        message: formatMessage({ id: getTrad('review.speaker.done'), defaultMessage: 'Speaker set to {name}.' }, { name: person.name }),
      });
      setPicking(false);
      onChanged();
    } catch (error) {
      toggleNotification({ type: 'danger', message: errorMessage(error) });
    } finally {
      setBusy(false);
    }
  };

  const lowConfidence = item.reasons.includes('low-confidence') && item.speaker !== null;
  const diverged = item.reasons.includes('diverged');

  return (
    <Box
      tag="li"
      background="neutral0"
      padding={4}
      hasRadius
      shadow="tableShadow"
      data-testid="newsroom-review-item"
      data-document-id={item.documentId}
      data-reasons={item.reasons.join(' ')}
    >
      <Flex direction="column" alignItems="stretch" gap={3}>
        <Flex gap={3} justifyContent="space-between" wrap="wrap">
          <ReasonBadges reasons={item.reasons} />
          <Typography variant="pi" textColor="neutral600">
            {item.updatedAt ? formatDate(item.updatedAt, { dateStyle: 'medium', timeStyle: 'short' }) : null}
          </Typography>
        </Flex>
        <Typography data-testid="newsroom-review-text">“{item.text}”</Typography>
        <Flex gap={6} wrap="wrap" alignItems="flex-start">
          <AttributionEvidence quote={item} />
          {item.article ? (
            <Typography variant="pi">
              <RecordLink type="article" documentId={item.article.documentId}>
                {item.article.title}
              </RecordLink>
            </Typography>
          ) : null}
        </Flex>
        <Flex gap={2} wrap="wrap">
          {lowConfidence && item.speaker ? (
            <Button
              size="S"
              variant="secondary"
              startIcon={<Check />}
              loading={busy}
              onClick={() => item.speaker && setSpeaker(item.speaker)}
              data-testid="newsroom-confirm-speaker"
            >
              {formatMessage({ id: getTrad('review.speaker.confirm'), defaultMessage: 'Confirm {name}' }, { name: item.speaker.name })}
            </Button>
          ) : null}
          <Button
            size="S"
            variant={picking ? 'secondary' : 'tertiary'}
            startIcon={<User />}
            onClick={() => setPicking((value) => !value)}
            aria-expanded={picking}
            data-testid="newsroom-pick-speaker"
          >
            {formatMessage({ id: getTrad('review.speaker.choose'), defaultMessage: 'Pick speaker' })}
          </Button>
          {diverged ? <AcceptDivergenceButton documentId={item.documentId} onAccepted={onChanged} /> : null}
          <LinkButton
            size="S"
            variant="tertiary"
            tag={NavLink}
            to={contentManagerPath('quote', item.documentId)}
            startIcon={<ExternalLink />}
            data-testid="newsroom-open-quote"
          >
            {formatMessage({ id: getTrad('review.open'), defaultMessage: 'Open in Content Manager' })}
          </LinkButton>
        </Flex>
        {picking ? (
          <Box maxWidth="48rem">
            <SpeakerPicker quoteDocumentId={item.documentId} onPick={setSpeaker} disabled={busy} />
          </Box>
        ) : null}
        <Box>
          <TextButton
            onClick={() => setDetails((value) => !value)}
            endIcon={details ? <CaretUp /> : <CaretDown />}
            aria-expanded={details}
            data-testid="newsroom-review-details-toggle"
          >
            {formatMessage({ id: getTrad('review.details'), defaultMessage: 'Source and changes' })}
          </TextButton>
          {details ? (
            <Box paddingTop={3}>
              <QuoteProvenance documentId={item.documentId} version={item.updatedAt ?? ''} canAccept={false} />
            </Box>
          ) : null}
        </Box>
      </Flex>
    </Box>
  );
};
