import { Badge, Flex } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { getTrad } from '../../utils/getTrad';
import type { ReviewReason } from '../../review-types';

const COLORS: Record<ReviewReason, { backgroundColor: 'warning100' | 'danger100' | 'secondary100'; textColor: 'warning700' | 'danger700' | 'secondary700' }> = {
  unattributed: { backgroundColor: 'secondary100', textColor: 'secondary700' },
  'low-confidence': { backgroundColor: 'warning100', textColor: 'warning700' },
  diverged: { backgroundColor: 'danger100', textColor: 'danger700' },
};

export const REASON_LABELS: Record<ReviewReason, string> = {
  unattributed: 'No speaker',
  'low-confidence': 'Low confidence',
  diverged: 'Diverged from source',
};

/** Why a quote is in the review queue, one badge per reason. */
export const ReasonBadges = ({ reasons }: { reasons: ReviewReason[] }) => {
  const { formatMessage } = useIntl();
  return (
    <Flex gap={1} wrap="wrap">
      {reasons.map((reason) => (
        <Badge key={reason} {...COLORS[reason]} data-testid="newsroom-review-reason" data-reason={reason}>
          {formatMessage({ id: getTrad(`review.reason.${reason}`), defaultMessage: REASON_LABELS[reason] })}
        </Badge>
      ))}
    </Flex>
  );
};
