import { Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { RecordLink } from './RecordLink';
import { RecordTypeLabel } from './RecordTypeLabel';
import { ValueText } from './ValueText';
import { getTrad } from '../utils/getTrad';
import type { HistoryConflict } from '../types';

/** The fields a run left alone because an editor had changed them: the editor's value vs the source's. */
export const ConflictList = ({ conflicts }: { conflicts: HistoryConflict[] }) => {
  const { formatMessage } = useIntl();
  const header = (id: string, defaultMessage: string) => (
    <Th>
      <Typography variant="sigma">{formatMessage({ id: getTrad(id), defaultMessage })}</Typography>
    </Th>
  );
  return (
    <Table colCount={4} rowCount={conflicts.length + 1} data-testid="newsroom-history-conflicts">
      <Thead>
        <Tr>
          {header('conflicts.record', 'Record')}
          {header('conflicts.field', 'Field')}
          {header('conflicts.current', 'Current (editor)')}
          {header('conflicts.incoming', 'Incoming (source)')}
        </Tr>
      </Thead>
      <Tbody>
        {conflicts.map((conflict, i) => (
          <Tr key={`${conflict.importKey}:${conflict.field}:${i}`} data-testid="newsroom-history-conflict">
            <Td style={{ whiteSpace: 'normal', maxWidth: '24rem' }}>
              <Typography variant="pi" textColor="neutral600" tag="div">
                <RecordTypeLabel type={conflict.type} /> · {conflict.file}
              </Typography>
              <Typography>
                <RecordLink type={conflict.type} documentId={conflict.documentId}>
                  {conflict.label}
                </RecordLink>
              </Typography>
            </Td>
            <Td data-testid="newsroom-conflict-field">
              <Typography fontWeight="bold">{conflict.field}</Typography>
            </Td>
            <Td style={{ whiteSpace: 'normal', maxWidth: '28rem' }} data-testid="newsroom-conflict-current">
              <ValueText value={conflict.current} />
            </Td>
            <Td style={{ whiteSpace: 'normal', maxWidth: '28rem' }} data-testid="newsroom-conflict-incoming">
              <ValueText value={conflict.incoming} />
            </Td>
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
};
