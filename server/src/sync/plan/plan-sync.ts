import type { ChangeAction, FieldConflict, RecordChange, RecordType } from '../types';
import type { DesiredDocument, DesiredPerson } from './desired-records';
import { hashValue } from './import-keys';
import { mergeFields, untouchedSinceImport } from './merge-fields';
import { matchChildren } from './match-children';
import { hashFields, sameHashes } from './hashed-fields';

/** A record as the loader read it, relations already turned into import keys. */
export interface ExistingRecord {
  documentId: string;
  key: string;
  values: Record<string, unknown>;
  importedFields: Record<string, string> | null;
}

export interface ExistingPerson extends ExistingRecord {
  /** The row's id, for join rows written without looking it up again. */
  id?: number;
  values: { name: string; role: string | null; aliases: string[] };
}

export interface ExistingState {
  article: (ExistingRecord & { published: boolean; fingerprint: string | null }) | null;
  quotes: ExistingRecord[];
  links: ExistingRecord[];
  /** By person key. */
  people: Map<string, ExistingPerson>;
  /** Import keys an editor deleted. */
  tombstones: Set<string>;
}

export interface RecordOp {
  type: RecordType;
  op: 'create' | 'update' | 'delete' | 'none';
  key: string;
  documentId: string | null;
  /** Field values to write (relations as import keys; resolved when applied). */
  data: Record<string, unknown>;
  importedFields: Record<string, string>;
  importHash: string;
  /** A tombstone to clear: the record is restored by --overwrite. */
  restore: boolean;
  change: RecordChange;
}

export interface SyncPlan {
  article: RecordOp;
  people: RecordOp[];
  quotes: RecordOp[];
  links: RecordOp[];
  /** Publish the article after writing (asked for, and something changed or it was never published). */
  publish: boolean;
  /**
   * The fingerprint the article should carry afterwards: the source's when the
   * database will hold exactly what the source says, null while an editor's
   * change stands (a conflict, or a record kept), so that every run reads the
   * source again and reports it.
   */
  fingerprint: string | null;
  /** The article's stored fingerprint differs from `fingerprint`: it must be written even if nothing else is. */
  fingerprintStale: boolean;
  changes: RecordChange[];
}

export interface PlanOptions {
  overwrite: boolean;
  publish: boolean;
}

const shorten = (text: string, max = 80) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

export const change = (
  type: RecordType,
  action: ChangeAction,
  key: string,
  label: string,
  documentId: string | null,
  fields: string[] = [],
  conflicts: FieldConflict[] = []
): RecordChange => ({ type, action, importKey: key, label: shorten(label), documentId, fields, conflicts });

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
    const skip = op('article', 'none', desired.article.key, null, {}, {}, '', false,
      change('article', 'skip-deleted', desired.article.key, desired.article.fields.title, null));
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
    overwrite
  );
  const links = planChildren(
    'related-link',
    desired.links.map((l) => ({ key: l.key, text: `${l.fields.title} ${l.fields.url ?? ''}`, fields: l.fields })),
    existing.links,
    existing.tombstones,
    overwrite
  );

  const all = [article, ...people, ...quotes, ...links];
  const anythingWritten = all.some((o) => o.op !== 'none');
  const publish = options.publish && (anythingWritten || !existing.article?.published);
  const settled = all.every((o) => o.change.action !== 'conflict' && o.change.action !== 'keep');
  const fingerprint = settled ? (desired.fingerprint ?? null) : null;
  const fingerprintStale = (existing.article?.fingerprint ?? null) !== fingerprint;

  return { article, people, quotes, links, publish, fingerprint, fingerprintStale, changes: all.map((o) => o.change) };
};

function op(
  type: RecordType,
  kind: RecordOp['op'],
  key: string,
  documentId: string | null,
  data: Record<string, unknown>,
  importedFields: Record<string, string>,
  importHash: string,
  restore: boolean,
  recordChange: RecordChange
): RecordOp {
  return { type, op: kind, key, documentId, data, importedFields, importHash, restore, change: recordChange };
}

function planRecord(
  type: RecordType,
  key: string,
  fields: Record<string, unknown>,
  current: ExistingRecord | null,
  tombstoned: boolean,
  overwrite: boolean,
  label: string,
  volatile: ReadonlySet<string> = NONE
): RecordOp {
  const hashed = hashFields(fields);
  const importHash = hashed.recordHash;
  if (!current) {
    const action: ChangeAction = tombstoned ? 'restore' : 'create';
    return op(type, 'create', key, null, fields, hashed.hashes, importHash, tombstoned,
      change(type, action, key, label, null, Object.keys(fields)));
  }
  const merge = mergeFields(fields, current.values, current.importedFields, overwrite, hashed);
  settleVolatile(merge, current.importedFields, volatile);
  const written = Object.keys(merge.write);
  const needsWrite = written.length > 0 || merge.bookkeepingChanged || current.key !== key;
  const action: ChangeAction = merge.conflicts.length > 0 ? 'conflict' : written.length > 0 ? 'update' : 'unchanged';
  return op(type, needsWrite ? 'update' : 'none', key, current.documentId, merge.write, merge.importedFields, importHash, false,
    change(type, action, key, label, current.documentId, written, merge.conflicts));
}

const NONE: ReadonlySet<string> = new Set();

