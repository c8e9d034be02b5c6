import type { Core } from '@strapi/strapi';
import { UID } from '../../uids';
import type { RecordOp } from '../plan/types';
import type { CreatedRecord, NewRecord, NewRecordUid, RecordWriter } from './record-writer';
import { uniqueSlug } from './new-slugs';
import { needsReview } from '../../review/needs-review';

export const UID_OF = {
  article: UID.article,
  person: UID.person,
  quote: UID.quote,
  'related-link': UID.relatedLink,
} as const;

/** The private fields every imported record carries: what it was imported as. */
export const bookkeeping = (op: RecordOp) => ({ importKey: op.key, importedFields: op.importedFields });

/** Records for the writer: new quotes or links of one article, relations resolved to documentIds. */
export const childRecords = (ops: RecordOp[], articleId: string, personId: (key: unknown) => string | null): NewRecord[] =>
  ops.map((op) => {
    const { speaker, article: _article, ...fields } = op.data;
    const relations: Record<string, string | null> = { article: articleId };
    if (op.type !== 'quote') return { data: { ...fields, ...bookkeeping(op) }, relations };
    relations.speaker = personId(speaker);
    // A new quote is its source span (not diverged) and nobody confirmed its speaker yet.
    const verdict = needsReview({ speaker: relations.speaker, confidence: typeof fields.confidence === 'number' ? fields.confidence : null });
    return { data: { ...fields, ...bookkeeping(op), needsReview: verdict }, relations };
  });

const childUid = (op: RecordOp): NewRecordUid => {
  if (op.type === 'quote' || op.type === 'related-link') return UID_OF[op.type];
  throw new Error(`not a child record: ${op.type}`);
};

/** New quotes or links of one type, in one writer call; the report links to what was created. */
export async function createChildren(writer: RecordWriter, ops: RecordOp[], records: NewRecord[]) {
  const created = await writer.create(childUid(ops[0]), records);
  ops.forEach((op, i) => {
    op.change.documentId = created[i].documentId;
  });
}

/**
 * A plan's new people, in one writer call (people have no draft & publish and
 * no relation data when created), each with the slug the Content Manager's
 * rules give. Two new people whose names slug alike are not written in one
 * call: the second is created after the first exists, so that its slug gets
 * its "-1".
 */
export async function createPeople(strapi: Core.Strapi, writer: RecordWriter, ops: RecordOp[]): Promise<Array<CreatedRecord & { key: string }>> {
  const slugs = new Set<string>();
  const now: Array<{ op: RecordOp; record: NewRecord }> = [];
  const after: RecordOp[] = [];
  for (const op of ops) {
    const slug = await uniqueSlug(strapi, UID.person, { name: op.data.name });
    if (slugs.has(slug)) {
      after.push(op);
      continue;
    }
    slugs.add(slug);
    now.push({ op, record: { data: { ...op.data, ...bookkeeping(op), slug }, relations: {} } });
  }
  const written = await writer.create(UID.person, now.map((n) => n.record));
  const created = now.map(({ op }, i) => {
    op.change.documentId = written[i].documentId;
    return { ...written[i], key: op.key };
  });
  for (const op of after) created.push(...(await createPeople(strapi, writer, [op])));
  return created;
}
