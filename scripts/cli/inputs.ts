import fs from 'fs';
import path from 'path';
import fg from 'fast-glob';

/** What a directory is searched for: every format the source stage reads (server/src/source/detect.ts). */
const SOURCE_EXTENSIONS = ['txt', 'md', 'markdown', 'html', 'htm', 'docx', 'xml', 'rss', 'atom', 'json'];

/**
 * Files, directories (their source files, recursively) and globs → a sorted,
 * de-duplicated list of paths. A name that matches nothing is kept, so that it
 * is reported as a missing file rather than silently ignored.
 */
export const expandInputs = async (inputs: string[]): Promise<string[]> => {
  const found = new Set<string>();
  for (const input of inputs) {
    const stat = fs.statSync(input, { throwIfNoEntry: false });
    if (stat?.isDirectory()) {
      const files = await fg(`**/*.{${SOURCE_EXTENSIONS.join(',')}}`, { cwd: input, absolute: true, onlyFiles: true });
      files.sort().forEach((file) => found.add(path.resolve(file)));
    } else if (!stat && fg.isDynamicPattern(input)) {
      const files = await fg(input, { absolute: true, onlyFiles: true });
      files.sort().forEach((file) => found.add(path.resolve(file)));
    } else {
      found.add(path.resolve(input));
    }
  }
  return [...found];
};
