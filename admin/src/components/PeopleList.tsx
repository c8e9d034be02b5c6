import { Flex, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { Section } from './Section';
import { getTrad } from '../utils/getTrad';
import type { ParsedPerson } from '../types';

/** The people the parser found, with their roles. */
export const PeopleList = ({ people }: { people: ParsedPerson[] }) => {
  const { formatMessage } = useIntl();
  return (
    <Section
      title={formatMessage({ id: getTrad('preview.people'), defaultMessage: 'People ({count})' }, { count: people.length })}
      testId="newsroom-people"
    >
      {people.length === 0 ? (
        <Typography textColor="neutral600">
          {formatMessage({ id: getTrad('preview.people.none'), defaultMessage: 'No people found.' })}
        </Typography>
      ) : (
        <Flex tag="ul" direction="column" alignItems="stretch" gap={1}>
          {people.map((person) => (
            <Typography key={person.name} tag="li" data-testid="newsroom-person" data-name={person.name}>
              <b>{person.name}</b>
              {person.role ? <Typography textColor="neutral600"> — {person.role}</Typography> : null}
            </Typography>
          ))}
        </Flex>
      )}
    </Section>
  );
};
