import { useState } from 'react';
import { Button } from '@strapi/design-system';
import { Check } from '@strapi/icons';
import { useNotification } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { useReviewApi } from '../../hooks/useReviewApi';
import { errorMessage } from '../../utils/errors';
import { getTrad } from '../../utils/getTrad';
import type { ReviewItem } from '../../review-types';

interface AcceptDivergenceButtonProps {
  documentId: string;
  onAccepted: (item: ReviewItem) => void;
}

/** Records that the quote's departure from its source is an editor's deliberate fix (who and when are kept). */
export const AcceptDivergenceButton = ({ documentId, onAccepted }: AcceptDivergenceButtonProps) => {
  const { formatMessage } = useIntl();
  const { toggleNotification } = useNotification();
  const api = useReviewApi();
  const [busy, setBusy] = useState(false);

  const accept = async () => {
    setBusy(true);
    try {
      const item = await api.acceptDivergence(documentId);
      toggleNotification({
        type: 'success',
        message: formatMessage({ id: getTrad('review.accept.done'), defaultMessage: 'Divergence accepted.' }),
      });
      onAccepted(item);
    } catch (error) {
      toggleNotification({ type: 'danger', message: errorMessage(error) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Button
      variant="secondary"
      size="S"
      startIcon={<Check />}
      loading={busy}
      onClick={accept}
      data-testid="newsroom-accept-divergence"
      data-document-id={documentId}
    >
      {formatMessage({ id: getTrad('review.accept'), defaultMessage: 'Accept divergence' })}
    </Button>
  );
};
