import { useCallback, useEffect, useMemo, useState } from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import { errorMessage } from '../../utils/errors';
import type { FeedInput, FeedRun, FeedSubscription } from './types';

/** The feed subscriptions and their admin routes (`/newsroom/feeds...`); every change reloads the list. */
export const useFeeds = () => {
  const { get, post, put, del } = useFetchClient();
  const [feeds, setFeeds] = useState<FeedSubscription[]>([]);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  const reload = useCallback(async () => {
    try {
      const { data } = await get<{ data: FeedSubscription[] }>('/newsroom/feeds');
      setFeeds(data.data);
      setError(null);
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setLoading(false);
    }
  }, [get]);

  useEffect(() => {
    void reload();
  }, [reload]);

  /** Runs one change; its error, if any, is shown above the list. */
  const change = useCallback(
    async (key: string, call: () => Promise<unknown>): Promise<boolean> => {
      setBusy(key);
      try {
        await call();
        await reload();
        return true;
      } catch (err) {
        setError(errorMessage(err));
        return false;
      } finally {
        setBusy(null);
      }
    },
    [reload]
  );

  return useMemo(
    () => ({
      feeds,
      loading,
      error,
      busy,
      reload,
      dismissError: () => setError(null),
      add: (input: FeedInput) => change('add', () => post('/newsroom/feeds', input)),
      update: (documentId: string, input: Partial<FeedInput>) => change(documentId, () => put(`/newsroom/feeds/${documentId}`, input)),
      remove: (documentId: string) => change(documentId, () => del(`/newsroom/feeds/${documentId}`)),
      runNow: (documentId: string) => change(documentId, () => post<{ data: { run: FeedRun } }>(`/newsroom/feeds/${documentId}/run`)),
    }),
    [feeds, loading, error, busy, reload, change, post, put, del]
  );
};
