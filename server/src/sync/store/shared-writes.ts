import type { RecordType } from '../types';
import type { RecordOp } from '../plan/types';
import type { NewArticlePeople, NewRecord, RecordWriter } from './record-writer';
import { createChildren } from './new-records';

/**
 * What the documents of one transaction write together (store/write-batch.ts):
 * the writer they share, and the people links and new children of their new
 * articles, held back so that each table gets one statement for all of them
 * (flushWrites) instead of one per article. The rows are the ones writing
 * each article in turn leaves: records keep their order, and each join
 * table's order columns count on per target in that order.
 */
export interface SharedWrites {
  writer: RecordWriter;
  people: NewArticlePeople[];
  children: Map<RecordType, { ops: RecordOp[]; records: NewRecord[] }>;
}

export const sharedWrites = (writer: RecordWriter): SharedWrites => ({ writer, people: [], children: new Map() });

export const holdBack = (shared: SharedWrites, ops: RecordOp[], records: NewRecord[]) => {
  const held = shared.children.get(ops[0].type) ?? { ops: [], records: [] };
  held.ops.push(...ops);
  held.records.push(...records);
  shared.children.set(ops[0].type, held);
};

/** Write what is held back; before the transaction commits and before anything reads those records. */
export async function flushWrites(shared: SharedWrites): Promise<void> {
  const people = shared.people.splice(0);
  if (people.length) await shared.writer.linkPeople(people);
  const children = [...shared.children.values()];
  shared.children.clear();
  for (const { ops, records } of children) await createChildren(shared.writer, ops, records);
}
