import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { QueueQuery, ReviewItem } from '../routes/validation/review';
import { reviewFilter } from '../review/needs-review';
import { quoteRepository } from '../review/quote-repository';
import { peopleRepository } from '../review/people-repository';
import { toReviewItem } from '../review/review-items';
import { judgeQuote, sourceOf, sourceSpan } from '../review/divergence';
import { provenance } from '../review/provenance';
import { wordDiff } from '../review/word-diff';
import { reconcileStoredVerdicts } from '../review/reconcile-verdicts';

/** Editorial review: the queue of quotes needing an editor, a quote's provenance, and the editor's actions on it. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const quotes = quoteRepository(strapi);
  const people = peopleRepository(strapi);

  const quoteOrFail = async (documentId: string) => {
    const row = await quotes.findOne(documentId);
    if (!row) throw new errors.NotFoundError(`Quote ${documentId} not found`);
    return row;
  };

  return {
    /** One page of the quotes needing review, and the counts per reason; all of them, or one article's. */
    async queue({ reason, page, pageSize, article }: QueueQuery) {
      const scoped = (filter: Record<string, unknown>) => (article ? { $and: [filter, { article: { documentId: article } }] } : filter);
      const [{ rows, total }, unattributed, lowConfidence, diverged] = await Promise.all([
        quotes.page(scoped(reviewFilter(reason)), page, pageSize),
        quotes.count(scoped(reviewFilter('unattributed'))),
        quotes.count(scoped(reviewFilter('low-confidence'))),
        quotes.count(scoped(reviewFilter('diverged'))),
      ]);
      return {
        results: rows.map(toReviewItem),
        pagination: { page, pageSize, total, pageCount: Math.ceil(total / pageSize) },
        counts: { unattributed, lowConfidence, diverged },
      };
    },

    /** The quote inside its source paragraph, the word-level difference, and the people it may be given to. */
    async detail(documentId: string) {
      const row = await quoteOrFail(documentId);
      const article = row.article ? await quotes.article(row.article.documentId) : null;
      const source = sourceOf(article);
      const span = sourceSpan(source, row.startOffset ?? null, row.endOffset ?? null);
      const accepted = row.divergenceAcceptedAt ? { by: row.divergenceAcceptedBy ?? '', at: row.divergenceAcceptedAt } : null;
      return {
        quote: toReviewItem(row),
        provenance: provenance(source, row.startOffset ?? null, row.endOffset ?? null),
        diverged: row.diverged === true,
        accepted,
        diff: span === null ? [] : wordDiff(span, row.text),
        candidates: (article?.people ?? []).map((p) => ({ documentId: p.documentId, name: p.name, role: p.role ?? null })),
      };
    },

    /**
     * An editor confirms or picks the speaker: written through the Document
     * Service like any editor's edit (sync/hooks/editor-touch.ts), and marked
     * confirmed so that re-imports keep it (sync/plan/confirmed-speaker.ts).
     */
    async confirmSpeaker(documentId: string, personDocumentId: string): Promise<ReviewItem> {
      await quoteOrFail(documentId);
      if (!(await people.exists(personDocumentId))) throw new errors.NotFoundError(`Person ${personDocumentId} not found`);
      await quotes.update(documentId, { speaker: personDocumentId, speakerConfirmed: true });
      return toReviewItem(await quoteOrFail(documentId));
    },

    /** An editor accepts a divergence (a typo fixed inside the quote marks): kept until the quote or its span changes again. */
    async accept(documentId: string, by: string): Promise<ReviewItem> {
      const row = await quoteOrFail(documentId);
      const article = row.article ? await quotes.article(row.article.documentId) : null;
      const judged = judgeQuote({ text: row.text, startOffset: row.startOffset ?? null, endOffset: row.endOffset ?? null }, article);
      if (!judged.diverged) throw new errors.ValidationError('This quote says what its source says: there is no difference to accept');
      await quotes.update(documentId, { divergenceAcceptedBy: by, divergenceAcceptedAt: new Date(), divergenceAcceptedFor: judged.basis });
      return toReviewItem(await quoteOrFail(documentId));
    },

    async searchPeople(q: string, limit: number) {
      return { results: (await people.search(q, limit)).map((p) => ({ documentId: p.documentId, name: p.name, role: p.role ?? null })) };
    },

    /** Stored `needsReview` flags set right where they disagree with the rule (run at bootstrap); how many changed. */
    reconcileVerdicts: () => reconcileStoredVerdicts(strapi),
  };
};
