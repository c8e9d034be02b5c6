/**
 * Before/after for server/src/sync/store/indexes.ts: fill a fresh database with N
 * articles (the floor strategy, seconds), then time the importer's per-article
 * look-ups (article by import key, people by key, tombstones by key, slug
 * collision check) without and with the indexes.
 *
 *   node -r @swc-node/register scripts/bench/indexes-check.ts [sqlite|postgres] [N]
 */
import { Command } from 'commander';
import { bootOnFreshDb, type BenchDb } from './boot';
import { oneOf, wholeNumber } from '../options';
import { corpusDocs, desiredCorpus, runFloor, UIDS } from './strategies';
import { ensureImportIndexes } from '../../server/src/sync/store/indexes';

async function main() {
  const program = new Command('node -r @swc-node/register scripts/bench/indexes-check.ts')
    .description("Time the importer's per-article look-ups on N articles without and with the import indexes.")
    .argument('[db]', 'sqlite or postgres', oneOf(['sqlite', 'postgres'] as const), 'sqlite')
    .argument('[n]', 'articles in the database', wholeNumber(1), 10000)
    .showHelpAfterError('(add --help for the options)')
    .parse();
  const [db, n] = program.processedArgs as [BenchDb, number];
  const { strapi, stop } = await bootOnFreshDb(db, 'indexes');
  try {
    const desired = desiredCorpus(corpusDocs(n, 1));
    await runFloor(strapi, desired);
    const sample = Array.from({ length: 300 }, (_, i) => desired[(i * 7919) % n]);

    const lookups = async () => {
      const t0 = process.hrtime.bigint();
      for (const doc of sample) {
        await strapi.db.query(UIDS.article).findOne({ where: { importKey: doc.article.key, publishedAt: null }, select: ['documentId'] });
        await strapi.db.query(UIDS.person).findMany({ where: { importKey: { $in: doc.people.map((p) => p.key) } }, select: ['documentId'] });
        await strapi.db.query('plugin::newsroom.tombstone').findMany({
          where: { importKey: { $in: [doc.article.key, ...doc.quotes.map((q) => q.key)] } },
          select: ['importKey'],
        });
        // What the uid generator's availability check asks (exact slug).
        await strapi.db.query(UIDS.article).count({ where: { slug: `x-${doc.article.key}` } });
      }
      return Number(process.hrtime.bigint() - t0) / 1e6 / sample.length;
    };

    await lookups(); // warm up
    const before = await lookups();
    const created = await ensureImportIndexes(strapi);
    const after = await lookups();
    const again = await ensureImportIndexes(strapi);
    console.log(JSON.stringify({ db, n, msPerArticleBefore: before, msPerArticleAfter: after, created, secondCallCreated: again }));
  } finally {
    await stop();
  }
  process.exit(0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
