import path from 'path';
import { toReferenceDate } from '../../parse/dates';
import { hashValue } from './import-keys';

/**
 * Bump when the parser, the keyed records made from its output or the
 * planner's rules change what the same source imports as: every stored
 * fingerprint then stops matching and the next run reads each source again.
 * tests/unit/sync/fingerprint.test.ts fails until the bump is made.
 */
export const IMPORT_REVISION = 11;

/**
 * What an article was last imported from: the source text, the file name it
 * came under (part of the article key) and, when the run named one, the day
 * dates without a year were read against, under this revision of the
 * importer. A run that finds an article with the same fingerprint, and nobody
 * has touched the article since (sync/hooks/editor-touch.ts clears it), knows the
 * plan would write nothing and skips parsing and planning that source.
 *
 * A run without a reference date reads such dates against today; the day is
 * left out so that a nightly re-run does not treat every source as new. An
 * unchanged source then keeps the date it was first read as.
 */
export const sourceFingerprint = (textSha256: string, fileName: string, referenceDate: string | undefined): string =>
  `v${IMPORT_REVISION}:${hashValue([
    textSha256,
    path.basename(fileName),
    referenceDate === undefined ? null : toReferenceDate(referenceDate).toISOString().slice(0, 10),
  ])}`;
