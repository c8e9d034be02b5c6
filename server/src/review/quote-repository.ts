import type { Core, Modules } from '@strapi/strapi';
import { UID } from '../uids';
import { parseRows, quoteArticleRow, reviewQuoteRow, type QuoteArticleRow, type ReviewQuoteRow } from './rows';

/** The filters the review's rule builds (review/needs-review.ts), a plain object the Document Service types more narrowly. */
type Filters = Record<string, unknown>;
const asFilters = (filters: Filters) => filters as Modules.Documents.Params.Filters.Any<typeof UID.quote>;

const FIELDS = [
  'text',
  'kind',
  'attribution',
  'confidence',
  'speakerConfirmed',
  'diverged',
  'divergenceAcceptedBy',
  'divergenceAcceptedAt',
  'startOffset',
  'endOffset',
  'updatedAt',
] as const;
const POPULATE = { speaker: { fields: ['name', 'role'] }, article: { fields: ['title'] } };

/** Quotes and their articles as the review reads and writes them, through the Document Service. */
export const quoteRepository = (strapi: Core.Strapi) => {
  const quotes = () => strapi.documents(UID.quote);
  return {
    /** One page of the quotes the filters match, newest first. */
    async page(filters: Filters, page: number, pageSize: number): Promise<{ rows: ReviewQuoteRow[]; total: number }> {
      const [rows, total] = await Promise.all([
        quotes().findMany({
          filters: asFilters(filters),
          fields: [...FIELDS],
          populate: POPULATE,
          sort: [{ updatedAt: 'desc' }, { id: 'desc' }],
          start: (page - 1) * pageSize,
          limit: pageSize,
        }),
        quotes().count({ filters: asFilters(filters) }),
      ]);
      return { rows: parseRows(reviewQuoteRow, rows, 'review quote'), total };
    },

    count: (filters: Filters): Promise<number> => quotes().count({ filters: asFilters(filters) }),

    async findOne(documentId: string): Promise<ReviewQuoteRow | null> {
      const row = await quotes().findOne({ documentId, fields: [...FIELDS], populate: POPULATE });
      return row ? parseRows(reviewQuoteRow, [row], 'review quote')[0] : null;
    },

    /** The draft of the quote's article: the text its offsets index, and its people. */
    async article(documentId: string): Promise<QuoteArticleRow | null> {
      const row = await strapi.documents(UID.article).findOne({
        documentId,
        fields: ['title', 'source', 'sourceText'],
        populate: { people: { fields: ['name', 'role'], sort: 'name:asc' } },
      });
      return row ? parseRows(quoteArticleRow, [row], 'quote article')[0] : null;
    },

    async update(documentId: string, data: Record<string, unknown>): Promise<void> {
      await quotes().update({ documentId, data });
    },
  };
};
export type QuoteRepository = ReturnType<typeof quoteRepository>;
