import Table from 'cli-table3';
import type { JobView } from '../../server/src/jobs/types';

const percent = (job: JobView) => (job.documents.total ? Math.floor((job.documents.done / job.documents.total) * 100) : 0);

/** One line per job, newest first: what `newsroom jobs list` prints. */
export function formatJobList(jobs: JobView[]): string {
  if (jobs.length === 0) return 'No import jobs.';
  const table = new Table({ head: ['id', 'state', 'done', 'documents', 'failed', 'started by', 'created', 'label'], style: { head: [], border: [] } });
  for (const job of jobs) {
    table.push([job.id, job.state, `${percent(job)}%`, `${job.documents.done}/${job.documents.total}`, job.totals.failed, job.actor.name, job.createdAt.slice(0, 19).replace('T', ' '), job.label.slice(0, 40)]);
  }
  return table.toString();
}

/** A job's state, progress, counts and failures: what `newsroom jobs show` prints. */
export function formatJob(job: JobView): string {
  const lines = [
    `job ${job.id}: ${job.state} · ${job.label}`,
    `  documents ${job.documents.done}/${job.documents.total} (${percent(job)}%), chunks ${job.chunks.done}/${job.chunks.total}` +
      (job.throughput !== null ? `, ${job.throughput} documents/s` : ''),
    `  articles: ${job.counts.article.create} created, ${job.counts.article.update} updated, ${job.counts.article.unchanged} unchanged; ` +
      `records: ${job.totals.created} created, ${job.totals.updated} updated, ${job.totals.conflicts} conflicts, ${job.totals.removed} removed; ${job.totals.failed} failed files`,
    `  started by ${job.actor.name}, created ${job.createdAt}${job.finishedAt ? `, finished ${job.finishedAt}` : ''}`,
  ];
  if (job.error) lines.push(`  error: ${job.error}`);
  for (const failure of job.errors) lines.push(`  failed: ${failure.file}: ${failure.error}`);
  return lines.join('\n');
}
