/**
 * Prints every SQL statement the import of 10 new articles issues (with
 * bindings, cut short), after 20 articles are in, and a count by kind: where
 * the statements per article in docs/performance.md come from. The 10 share
 * one transaction (sync/store/write-batch.ts); the Document Service's `entry.create`
 * reads after the commit are included.
 *   node -r @swc-node/register scripts/bench/trace-sql.ts [sqlite|postgres] [articles]
 * Build the plugin first (the playground loads dist/).
 */
import { Command } from 'commander';
import { bootOnFreshDb, type BenchDb } from './boot';
import { oneOf, wholeNumber } from '../options';
import { corpusDocs, runImporter } from './strategies';

async function main() {
  const program = new Command('node -r @swc-node/register scripts/bench/trace-sql.ts')
    .description("Print every SQL statement an import of new articles issues (after 20 are in), and a count by kind.")
    .argument('[db]', 'sqlite or postgres', oneOf(['sqlite', 'postgres'] as const), 'sqlite')
    .argument('[count]', 'new articles to import', wholeNumber(1), 10)
    .showHelpAfterError('(add --help for the options)')
    .parse();
  const [db, count] = program.processedArgs as [BenchDb, number];
  const { strapi, stop } = await bootOnFreshDb(db, 'trace');
  const docs = corpusDocs(20 + count, 1);
  await runImporter(strapi, docs.slice(0, 20), {});
  // Let the first run's entry.* reads finish before listening.
  await new Promise((resolve) => setTimeout(resolve, 500));
  const lines: string[] = [];
  const kinds = new Map<string, number>();
  strapi.db.connection.on('query', (q: { sql: string; bindings?: unknown[] }) => {
    lines.push(`${q.sql.slice(0, 110)} ${String(JSON.stringify(q.bindings ?? [])).slice(0, 80)}`);
    const kind = q.sql.replace(/\s+/g, ' ').match(/^(\w+)(?: distinct)?[^]*?(?:from|into|update) [`"]?(\w+)/i);
    const key = kind ? `${kind[1].toLowerCase()} ${kind[2]}` : q.sql.slice(0, 30);
    kinds.set(key, (kinds.get(key) ?? 0) + 1);
  });
  await runImporter(strapi, docs.slice(20), {});
  await new Promise((resolve) => setTimeout(resolve, 500));
  console.log(lines.map((line, i) => `${String(i + 1).padStart(3)}: ${line}`).join('\n'));
  console.log(`\n${lines.length} statements for ${count} new articles (${(lines.length / count).toFixed(1)} each), by kind:`);
  for (const [key, n] of [...kinds].sort((a, b) => b[1] - a[1])) console.log(`${String(n).padStart(5)}  ${key}`);
  await stop();
  process.exit(0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
