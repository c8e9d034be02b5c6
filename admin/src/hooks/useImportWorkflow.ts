import { useCallback, useMemo, useState } from 'react';
import { useNewsroomApi } from './useNewsroomApi';
import { errorMessage } from '../utils/errors';
import { readSourceFile, type FileProblem } from '../utils/files';
import type { DraftDocument, ImportReport, PreviewItem, RequestDocument } from '../types';

export const DEFAULT_PASTE_NAME = 'pasted-article.txt';

export interface RejectedFile {
  name: string;
  problem: FileProblem;
}

/**
 * The import page's state: what the editor pasted or chose, the preview of
 * exactly those texts, the import options and the last report. Editing the
 * input drops a stale preview, never the input itself.
 */
export const useImportWorkflow = () => {
  const api = useNewsroomApi();
  const [pastedText, setPastedTextState] = useState('');
  const [pastedName, setPastedNameState] = useState(DEFAULT_PASTE_NAME);
  const [files, setFiles] = useState<DraftDocument[]>([]);
  const [rejected, setRejected] = useState<RejectedFile[]>([]);
  const [preview, setPreview] = useState<{ items: PreviewItem[]; documents: RequestDocument[] } | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [publish, setPublish] = useState(false);
  const [overwrite, setOverwrite] = useState(false);
  const [busy, setBusy] = useState<'preview' | 'import' | null>(null);
  const [requestError, setRequestError] = useState<string | null>(null);

  const documents = useMemo<DraftDocument[]>(() => {
    const pasted: DraftDocument[] =
      pastedText.trim() === '' ? [] : [{ origin: 'paste', name: pastedName.trim() || DEFAULT_PASTE_NAME, text: pastedText }];
    return [...pasted, ...files];
  }, [pastedText, pastedName, files]);

  const invalidate = useCallback(() => {
    setPreview(null);
    setRequestError(null);
  }, []);

  const setPastedText = useCallback(
    (value: string) => {
      setPastedTextState(value);
      invalidate();
    },
    [invalidate]
  );

  const setPastedName = useCallback(
    (value: string) => {
      setPastedNameState(value);
      invalidate();
    },
    [invalidate]
  );

  const addFiles = useCallback(
    async (list: File[]) => {
      const results = await Promise.all(list.map(readSourceFile));
      const accepted: DraftDocument[] = [];
      const problems: RejectedFile[] = [];
      for (const result of results) {
        if (result.ok) {
          const { ok: _ok, ...document } = result;
          accepted.push({ origin: 'file', ...document });
        }
        else problems.push({ name: result.name, problem: result.problem });
      }
      setRejected(problems);
      if (accepted.length > 0) {
        setFiles((current) => [
          ...current.filter((file) => !accepted.some((next) => next.name === file.name)),
          ...accepted,
        ]);
        invalidate();
      }
    },
    [invalidate]
  );

  const removeFile = useCallback(
    (name: string) => {
      setFiles((current) => current.filter((file) => file.name !== name));
      invalidate();
    },
    [invalidate]
  );

  const dismissRejected = useCallback(() => setRejected([]), []);

  const toRequest = (list: DraftDocument[]): RequestDocument[] => list.map(({ origin: _origin, ...document }) => document);

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
    pastedText,
    setPastedText,
    pastedName,
    setPastedName,
    files,
    addFiles,
    removeFile,
    rejected,
    dismissRejected,
    documents,
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
