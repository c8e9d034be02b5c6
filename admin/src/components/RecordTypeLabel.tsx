import { useIntl } from 'react-intl';
import { getTrad } from '../utils/getTrad';
import type { RecordType } from '../types';

const LABELS: Record<RecordType, string> = {
  article: 'Article',
  person: 'Person',
  quote: 'Quote',
  'related-link': 'Related link',
};

export const RecordTypeLabel = ({ type }: { type: RecordType }) => {
  const { formatMessage } = useIntl();
  return <>{formatMessage({ id: getTrad(`type.${type}`), defaultMessage: LABELS[type] ?? type })}</>;
};
