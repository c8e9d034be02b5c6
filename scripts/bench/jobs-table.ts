import Table from 'cli-table3';
import type { JobsBenchRow } from './jobs';

const fmt = (value: number, digits = 1) => value.toFixed(digits);

/** The jobs row: articles/s of a direct run and of a job on one and two nodes, their ratio and the job overhead. */
export function printJobsRow(row: JobsBenchRow): void {
  const table = new Table({ head: ['db', 'N', 'direct art/s', '1 node art/s', '2 nodes art/s', '2 nodes / 1 node', 'job overhead vs direct'] });
  table.push(['postgres', row.n, fmt(row.directPerSecond), fmt(row.oneNodePerSecond), fmt(row.twoNodePerSecond), fmt(row.twoOverOne, 2), `${fmt(row.overhead * 100)}%`]);
  console.log('\nImport jobs (from enqueue to completed, nodes already booted; direct = one importer.run of the same documents; target overhead ≤ 10%)');
  console.log(table.toString());
}
