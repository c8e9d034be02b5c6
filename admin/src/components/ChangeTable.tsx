import { Flex, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { ActionBadge } from './ActionBadge';
import { RecordLink } from './RecordLink';
import { RecordTypeLabel } from './RecordTypeLabel';
import { ValueText } from './ValueText';
import { getTrad } from '../utils/getTrad';
import type { RecordChange } from '../types';

interface ChangeTableProps {
  changes: RecordChange[];
  testId?: string;
}

/** Per record: what the importer will do (dry run) or did, with the fields and conflicts involved. */
export const ChangeTable = ({ changes, testId = 'newsroom-changes' }: ChangeTableProps) => {
  const { formatMessage } = useIntl();
  if (changes.length === 0) {
    return (
      <Typography textColor="neutral600">
        {formatMessage({ id: getTrad('changes.none'), defaultMessage: 'Nothing to change.' })}
      </Typography>
    );
  }
  return (
    <Table colCount={4} rowCount={changes.length + 1} data-testid={testId}>
      <Thead>
        <Tr>
          <Th>
            <Typography variant="sigma">{formatMessage({ id: getTrad('changes.type'), defaultMessage: 'Type' })}</Typography>
          </Th>
          <Th>
            <Typography variant="sigma">{formatMessage({ id: getTrad('changes.record'), defaultMessage: 'Record' })}</Typography>
          </Th>
          <Th>
            <Typography variant="sigma">{formatMessage({ id: getTrad('changes.action'), defaultMessage: 'Action' })}</Typography>
          </Th>
          <Th>
            <Typography variant="sigma">{formatMessage({ id: getTrad('changes.details'), defaultMessage: 'Details' })}</Typography>
          </Th>
        </Tr>
      </Thead>
      <Tbody>
        {changes.map((change) => (
          <Tr
            key={`${change.type}:${change.importKey}`}
            data-testid="newsroom-change-row"
            data-type={change.type}
            data-action={change.action}
          >
            <Td>
              <Typography>
                <RecordTypeLabel type={change.type} />
              </Typography>
            </Td>
            <Td style={{ whiteSpace: 'normal', maxWidth: '40rem' }}>
              <Typography>
                <RecordLink type={change.type} documentId={change.documentId}>
                  {change.label}
                </RecordLink>
              </Typography>
            </Td>
            <Td>
              <ActionBadge action={change.action} />
            </Td>
            <Td style={{ whiteSpace: 'normal' }}>
              <Flex direction="column" alignItems="flex-start" gap={1}>
                {change.fields.length > 0 ? (
                  <Typography variant="pi" textColor="neutral600">
                    {change.fields.join(', ')}
                  </Typography>
                ) : null}
                {change.conflicts.map((conflict) => (
                  <Flex key={conflict.field} gap={1} wrap="wrap" data-testid="newsroom-change-conflict">
                    <Typography variant="pi" fontWeight="bold">
                      {conflict.field}:
                    </Typography>
                    <ValueText value={conflict.current} max={80} />
                    <Typography variant="pi" textColor="neutral500">
                      {formatMessage({ id: getTrad('changes.kept-over'), defaultMessage: 'kept over' })}
                    </Typography>
                    <ValueText value={conflict.incoming} max={80} />
                  </Flex>
                ))}
              </Flex>
            </Td>
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
};
