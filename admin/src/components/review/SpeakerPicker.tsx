import { Loader, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { PersonCombobox } from './PersonCombobox';
import { useRemote } from '../../hooks/useRemote';
import { useReviewApi } from '../../hooks/useReviewApi';
import { getTrad } from '../../utils/getTrad';
import type { PersonOption } from '../../review-types';

interface SpeakerPickerProps {
  quoteDocumentId: string;
  onPick: (person: PersonOption) => void;
  disabled?: boolean;
}

/** The speaker of a quote: the people of its article first, anyone else by search. */
export const SpeakerPicker = ({ quoteDocumentId, onPick, disabled }: SpeakerPickerProps) => {
  const { formatMessage } = useIntl();
  const api = useReviewApi();
  const { data, loading, error } = useRemote(() => api.quote(quoteDocumentId), quoteDocumentId);
  if (!data && loading) return <Loader small>{formatMessage({ id: getTrad('review.loading'), defaultMessage: 'Loading' })}</Loader>;
  if (!data) return <Typography textColor="danger600">{error}</Typography>;
  return (
    <PersonCombobox
      label={formatMessage({ id: getTrad('review.speaker.pick'), defaultMessage: 'Speaker' })}
      preset={data.candidates}
      onPick={onPick}
      disabled={disabled}
      testId="newsroom-speaker-picker"
    />
  );
};
