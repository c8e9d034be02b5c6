import type { Core } from '@strapi/strapi';
import { bulkWriter } from './bulk-writer';
import { documentServiceWriter, type RecordWriterFactory } from './record-writer';
import { capabilityProblems } from './strapi-bulk-adapter';

/** Set to `document-service` to import through the reference writer (the importer tests run in that mode too). */
export const WRITER_ENV = 'NEWSROOM_RECORD_WRITER';

const chosen = new WeakMap<Core.Strapi, RecordWriterFactory>();

/**
 * The writer of new records for this Strapi: the bulk writer while the
 * running Strapi has the internals it mirrors (store/strapi-bulk-adapter.ts),
 * else the Document Service, with one warning saying why. Decided once per
 * Strapi instance, at bootstrap.
 */
export function chooseRecordWriter(strapi: Core.Strapi): RecordWriterFactory {
  const known = chosen.get(strapi);
  if (known) return known;
  let writer: RecordWriterFactory = bulkWriter;
  if (process.env[WRITER_ENV] === 'document-service') writer = documentServiceWriter;
  else {
    const problems = capabilityProblems(strapi);
    if (problems.length) {
      strapi.log.warn(`[newsroom] importing through the Document Service (slower): this Strapi differs from what the bulk writer mirrors: ${problems.join('; ')}`);
      writer = documentServiceWriter;
    }
  }
  chosen.set(strapi, writer);
  return writer;
}
