/**
 * A zip's central directory read before anything is inflated: each entry's
 * declared uncompressed size is added up and the file refused when the total
 * passes the cap, so a zip bomb never reaches mammoth. A directory that lies
 * about sizes is caught later by the cap on the extracted text and by
 * JSZip's own size check when mammoth inflates.
 */
import yauzl from 'yauzl';
import { SourceError } from './read-source';

export interface ZipDirectory {
  names: string[];
  uncompressed: number;
}

export function readZipDirectory(bytes: Buffer, label: string, format: string, maxInflated: number): Promise<ZipDirectory> {
  return new Promise((resolve, reject) => {
    const refuse = (problem: string) => reject(new SourceError(label, `${format}: ${problem}`));
    yauzl.fromBuffer(bytes, { lazyEntries: true, validateEntrySizes: true }, (error, zip) => {
      if (error || !zip) return refuse(`not a readable zip archive (${error?.message ?? 'no directory'})`);
      const names: string[] = [];
      let uncompressed = 0;
      zip.on('error', (e: Error) => refuse(`broken zip archive (${e.message})`));
      zip.on('entry', (entry: yauzl.Entry) => {
        names.push(entry.fileName);
        uncompressed += entry.uncompressedSize;
        if (uncompressed > maxInflated) {
          zip.close();
          return refuse(`inflates to more than ${maxInflated} bytes (zip directory declares ${uncompressed} by ${entry.fileName}); refused before inflating`);
        }
        zip.readEntry();
      });
      zip.on('end', () => resolve({ names, uncompressed }));
      zip.readEntry();
    });
  });
}
