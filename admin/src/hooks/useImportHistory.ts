import { useCallback, useEffect, useState } from 'react';
import { useNewsroomApi } from './useNewsroomApi';
import { errorMessage } from '../utils/errors';
import type { ImportRun, Pagination } from '../types';

/** One page of recorded import runs, newest first; `reload` after an import. */
export const useImportHistory = (page: number, pageSize = 20, refreshKey = 0) => {
  const api = useNewsroomApi();
  const [runs, setRuns] = useState<ImportRun[]>([]);
  const [pagination, setPagination] = useState<Pagination | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const [tick, setTick] = useState(0);

  useEffect(() => {
    let cancelled = false;
    setLoading(true);
    api
      .history(page, pageSize)
      .then((response) => {
        if (cancelled) return;
        setRuns(response.data);
        setPagination(response.meta?.pagination ?? null);
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
  }, [api, page, pageSize, refreshKey, tick]);

  const reload = useCallback(() => setTick((value) => value + 1), []);
  return { runs, pagination, loading, error, reload };
};
