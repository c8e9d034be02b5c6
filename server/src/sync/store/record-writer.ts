import type { Core } from '@strapi/strapi';
import { UID } from '../../uids';

/** The types whose new records an import writes in runs: people, quotes and related links (no draft & publish). */
export type NewRecordUid = typeof UID.person | typeof UID.quote | typeof UID.relatedLink;

/** One new record: its scalar fields (bookkeeping included) and its xToOne relations as target documentIds. */
export interface NewRecord {
  data: Record<string, unknown>;
  relations: Record<string, string | null>;
}

export interface CreatedRecord {
  documentId: string;
  id: number;
}

/** A new article's people, in the order the article lists them. */
export interface NewArticlePeople {
  id: number;
  documentId: string;
  people: string[];
}

/** The knex transaction Strapi hands to `strapi.db.transaction` callbacks. */
export type Transaction = Parameters<Parameters<Core.Strapi['db']['transaction']>[0]>[0]['trx'];

/**
 * How the records an import transaction creates get into the database. The
 * reference is the Document Service (documentServiceWriter, below); the bulk
 * writer (store/bulk-writer.ts) writes the same rows in a few statements.
 * One writer serves one transaction, or one plan in it: it may remember what
 * it learns (row ids, join-table orders) until told to forget.
 */
export interface RecordWriter {
  /** New records of one type, in order; returns them in the same order. */
  create(uid: NewRecordUid, records: NewRecord[]): Promise<CreatedRecord[]>;
  /** Link articles created in this transaction to their people. */
  linkPeople(articles: NewArticlePeople[]): Promise<void>;
  /** A document's rows this transaction read or created, so that nothing looks them up; `created`: it has no join rows yet. */
  know(uid: typeof UID.article | typeof UID.person, documentId: string, rows: Array<{ id: number }>, created: boolean): void;
  /** The people many writes of this transaction will link to: what those writes need of them is asked once. */
  expectPeople(personIds: number[]): Promise<void>;
  /** A Document Service write happened in between: join rows may have changed ('orders') or rows been added ('all': publish). */
  forget(what: 'orders' | 'all'): void;
}

export type RecordWriterFactory = (strapi: Core.Strapi, trx: Transaction) => RecordWriter;

/**
 * The reference: one Document Service call per record, with its middlewares,
 * validation and deep-populated `entry.create`. A new article's people are
 * set by a Document Service update of its draft (the same join rows as a
 * create that lists them; it also sends an `entry.update`).
 */
export const documentServiceWriter: RecordWriterFactory = (strapi) => ({
  async create(uid, records) {
    const created: CreatedRecord[] = [];
    for (const { data, relations } of records) {
      const links = Object.fromEntries(Object.entries(relations).filter(([, target]) => target !== null));
      const document = await strapi.documents(uid).create({ data: { ...data, ...links } });
      created.push({ documentId: document.documentId, id: Number(document.id) });
    }
    return created;
  },
  async linkPeople(articles) {
    for (const { documentId, people } of articles) {
      const data: Record<string, unknown> = { people };
      if (people.length) await strapi.documents(UID.article).update({ documentId, data });
    }
  },
  know() {},
  async expectPeople() {},
  forget() {},
});