/**
 * Volatile fields (offsets, context, position) follow from the rest of the
 * source: a typo fixed earlier in the text shifts every later offset. They are
 * refreshed when the record is written for a real change, never a reason to
 * write on their own, and never an editor conflict.
 */
function settleVolatile(merge: ReturnType<typeof mergeFields>, imported: Record<string, string> | null, volatile: ReadonlySet<string>) {
  if (volatile.size === 0) return;
  merge.conflicts = merge.conflicts.filter((c) => !volatile.has(c.field));
  const substantive = Object.keys(merge.write).some((field) => !volatile.has(field));
  if (substantive) return;
  for (const field of Object.keys(merge.write)) {
    delete merge.write[field];
    if (imported?.[field] !== undefined) merge.importedFields[field] = imported[field];
    else delete merge.importedFields[field];
  }
  merge.bookkeepingChanged = !sameHashes(merge.importedFields, imported ?? {});
}

function planPerson(person: DesiredPerson, current: ExistingPerson | undefined, tombstoned: boolean, overwrite: boolean): RecordOp {
  const fields = { name: person.name, role: person.role, aliases: person.aliases };
  if (!current) {
    if (tombstoned && !overwrite) {
      return op('person', 'none', person.key, null, {}, {}, '', false, change('person', 'skip-deleted', person.key, person.name, null));
    }
    return planRecord('person', person.key, fields, null, tombstoned, overwrite, person.name);
  }

  // A person is shared by many articles: aliases accumulate, and the role is
  // the first one imported unless an editor or --overwrite says otherwise, so
  // two articles giving different roles do not flip it on every run.
  const write: Record<string, unknown> = {};
  const conflicts: FieldConflict[] = [];
  const importedFields = { ...(current.importedFields ?? {}) };
  const { role: currentRole, aliases: currentAliases } = current.values;

  const roleEdited = importedFields.role !== undefined && hashValue(currentRole ?? null) !== importedFields.role;
  if (person.role && person.role !== currentRole) {
    if (overwrite || (!currentRole && !roleEdited)) {
      write.role = person.role;
      importedFields.role = hashValue(person.role);
    } else if (roleEdited) {
      conflicts.push({ field: 'role', current: currentRole, incoming: person.role });
    }
  }

  const aliases = [...new Set([...(currentAliases ?? []), ...person.aliases])].sort();
  if (hashValue(aliases) !== hashValue([...(currentAliases ?? [])].sort())) {
    write.aliases = aliases;
    importedFields.aliases = hashValue(aliases);
  }

  const written = Object.keys(write);
  const action: ChangeAction = conflicts.length ? 'conflict' : written.length ? 'update' : 'unchanged';
  return op('person', written.length ? 'update' : 'none', person.key, current.documentId, write, importedFields,
    hashValue(fields), false, change('person', action, person.key, current.values.name, current.documentId, written, conflicts));
}

function planChildren(
  type: 'quote' | 'related-link',
  desired: Array<{ key: string; text: string; fields: Record<string, unknown> }>,
  existing: ExistingRecord[],
  tombstones: Set<string>,
  overwrite: boolean
): RecordOp[] {
  const existingKeyed = existing.map((record) => ({
    ...record,
    text: type === 'quote' ? String(record.values.text ?? '') : `${record.values.title ?? ''} ${record.values.url ?? ''}`,
  }));
  const { pairs, added, gone } = matchChildren(desired, existingKeyed);
  const ops: RecordOp[] = [];
  const labelOf = (fields: Record<string, unknown>) => String(type === 'quote' ? fields.text : fields.title);

  // Positions only order records: after a removal the gaps are harmless, so
  // they are rewritten only when something new comes in or the order changed.
  const order = new Map(desired.map((d, i) => [d.key, i]));
  const kept = pairs
    .slice()
    .sort((a, b) => (order.get(a[0].key) ?? 0) - (order.get(b[0].key) ?? 0))
    .map(([, have]) => Number(have.values.position ?? -1));
  const orderHolds = added.length === 0 && kept.every((position, i) => i === 0 || position > kept[i - 1]);
  const volatile = new Set(['startOffset', 'endOffset', 'context', ...(orderHolds ? ['position'] : [])]);

  for (const [want, have] of pairs) {
    ops.push(planRecord(type, want.key, want.fields, have, false, overwrite, labelOf(want.fields), volatile));
  }

  for (const want of added) {
    if (tombstones.has(want.key) && !overwrite) {
      ops.push(op(type, 'none', want.key, null, {}, {}, '', false, change(type, 'skip-deleted', want.key, labelOf(want.fields), null)));
    } else {
      ops.push(planRecord(type, want.key, want.fields, null, tombstones.has(want.key), overwrite, labelOf(want.fields)));
    }
  }

  for (const have of gone) {
    const label = labelOf(have.values);
    if (untouchedSinceImport(have.values, have.importedFields)) {
      ops.push(op(type, 'delete', have.key, have.documentId, {}, {}, '', false, change(type, 'remove', have.key, label, have.documentId)));
    } else {
      ops.push(op(type, 'none', have.key, have.documentId, {}, {}, '', false, change(type, 'keep', have.key, label, have.documentId)));
    }
  }

  // Report in source order, whatever the matching order was.
  return ops.sort((a, b) => (order.get(a.key) ?? Infinity) - (order.get(b.key) ?? Infinity));
}
