import type { DesiredDocument } from './desired-records';
import type { ExistingState, PlanOptions, RecordOp, SyncPlan } from './types';
import { leaveAlone, planRecord } from './plan-record';
import { planPerson } from './plan-person';
import { planChildren } from './plan-children';

/**
 * Decide, without touching the database, what bringing one source document in
 * means: which records to create, update, delete or leave alone, and which
 * fields editors changed. Dry runs print this plan; real runs apply it.
 */
export const planSync = (desired: DesiredDocument, existing: ExistingState, options: PlanOptions): SyncPlan => {
  const { overwrite } = options;
  const deleted = (key: string) => existing.tombstones.has(key);

  const articleTombstoned = deleted(desired.article.key) && !existing.article;
  if (articleTombstoned && !overwrite) {
    const skip = leaveAlone('article', desired.article.key, null, 'skip-deleted', desired.article.fields.title);
    return { article: skip, people: [], quotes: [], links: [], publish: false, fingerprint: null, fingerprintStale: false, changes: [skip.change] };
  }

  // People first: quotes and the article point at them.
  const skippedPeople = new Set<string>();
  const people = desired.people.map((person) => {
    const planned = planPerson(person, existing.people.get(person.key), deleted(person.key), overwrite);
    if (planned.change.action === 'skip-deleted') skippedPeople.add(person.key);
    return planned;
  });
  const livePerson = (key: string | null) => (key && !skippedPeople.has(key) ? key : null);

  const articleFields = {
    ...desired.article.fields,
    people: desired.article.fields.people.filter((key) => !skippedPeople.has(key)),
  };
  const article = planRecord('article', desired.article.key, articleFields, existing.article, articleTombstoned, overwrite, articleFields.title);

  const quotes = planChildren(
    'quote',
    desired.quotes.map((q) => ({ key: q.key, text: q.fields.text, fields: { ...q.fields, speaker: livePerson(q.fields.speaker) } })),
    existing.quotes,
    existing.tombstones,
    overwrite,
    'source' in article.data || 'sourceText' in article.data
  );
  const links = planChildren(
    'related-link',
    desired.links.map((l) => ({ key: l.key, text: `${l.fields.title} ${l.fields.url ?? ''}`, fields: l.fields })),
    existing.links,
    existing.tombstones,
    overwrite
  );

  return { article, people, quotes, links, ...afterwards([article, ...people, ...quotes, ...links], desired, existing, options) };
};

/** Whether to publish, and the fingerprint the article carries once the plan is written. */
function afterwards(all: RecordOp[], desired: DesiredDocument, existing: ExistingState, options: PlanOptions) {
  const anythingWritten = all.some((o) => o.op !== 'none');
  const publish = options.publish && (anythingWritten || !existing.article?.published);
  const settled = all.every((o) => o.change.action !== 'conflict' && o.change.action !== 'keep');
  const fingerprint = settled ? (desired.fingerprint ?? null) : null;
  const fingerprintStale = (existing.article?.fingerprint ?? null) !== fingerprint;
  return { publish, fingerprint, fingerprintStale, changes: all.map((o) => o.change) };
}
