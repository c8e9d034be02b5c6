import fs from 'fs';
import path from 'path';
import fg from 'fast-glob';

/** What a directory is searched for: every format the source stage reads (server/src/source/detect.ts). */
const SOURCE_EXTENSIONS = ['txt', 'md', 'markdown', 'html', 'htm', 'docx', 'xml', 'rss', 'atom', 'json'];

export interface InputFile {
  /** Absolute path, to read the file by. */
  file: string;
  /** The path as the user named it (a directory's files under the directory as typed): what reports and history show. */
  name: string;
}

/**
 * Files, directories (their source files, recursively) and globs → a sorted,
 * de-duplicated list. A name that matches nothing is kept, so that it is
 * reported as a missing file rather than silently ignored.
 */
export const expandInputs = async (inputs: string[]): Promise<InputFile[]> => {
  const found = new Map<string, InputFile>();
  const add = (name: string) => {
    const file = path.resolve(name);
    if (!found.has(file)) found.set(file, { file, name: path.normalize(name) });
  };
  for (const input of inputs) {
    const stat = fs.statSync(input, { throwIfNoEntry: false });
    if (stat?.isDirectory()) {
      const files = await fg(`**/*.{${SOURCE_EXTENSIONS.join(',')}}`, { cwd: input, onlyFiles: true });
      files.sort().forEach((file) => add(path.join(input, file)));
    } else if (!stat && fg.isDynamicPattern(input)) {
      const files = await fg(input, { onlyFiles: true });
      files.sort().forEach(add);
    } else {
      add(input);
    }
  }
  return [...found.values()];
};
