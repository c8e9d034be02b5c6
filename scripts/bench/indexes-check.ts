/**
 * Before/after for server/src/sync/store/indexes.ts: fill a fresh database with N
 * articles (the floor strategy, seconds), then time the importer's per-article
 * look-ups (article by import key, people by key, tombstones by key, slug
 * collision check) without and with the indexes.
 *
 *   node -r @swc-node/register scripts/bench/indexes-check.ts [sqlite|postgres] [N]
 */
import { bootOnFreshDb, type BenchDb } from './boot';
import { corpusDocs, desiredCorpus, runFloor, UIDS } from './strategies';
import { ensureImportIndexes } from '../../server/src/sync/store/indexes';

async function main() {
  const db = (process.argv[2] ?? 'sqlite') as BenchDb;
  const n = Number(process.argv[3] ?? 10000);
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
