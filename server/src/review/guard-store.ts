import type { Core } from '@strapi/strapi';
import { z } from '@strapi/utils';
import { UID } from '../uids';
import { divergencePatch, judgeQuote, type ArticleSource } from './divergence';
import { needsReview } from './needs-review';
import { guardedArticleRow, guardedQuoteRow, parseRows, type GuardedQuoteRow } from './rows';

const GUARDED_FIELDS = [
  'id',
  'text',
  'startOffset',
  'endOffset',
  'diverged',
  'divergenceAcceptedAt',
  'divergenceAcceptedFor',
  'confidence',
  'speakerConfirmed',
  'needsReview',
];
const GUARDED_POPULATE = { speaker: { select: ['id'] } };

/** The divergence flags and the stored review verdict to write, or null when both still hold. */
function reviewPatch(quote: GuardedQuoteRow, article: ArticleSource | null): Record<string, unknown> | null {
  const divergence = divergencePatch(quote, judgeQuote(quote, article));
  const verdict = needsReview({ ...quote, ...divergence });
  const patch = { ...divergence, ...(verdict !== quote.needsReview ? { needsReview: verdict } : {}) };
  return Object.keys(patch).length ? patch : null;
}

/**
 * The flags are written through the Query Engine: they are the guard's own
 * bookkeeping, and a Document Service write would run the Document Service
 * middlewares again (an editor's touch clears the article's fingerprint).
 * `needsReview` is stored here, after every write to what the rule reads, so
 * the Content Manager can filter on it.
 */
async function store(strapi: Core.Strapi, quotes: GuardedQuoteRow[], article: ArticleSource | null): Promise<number> {
  let written = 0;
  for (const quote of quotes) {
    const patch = reviewPatch(quote, article);
    if (!patch) continue;
    await strapi.db.query(UID.quote).update({ where: { id: quote.id }, data: patch });
    written += 1;
  }
  return written;
}

/** The draft of an article, with the text its quotes' offsets index and its quotes. */
async function loadArticle(strapi: Core.Strapi, documentId: string) {
  const row = await strapi.db.query(UID.article).findOne({
    where: { documentId, publishedAt: null },
    select: ['source', 'sourceText'],
    populate: { quotes: { select: GUARDED_FIELDS, populate: GUARDED_POPULATE } },
  });
  return row ? parseRows(guardedArticleRow, [row], 'guarded article')[0] : null;
}

/** Judge every quote of an article again (its text changed, or the importer wrote its quotes); returns how many quotes changed. */
export async function refreshArticleDivergence(strapi: Core.Strapi, articleDocumentId: string): Promise<number> {
  const article = await loadArticle(strapi, articleDocumentId);
  return article ? store(strapi, article.quotes, article) : 0;
}

const quoteWithArticle = guardedQuoteRow.extend({ article: z.object({ documentId: z.string() }).nullable().default(null) });

/** Judge one quote again, against its article's draft text. */
export async function refreshQuoteDivergence(strapi: Core.Strapi, quoteDocumentId: string): Promise<void> {
  const row = await strapi.db.query(UID.quote).findOne({
    where: { documentId: quoteDocumentId },
    select: GUARDED_FIELDS,
    populate: { ...GUARDED_POPULATE, article: { select: ['documentId'] } },
  });
  if (!row) return;
  const [quote] = parseRows(quoteWithArticle, [row], 'guarded quote');
  const article = quote.article ? await loadArticle(strapi, quote.article.documentId) : null;
  await store(strapi, [quote], article);
}
