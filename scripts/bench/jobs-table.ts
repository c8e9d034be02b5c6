import Table from 'cli-table3';
import type { JobsBenchRow, JobsRun } from './jobs';

const fmt = (value: number, digits = 1) => value.toFixed(digits);

/** The jobs row: a direct run and a job on one and two nodes, their time, throughput and CPU; the ratio and the overhead. */
export function printJobsRow(row: JobsBenchRow): void {
  const table = new Table({ head: ['postgres', 'N', 's', 'art/s', 'CPU s per node', 'nodes\' busy cores', `machine busy cores (of ${row.cores})`] });
  const line = (label: string, run: JobsRun) =>
    table.push([label, row.n, fmt(run.seconds), fmt(run.perSecond), run.nodeCpuSeconds.map((s) => fmt(s)).join(' + '), fmt(run.nodeBusyCores, 2), fmt(run.machineBusyCores, 2)]);
  line('direct importer.run', row.direct);
  line('job, 1 node', row.oneNode);
  line('job, 2 nodes', row.twoNodes);
  console.log('\nImport jobs (from enqueue to completed, nodes already booted; direct = one importer.run of the same documents)');
  console.log(table.toString());
  console.log(`2 nodes / 1 node: ${fmt(row.twoOverOne, 2)}×; job overhead vs direct: ${fmt(row.overhead * 100)}% (target ≤ 10%)`);
  for (const [label, run] of [['1 node', row.oneNode], ['2 nodes', row.twoNodes]] as const) if (run.profile) console.log(`${label}: ${run.profile}`);
}
