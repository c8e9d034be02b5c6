import { useState } from 'react';
import { Button, Field, Flex, NumberInput, TextInput } from '@strapi/design-system';
import { Plus } from '@strapi/icons';
import { useIntl } from 'react-intl';
import { getTrad } from '../../utils/getTrad';
import type { FeedInput } from './types';

/** Subscribe to a feed: its URL and how often to fetch it (the server checks both). */
export const FeedForm = ({ busy, onAdd }: { busy: boolean; onAdd: (input: FeedInput) => Promise<boolean> }) => {
  const { formatMessage } = useIntl();
  const [url, setUrl] = useState('');
  const [interval, setInterval] = useState<number | undefined>(60);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (await onAdd({ url: url.trim(), interval })) setUrl('');
  };

  return (
    <form onSubmit={submit} data-testid="newsroom-feed-form">
      <Flex gap={4} alignItems="flex-end" wrap="wrap">
        <Field.Root name="newsroom-feed-url" required style={{ flex: '1 1 32rem' }}>
          <Field.Label>{formatMessage({ id: getTrad('feeds.form.url'), defaultMessage: 'Feed URL (RSS or Atom)' })}</Field.Label>
          <TextInput type="url" placeholder="https://example.org/feed.xml" value={url} onChange={(e: React.ChangeEvent<HTMLInputElement>) => setUrl(e.target.value)} />
        </Field.Root>
        <Field.Root
          name="newsroom-feed-interval"
          hint={formatMessage({ id: getTrad('feeds.form.interval.hint'), defaultMessage: 'At least 5 minutes' })}
        >
          <Field.Label>{formatMessage({ id: getTrad('feeds.form.interval'), defaultMessage: 'Every (minutes)' })}</Field.Label>
          <NumberInput value={interval} onValueChange={(value: number | undefined) => setInterval(value)} />
          <Field.Hint />
        </Field.Root>
        <Button type="submit" startIcon={<Plus />} loading={busy} disabled={url.trim() === ''} data-testid="newsroom-feed-add">
          {formatMessage({ id: getTrad('feeds.form.add'), defaultMessage: 'Subscribe' })}
        </Button>
      </Flex>
    </form>
  );
};
