import { useCallback, useState } from 'react';
import { useNewsroomApi } from './useNewsroomApi';
import { useDraftDocuments } from './useDraftDocuments';
import { errorMessage } from '../utils/errors';
import type { DraftDocument, ImportReport, PreviewItem, RequestDocument } from '../types';

const toRequest = (list: DraftDocument[]): RequestDocument[] => list.map(({ origin: _origin, ...document }) => document);

/**
 * The import page's state: the editor's input (useDraftDocuments), the
 * preview of exactly those texts, the import options and the last report.
 * Editing the input drops a stale preview, never the input itself.
 */
export const useImportWorkflow = () => {
  const api = useNewsroomApi();
  const [preview, setPreview] = useState<{ items: PreviewItem[]; documents: RequestDocument[] } | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [publish, setPublish] = useState(false);
  const [overwrite, setOverwrite] = useState(false);
  const [busy, setBusy] = useState<'preview' | 'import' | null>(null);
  const [requestError, setRequestError] = useState<string | null>(null);

  const invalidate = useCallback(() => {
    setPreview(null);
    setRequestError(null);
  }, []);
  const draft = useDraftDocuments(invalidate);
  const { documents } = draft;

  const runPreview = useCallback(async () => {
    if (documents.length === 0) return;
    const sent = toRequest(documents);
    setBusy('preview');
    setRequestError(null);
    setReport(null);
    try {
      const items = await api.preview({ documents: sent });
      setPreview({ items, documents: sent });
    } catch (error) {
      setPreview(null);
      setRequestError(errorMessage(error));
    } finally {
      setBusy(null);
    }
  }, [api, documents]);

  const runImport = useCallback(async (): Promise<ImportReport | null> => {
    if (!preview) return null;
    setBusy('import');
    setRequestError(null);
    try {
      const result = await api.importDocuments({ documents: preview.documents, publish, overwrite });
      setReport(result);
      return result;
    } catch (error) {
      setRequestError(errorMessage(error));
      return null;
    } finally {
      setBusy(null);
    }
  }, [api, preview, publish, overwrite]);

  return {
    ...draft,
    preview,
    report,
    publish,
    setPublish,
    overwrite,
    setOverwrite,
    busy,
    requestError,
    dismissRequestError: () => setRequestError(null),
    runPreview,
    runImport,
  };
};
