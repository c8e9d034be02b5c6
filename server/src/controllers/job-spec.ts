import type { JobSpec } from '../jobs/types';
import type { Actor } from '../sync/types';
import type { ImportJobBody } from '../validation/import-job-request';

/** A validated job request as the queue takes it. */
export const jobSpec = ({ documents, url, dryRun, publish, overwrite, referenceDate }: ImportJobBody, actor: Actor): JobSpec => ({
  source: url !== undefined ? { kind: 'feed', url } : { kind: 'documents', documents: documents ?? [] },
  options: { dryRun, publish, overwrite, referenceDate },
  actor,
});
