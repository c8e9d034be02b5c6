import type { ChangeAction, FieldConflict } from '../types';
import type { DesiredPerson } from './desired-records';
import type { ExistingPerson, RecordOp } from './types';
import { hashValue } from './import-keys';
import { change } from './record-change';
import { leaveAlone, planRecord } from './plan-record';

/**
 * A person is shared by many articles: aliases accumulate, and the role is
 * the first one imported unless an editor or --overwrite says otherwise, so
 * two articles giving different roles do not flip it on every run.
 */
export function planPerson(person: DesiredPerson, current: ExistingPerson | undefined, tombstoned: boolean, overwrite: boolean): RecordOp {
  const fields = { name: person.name, role: person.role, aliases: person.aliases };
  if (!current) {
    if (tombstoned && !overwrite) return leaveAlone('person', person.key, null, 'skip-deleted', person.name);
    return planRecord('person', person.key, fields, null, tombstoned, overwrite, person.name);
  }

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
  return {
    type: 'person',
    op: written.length ? 'update' : 'none',
    key: person.key,
    documentId: current.documentId,
    data: write,
    importedFields,
    restore: false,
    change: change('person', action, person.key, current.values.name, current.documentId, written, conflicts),
  };
}
