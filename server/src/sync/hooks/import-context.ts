import { AsyncLocalStorage } from 'async_hooks';

/**
 * Marks work done by the importer itself, so the Document Service hooks can
 * tell an editor's deletion (remembered as a tombstone) from the importer
 * removing a quote that left the source (not remembered), and an editor's
 * edit (which clears the article's source fingerprint) from the importer's.
 */
type Store = AsyncLocalStorage<{ importer: true }>;
// One store per process, even when two copies of this module are loaded (the
// built plugin in Strapi and its sources in a test or script that calls the
// sync modules directly): otherwise one copy's importer looks like an editor
// to the other's Document Service hooks.
const KEY = Symbol.for('strapi-plugin-newsroom.import-context');
const storage: Store = ((globalThis as Record<symbol, unknown>)[KEY] as Store | undefined) ?? new AsyncLocalStorage<{ importer: true }>();
(globalThis as Record<symbol, unknown>)[KEY] = storage;

export const runAsImporter = <T>(fn: () => Promise<T>): Promise<T> => storage.run({ importer: true }, fn);

export const isImporterRunning = (): boolean => storage.getStore()?.importer === true;
