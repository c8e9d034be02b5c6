import { AsyncLocalStorage } from 'async_hooks';

/**
 * Marks work done by the importer itself, so the delete hook can tell an
 * editor's deletion (remembered as a tombstone) from the importer removing a
 * quote that left the source (not remembered).
 */
const storage = new AsyncLocalStorage<{ importer: true }>();

export const runAsImporter = <T>(fn: () => Promise<T>): Promise<T> => storage.run({ importer: true }, fn);

export const isImporterRunning = (): boolean => storage.getStore()?.importer === true;
