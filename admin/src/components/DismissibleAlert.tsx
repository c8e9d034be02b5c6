import { useState } from 'react';
import { Alert, type AlertProps } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { getTrad } from '../utils/getTrad';

type DismissibleAlertProps = Omit<AlertProps, 'closeLabel' | 'onClose'> & { onClose?: () => void };

/** A design-system Alert whose close button works even when the parent does not track it. */
export const DismissibleAlert = ({ onClose, ...props }: DismissibleAlertProps) => {
  const { formatMessage } = useIntl();
  const [hidden, setHidden] = useState(false);
  if (hidden) return null;
  return (
    <Alert
      {...props}
      closeLabel={formatMessage({ id: getTrad('close'), defaultMessage: 'Close' })}
      onClose={() => (onClose ? onClose() : setHidden(true))}
    />
  );
};
