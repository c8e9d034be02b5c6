import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { MergeBody, MergeResult } from '../routes/validation/review';
import { peopleRepository } from '../review/people-repository';
import { planMerge, type MergeSide } from '../review/merge-plan';
import { mergeSuggestions } from '../review/merge-suggestions';
import type { MergePersonRow } from '../review/rows';

const side = (row: MergePersonRow): MergeSide => ({
  documentId: row.documentId,
  name: row.name,
  aliases: row.aliases,
  importKey: row.importKey ?? null,
  mergedKeys: row.mergedKeys,
  quotes: row.quotes.map((q) => q.documentId),
  articles: row.articles.map((a) => a.documentId),
});

/** Merging people an import (or editors) made twice: suggestions, a preview, and the merge itself. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const people = peopleRepository(strapi);

  /** The survivor and the absorbed people, read, and what merging them moves. */
  const prepare = async ({ survivor, absorbed }: MergeBody) => {
    const rows = new Map((await people.forMerge([survivor, ...absorbed])).map((row) => [row.documentId, side(row)]));
    const missing = [survivor, ...absorbed].filter((id) => !rows.has(id));
    if (missing.length) throw new errors.NotFoundError(`Person ${missing.join(', ')} not found`);
    const kept = rows.get(survivor) as MergeSide;
    const gone = absorbed.map((id) => rows.get(id) as MergeSide);
    return { kept, gone, plan: planMerge(kept, gone) };
  };

  const result = ({ kept, gone, plan }: Awaited<ReturnType<typeof prepare>>): MergeResult => ({
    survivor: { documentId: kept.documentId, name: kept.name },
    absorbed: gone.map((p) => ({ documentId: p.documentId, name: p.name })),
    quotesMoved: plan.quotes.length,
    articlesRelinked: plan.articles.length,
    aliases: plan.aliases,
    importKeys: plan.mergedKeys.length,
  });

  return {
    async suggestions() {
      return { results: mergeSuggestions(await people.summaries()) };
    },

    async preview(body: MergeBody): Promise<MergeResult> {
      return result(await prepare(body));
    },

    /**
     * One transaction: quotes and article links move to the survivor, its
     * aliases and import keys grow, the absorbed people are deleted. The
     * Document Service calls join the transaction; any failure leaves every
     * person as it was.
     */
    async merge(body: MergeBody): Promise<MergeResult> {
      return strapi.db.transaction(async () => {
        const prepared = await prepare(body);
        const { kept, gone, plan } = prepared;
        for (const quote of plan.quotes) await people.setSpeaker(quote, kept.documentId);
        await people.update(kept.documentId, {
          aliases: plan.aliases,
          mergedKeys: plan.mergedKeys,
          ...(plan.importKey !== kept.importKey ? { importKey: plan.importKey } : {}),
          ...(plan.articles.length ? { articles: { connect: plan.articles } } : {}),
        });
        for (const person of gone) await people.remove(person.documentId);
        await people.forgetTombstones(gone.flatMap((p) => (p.importKey ? [p.importKey] : [])));
        return result(prepared);
      });
    },
  };
};
