import { Box, Flex, IconButton, Radio, Typography } from '@strapi/design-system';
import { Trash } from '@strapi/icons';
import { useIntl } from 'react-intl';
import { PersonCombobox } from '../review/PersonCombobox';
import { RecordLink } from '../RecordLink';
import { Section } from '../Section';
import { getTrad } from '../../utils/getTrad';
import type { PersonOption } from '../../review-types';

interface PeopleSelectionProps {
  people: PersonOption[];
  survivor: string | null;
  onAdd: (person: PersonOption) => void;
  onRemove: (documentId: string) => void;
  onSurvivor: (documentId: string) => void;
}

/** The people to merge, found by name, and which of them stays. */
export const PeopleSelection = ({ people, survivor, onAdd, onRemove, onSurvivor }: PeopleSelectionProps) => {
  const { formatMessage } = useIntl();
  return (
    <Section title={formatMessage({ id: getTrad('merge.selection'), defaultMessage: 'People to merge' })} testId="newsroom-merge-selection">
      <Box maxWidth="48rem">
        <PersonCombobox
          label={formatMessage({ id: getTrad('merge.add'), defaultMessage: 'Add a person' })}
          exclude={people.map((person) => person.documentId)}
          onPick={onAdd}
          testId="newsroom-merge-search"
        />
      </Box>
      {people.length === 0 ? (
        <Typography textColor="neutral600">
          {formatMessage({ id: getTrad('merge.selection.none'), defaultMessage: 'Choose two or more people, or a suggestion above.' })}
        </Typography>
      ) : (
        <Radio.Group
          value={survivor ?? undefined}
          onValueChange={onSurvivor}
          aria-label={formatMessage({ id: getTrad('merge.survivor'), defaultMessage: 'Keep' })}
        >
          <Flex tag="ul" direction="column" alignItems="stretch" gap={2}>
            {people.map((person) => (
              <Flex
                tag="li"
                key={person.documentId}
                gap={3}
                justifyContent="space-between"
                data-testid="newsroom-merge-person"
                data-document-id={person.documentId}
                data-survivor={String(person.documentId === survivor)}
              >
                <Radio.Item value={person.documentId} data-testid="newsroom-merge-survivor">
                  {formatMessage(
                    { id: getTrad('merge.keep'), defaultMessage: 'Keep {name}' },
                    { name: person.name }
                  )}
                </Radio.Item>
                <Flex gap={2}>
                  <Typography variant="pi" textColor="neutral600">
                    <RecordLink type="person" documentId={person.documentId}>
                      {[person.name, person.role].filter(Boolean).join(', ')}
                    </RecordLink>
                  </Typography>
                  <IconButton
                    label={formatMessage({ id: getTrad('merge.remove'), defaultMessage: 'Remove {name}' }, { name: person.name })}
                    variant="ghost"
                    onClick={() => onRemove(person.documentId)}
                  >
                    <Trash />
                  </IconButton>
                </Flex>
              </Flex>
            ))}
          </Flex>
        </Radio.Group>
      )}
    </Section>
  );
};
