import type { Core } from '@strapi/strapi';
import { UID } from '../uids';
import { mergePersonRow, parseRows, personRef, personSummaryRow, type MergePersonRow, type PersonRef } from './rows';
import type { PersonSummary } from './merge-suggestions';

/** People as the review and the merge read and write them. */
export const peopleRepository = (strapi: Core.Strapi) => {
  const people = () => strapi.documents(UID.person);
  return {
    async exists(documentId: string): Promise<boolean> {
      return (await people().count({ filters: { documentId } })) > 0;
    },

    async search(q: string, limit: number): Promise<PersonRef[]> {
      const rows = await people().findMany({ filters: { name: { $containsi: q } }, fields: ['name', 'role'], sort: 'name:asc', limit });
      return parseRows(personRef, rows, 'person');
    },

    /** Every person with how many quotes and articles hang on them. */
    async summaries(): Promise<PersonSummary[]> {
      const rows = await people().findMany({ fields: ['name', 'role', 'aliases'], populate: { quotes: { count: true }, articles: { count: true } } });
      return parseRows(personSummaryRow, rows, 'person summary').map(
        (p): PersonSummary => ({ documentId: p.documentId, name: p.name, role: p.role ?? null, aliases: p.aliases ?? [], quotes: p.quotes.count, articles: p.articles.count })
      );
    },

    /**
     * People with their import bookkeeping (private: read through the Query
     * Engine, as the importer's loader does), their quotes and articles.
     */
    async forMerge(documentIds: string[]): Promise<MergePersonRow[]> {
      const rows = await strapi.db.query(UID.person).findMany({
        where: { documentId: { $in: documentIds } },
        select: ['id', 'documentId', 'name', 'importKey', 'aliases', 'mergedKeys'],
        populate: { quotes: { select: ['documentId'] }, articles: { select: ['documentId'] } },
      });
      return parseRows(mergePersonRow, rows, 'merged person');
    },

    async setSpeaker(quoteDocumentId: string, personDocumentId: string): Promise<void> {
      const data: Record<string, unknown> = { speaker: personDocumentId };
      await strapi.documents(UID.quote).update({ documentId: quoteDocumentId, data });
    },

    async update(documentId: string, data: Record<string, unknown>): Promise<void> {
      await people().update({ documentId, data });
    },

    async remove(documentId: string): Promise<void> {
      await people().delete({ documentId });
    },

    /** Deleting an absorbed person leaves a tombstone of its import key (sync/hooks/tombstones.ts); a merge is no deletion to remember. */
    async forgetTombstones(importKeys: string[]): Promise<void> {
      if (importKeys.length) await strapi.db.query(UID.tombstone).deleteMany({ where: { importKey: { $in: importKeys } } });
    },
  };
};
export type PeopleRepository = ReturnType<typeof peopleRepository>;
