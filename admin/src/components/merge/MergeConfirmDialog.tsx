import { Button, Dialog } from '@strapi/design-system';
import { WarningCircle } from '@strapi/icons';
import { useIntl } from 'react-intl';
import { getTrad } from '../../utils/getTrad';
import type { MergeOutcome } from '../../review-types';

interface MergeConfirmDialogProps {
  preview: MergeOutcome;
  open: boolean;
  busy: boolean;
  onOpenChange: (open: boolean) => void;
  onConfirm: () => void;
}

/** Last word before the absorbed people are deleted: a merge cannot be undone from the admin. */
export const MergeConfirmDialog = ({ preview, open, busy, onOpenChange, onConfirm }: MergeConfirmDialogProps) => {
  const { formatMessage } = useIntl();
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Content data-testid="newsroom-merge-confirm">
        <Dialog.Header>{formatMessage({ id: getTrad('merge.confirm.title'), defaultMessage: 'Merge people?' })}</Dialog.Header>
        <Dialog.Body icon={<WarningCircle fill="danger600" />}>
          {formatMessage(
            {
              id: getTrad('merge.confirm.body'),
              defaultMessage:
                '{absorbed} will be merged into {survivor} and deleted: {quotes, plural, one {# quote} other {# quotes}} and {articles, plural, one {# article} other {# articles}} move. This cannot be undone.',
            },
            {
              absorbed: preview.absorbed.map((person) => person.name).join(', '),
              survivor: preview.survivor.name,
              quotes: preview.quotesMoved,
              articles: preview.articlesRelinked,
            }
          )}
        </Dialog.Body>
        <Dialog.Footer>
          <Dialog.Cancel>
            <Button fullWidth variant="tertiary">
              {formatMessage({ id: getTrad('merge.confirm.cancel'), defaultMessage: 'Cancel' })}
            </Button>
          </Dialog.Cancel>
          <Dialog.Action>
            <Button fullWidth variant="danger-light" loading={busy} onClick={onConfirm} data-testid="newsroom-merge-confirm-button">
              {formatMessage({ id: getTrad('merge.confirm.action'), defaultMessage: 'Merge' })}
            </Button>
          </Dialog.Action>
        </Dialog.Footer>
      </Dialog.Content>
    </Dialog.Root>
  );
};
