/**
 * Prints every SQL statement one new article's import issues (with its
 * bindings, cut short), after 20 articles are in: where the statements per
 * article in docs/performance.md come from.
 *   node -r @swc-node/register scripts/bench/trace-sql.ts [sqlite|postgres]
 * Build the plugin first (the playground loads dist/).
 */
import { bootOnFreshDb, type BenchDb } from './boot';
import { corpusDocs, runImporter } from './strategies';

async function main() {
  const db = (process.argv[2] ?? 'sqlite') as BenchDb;
  const { strapi, stop } = await bootOnFreshDb(db, 'trace');
  const docs = corpusDocs(21, 1);
  await runImporter(strapi, docs.slice(0, 20), {});
  const lines: string[] = [];
  strapi.db.connection.on('query', (q: { sql: string; bindings?: unknown[] }) =>
    lines.push(`${q.sql.slice(0, 110)} ${String(JSON.stringify(q.bindings ?? [])).slice(0, 80)}`)
  );
  await runImporter(strapi, docs.slice(20), {});
  console.log(lines.map((line, i) => `${String(i + 1).padStart(3)}: ${line}`).join('\n'));
  await stop();
  process.exit(0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
