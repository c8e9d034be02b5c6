import { Badge, type BadgeProps } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { getTrad } from '../utils/getTrad';
import type { ChangeAction } from '../types';

const VARIANTS: Record<ChangeAction, NonNullable<BadgeProps['variant']>> = {
  create: 'success',
  update: 'primary',
  unchanged: 'neutral',
  conflict: 'warning',
  remove: 'danger',
  keep: 'secondary',
  'skip-deleted': 'neutral',
  restore: 'alternative',
};

export const ACTION_LABELS: Record<ChangeAction, string> = {
  create: 'Create',
  update: 'Update',
  unchanged: 'Unchanged',
  conflict: 'Conflict',
  remove: 'Remove',
  keep: 'Keep (edited)',
  'skip-deleted': 'Skip (deleted)',
  restore: 'Restore',
};

/** What the importer does (or did) to one record. */
export const ActionBadge = ({ action }: { action: ChangeAction }) => {
  const { formatMessage } = useIntl();
  return (
    <Badge variant={VARIANTS[action] ?? 'neutral'} data-testid="newsroom-action-badge" data-action={action}>
      {formatMessage({ id: getTrad(`action.${action}`), defaultMessage: ACTION_LABELS[action] ?? action })}
    </Badge>
  );
};
