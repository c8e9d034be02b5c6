import { useCallback, useEffect, useState } from 'react';
import { errorMessage } from '../utils/errors';

/**
 * What an admin route answered for the current `key`: loads on mount and
 * whenever `key` changes, drops answers that arrive after a newer request,
 * and keeps the last data while reloading so lists do not flicker.
 */
export const useRemote = <T>(load: (() => Promise<T>) | null, key: string) => {
  const [data, setData] = useState<T | null>(null);
  const [loading, setLoading] = useState(load !== null);
  const [error, setError] = useState<string | null>(null);
  const [tick, setTick] = useState(0);

  useEffect(() => {
    if (!load) return;
    let cancelled = false;
    setLoading(true);
    load()
      .then((value) => {
        if (cancelled) return;
        setData(value);
        setError(null);
      })
      .catch((err) => {
        if (!cancelled) setError(errorMessage(err));
      })
      .finally(() => {
        if (!cancelled) setLoading(false);
      });
    return () => {
      cancelled = true;
    };
    // `load` is a fresh closure every render: `key` says when it asks for something else.
  }, [key, tick, load === null]);

  const reload = useCallback(() => setTick((value) => value + 1), []);
  return { data, loading, error, reload };
};
