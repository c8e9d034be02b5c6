import { useState } from 'react';
import { Button, Flex, Typography } from '@strapi/design-system';
import { Eye } from '@strapi/icons';
import { useNotification } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { MergeConfirmDialog } from './MergeConfirmDialog';
import { MergePreview } from './MergePreview';
import { MergeSuggestions } from './MergeSuggestions';
import { PeopleSelection } from './PeopleSelection';
import { useRemote } from '../../hooks/useRemote';
import { useReviewApi } from '../../hooks/useReviewApi';
import { errorMessage } from '../../utils/errors';
import { getTrad } from '../../utils/getTrad';
import type { MergeOutcome, MergeSuggestionPerson, PersonOption } from '../../review-types';

/** The one with the most quotes is the likeliest canonical record. */
const likeliestSurvivor = (people: MergeSuggestionPerson[]) =>
  [...people].sort((a, b) => b.quotes - a.quotes || b.articles - a.articles)[0]?.documentId ?? null;

/** Merge two or more Person records into one: choose, preview what moves, confirm. */
export const MergePeople = () => {
  const { formatMessage } = useIntl();
  const { toggleNotification } = useNotification();
  const api = useReviewApi();
  const suggestions = useRemote(() => api.mergeSuggestions(), 'suggestions');
  const [people, setPeople] = useState<PersonOption[]>([]);
  const [survivor, setSurvivor] = useState<string | null>(null);
  const [preview, setPreview] = useState<MergeOutcome | null>(null);
  const [done, setDone] = useState<MergeOutcome | null>(null);
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);

  // Any change to the selection makes the preview stale.
  const select = (next: PersonOption[], nextSurvivor: string | null) => {
    setPeople(next);
    setSurvivor(nextSurvivor && next.some((person) => person.documentId === nextSurvivor) ? nextSurvivor : next[0]?.documentId ?? null);
    setPreview(null);
    setDone(null);
  };

  const request = () => ({
    survivor: survivor as string,
    absorbed: people.map((person) => person.documentId).filter((id) => id !== survivor),
  });

  const showPreview = async () => {
    setBusy(true);
    try {
      setPreview(await api.mergePreview(request()));
    } catch (error) {
      toggleNotification({ type: 'danger', message: errorMessage(error) });
    } finally {
      setBusy(false);
    }
  };

  const merge = async () => {
    setBusy(true);
    try {
      const outcome = await api.merge(request());
      setConfirming(false);
      select([], null);
      setDone(outcome);
      suggestions.reload();
      toggleNotification({
        type: 'success',
        message: formatMessage(
          { id: getTrad('merge.done'), defaultMessage: 'Merged into {name}.' },
          { name: outcome.survivor.name }
        ),
      });
    } catch (error) {
      toggleNotification({ type: 'danger', message: errorMessage(error) });
    } finally {
      setBusy(false);
    }
  };

  const ready = people.length >= 2 && survivor !== null;
  return (
    <Flex direction="column" alignItems="stretch" gap={6} data-testid="newsroom-merge">
      <Typography variant="delta" tag="h2">
        {formatMessage({ id: getTrad('merge.title'), defaultMessage: 'Merge people' })}
      </Typography>
      <MergeSuggestions
        suggestions={suggestions.data?.results ?? null}
        loading={suggestions.loading}
        error={suggestions.error}
        onChoose={(suggestion) => select(suggestion.people, likeliestSurvivor(suggestion.people))}
      />
      <PeopleSelection
        people={people}
        survivor={survivor}
        onAdd={(person) => select([...people, person], survivor)}
        onRemove={(documentId) => select(people.filter((person) => person.documentId !== documentId), survivor)}
        onSurvivor={(documentId) => select(people, documentId)}
      />
      <Flex gap={2}>
        <Button variant="secondary" startIcon={<Eye />} disabled={!ready} loading={busy && !preview} onClick={showPreview} data-testid="newsroom-merge-preview-button">
          {formatMessage({ id: getTrad('merge.preview'), defaultMessage: 'Preview' })}
        </Button>
        <Button variant="danger-light" disabled={!preview} onClick={() => setConfirming(true)} data-testid="newsroom-merge-button">
          {formatMessage({ id: getTrad('merge.action'), defaultMessage: 'Merge' })}
        </Button>
      </Flex>
      {preview ? <MergePreview outcome={preview} /> : null}
      {done ? <MergePreview outcome={done} done /> : null}
      {preview ? (
        <MergeConfirmDialog preview={preview} open={confirming} busy={busy} onOpenChange={setConfirming} onConfirm={merge} />
      ) : null}
    </Flex>
  );
};
