import { Flex, Typography } from '@strapi/design-system';
import { DismissibleAlert } from './DismissibleAlert';
import { useIntl } from 'react-intl';
import { getTrad } from '../utils/getTrad';
import type { ParseWarning } from '../types';

/** What the parser was unsure about. */
export const WarningsList = ({ warnings }: { warnings: ParseWarning[] }) => {
  const { formatMessage } = useIntl();
  if (warnings.length === 0) return null;
  return (
    <DismissibleAlert
      variant="warning"
      title={formatMessage(
        { id: getTrad('preview.warnings'), defaultMessage: '{count, plural, one {# parser warning} other {# parser warnings}}' },
        { count: warnings.length }
      )}
      data-testid="newsroom-warnings"
    >
      <Flex tag="ul" direction="column" alignItems="flex-start" gap={1}>
        {warnings.map((warning, i) => (
          <Typography key={i} tag="li" data-testid="newsroom-warning" data-code={warning.code}>
            <code>{warning.code}</code> {warning.message}
          </Typography>
        ))}
      </Flex>
    </DismissibleAlert>
  );
};
