import { useCallback, useEffect, useState } from 'react';
import { useNewsroomApi } from './useNewsroomApi';
import { errorMessage } from '../utils/errors';
import type { ImportJob, ImportRequest } from '../types';

/** More documents than one import request takes (the server's maxDocumentsPerRequest default): the drop becomes a job. */
export const SYNC_LIMIT = 50;
const POLL_MS = 1000;

/** A job started from the Import page, polled until it stops running. */
export const useImportJob = () => {
  const api = useNewsroomApi();
  const [job, setJob] = useState<ImportJob | null>(null);
  const [error, setError] = useState<string | null>(null);

  const start = useCallback(
    async (body: ImportRequest) => {
      setError(null);
      try {
        setJob(await api.startJob(body));
      } catch (err) {
        setError(errorMessage(err));
      }
    },
    [api]
  );

  const running = job?.state === 'queued' || job?.state === 'running';
  useEffect(() => {
    if (!job || !running) return;
    const timer = setTimeout(() => {
      api.job(job.id).then(setJob, (err) => setError(errorMessage(err)));
    }, POLL_MS);
    return () => clearTimeout(timer);
  }, [api, job, running]);

  return { job, error, start, running };
};
