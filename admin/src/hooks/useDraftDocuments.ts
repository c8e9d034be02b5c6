import { useCallback, useMemo, useState } from 'react';
import { readSourceFile, type FileProblem } from '../utils/files';
import type { DraftDocument } from '../types';

export const DEFAULT_PASTE_NAME = 'pasted-article.txt';

export interface RejectedFile {
  name: string;
  problem: FileProblem;
}

/**
 * What the editor pasted or chose: the pasted text and its name, the files
 * read from a drop (the same name twice keeps the later file) and the files
 * that could not be read. `onChange` runs after every change to the input.
 */
export const useDraftDocuments = (onChange: () => void) => {
  const [pastedText, setPastedTextState] = useState('');
  const [pastedName, setPastedNameState] = useState(DEFAULT_PASTE_NAME);
  const [files, setFiles] = useState<DraftDocument[]>([]);
  const [rejected, setRejected] = useState<RejectedFile[]>([]);

  const documents = useMemo<DraftDocument[]>(() => {
    const pasted: DraftDocument[] =
      pastedText.trim() === '' ? [] : [{ origin: 'paste', name: pastedName.trim() || DEFAULT_PASTE_NAME, text: pastedText }];
    return [...pasted, ...files];
  }, [pastedText, pastedName, files]);

  const setPastedText = useCallback(
    (value: string) => {
      setPastedTextState(value);
      onChange();
    },
    [onChange]
  );

  const setPastedName = useCallback(
    (value: string) => {
      setPastedNameState(value);
      onChange();
    },
    [onChange]
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
        } else problems.push({ name: result.name, problem: result.problem });
      }
      setRejected(problems);
      if (accepted.length > 0) {
        setFiles((current) => [...current.filter((file) => !accepted.some((next) => next.name === file.name)), ...accepted]);
        onChange();
      }
    },
    [onChange]
  );

  const removeFile = useCallback(
    (name: string) => {
      setFiles((current) => current.filter((file) => file.name !== name));
      onChange();
    },
    [onChange]
  );

  const dismissRejected = useCallback(() => setRejected([]), []);

  return { pastedText, setPastedText, pastedName, setPastedName, files, addFiles, removeFile, rejected, dismissRejected, documents };
};
