import { useEffect, useMemo, useState } from 'react';
import { Combobox, ComboboxOption, Field, Flex, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { useReviewApi } from '../../hooks/useReviewApi';
import { getTrad } from '../../utils/getTrad';
import type { PersonOption } from '../../review-types';

/** Below this many characters the search is not sent: two letters already match half the newsroom. */
const MIN_SEARCH = 2;
const SEARCH_DELAY_MS = 250;

interface PersonComboboxProps {
  label: string;
  /** Offered first and without typing (an article's people); filtered by what is typed. */
  preset?: PersonOption[];
  /** People not to offer (already chosen). */
  exclude?: string[];
  onPick: (person: PersonOption) => void;
  disabled?: boolean;
  testId: string;
}

const folded = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

/** A person chosen from a preset list or found by name through /newsroom/people/search. */
export const PersonCombobox = ({ label, preset = [], exclude = [], onPick, disabled, testId }: PersonComboboxProps) => {
  const { formatMessage } = useIntl();
  const api = useReviewApi();
  const [text, setText] = useState('');
  const [found, setFound] = useState<PersonOption[]>([]);
  const [searching, setSearching] = useState(false);

  useEffect(() => {
    const query = text.trim();
    if (query.length < MIN_SEARCH) {
      setFound([]);
      return;
    }
    let cancelled = false;
    const timer = setTimeout(() => {
      setSearching(true);
      api
        .searchPeople(query)
        .then((results) => !cancelled && setFound(results))
        .catch(() => !cancelled && setFound([]))
        .finally(() => !cancelled && setSearching(false));
    }, SEARCH_DELAY_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [api, text]);

  const options = useMemo(() => {
    const hidden = new Set(exclude);
    const query = folded(text.trim());
    const listed = preset.filter((person) => !hidden.has(person.documentId) && folded(person.name).includes(query));
    const seen = new Set(listed.map((person) => person.documentId));
    const extra = found.filter((person) => !hidden.has(person.documentId) && !seen.has(person.documentId));
    return [...listed.map((person) => ({ person, preset: true })), ...extra.map((person) => ({ person, preset: false }))];
  }, [preset, found, exclude, text]);

  const pick = (value?: string) => {
    const chosen = options.find((option) => option.person.documentId === value);
    if (!chosen) return;
    onPick(chosen.person);
    setText('');
  };

  return (
    <Field.Root name={testId}>
      <Field.Label>{label}</Field.Label>
      <Combobox
        autocomplete="none"
        textValue={text}
        onTextValueChange={setText}
        onChange={pick}
        loading={searching}
        disabled={disabled}
        placeholder={formatMessage({ id: getTrad('review.person.placeholder'), defaultMessage: 'Type a name' })}
        noOptionsMessage={() => formatMessage({ id: getTrad('review.person.none'), defaultMessage: 'No person found' })}
        loadingMessage={formatMessage({ id: getTrad('review.person.searching'), defaultMessage: 'Searching people' })}
        data-testid={testId}
      >
        {options.map(({ person, preset: fromPreset }) => (
          <ComboboxOption
            key={person.documentId}
            value={person.documentId}
            textValue={person.name}
            data-testid="newsroom-person-option"
            data-document-id={person.documentId}
            data-preset={String(fromPreset)}
          >
            <Flex gap={2} justifyContent="space-between">
              <Typography>{person.name}</Typography>
              <Typography variant="pi" textColor="neutral600">
                {[person.role, fromPreset ? formatMessage({ id: getTrad('review.person.in-article'), defaultMessage: 'in this article' }) : null]
                  .filter(Boolean)
                  .join(' · ')}
              </Typography>
            </Flex>
          </ComboboxOption>
        ))}
      </Combobox>
    </Field.Root>
  );
};
