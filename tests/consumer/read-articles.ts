/**
 * A front end reading the plugin's REST API with @strapi/client and the
 * package's types: the README's example. tests/integration/content-api.test.ts
 * compiles it against the built types (tsc -p tests/consumer) and runs it
 * against the booted playground.
 */
import { strapi, type API } from '@strapi/client';
import type { Article, Quote } from 'strapi-plugin-newsroom/types';

export async function readArticles(origin: string, token?: string): Promise<Article[]> {
  const client = strapi({ baseURL: `${origin}/api`, auth: token });
  const response = await client.collection('newsroom/articles').find({
    populate: { quotes: { populate: ['speaker'] }, people: true, relatedLinks: true },
    sort: 'publishedDate:desc',
  });
  // @strapi/client's find() is not generic: name what the route returns.
  return (response as API.DocumentResponseCollection<Article>).data;
}

/** One line per quote, in reading order, as a front end would print them. */
export function quoteLines(article: Article): string[] {
  const byPosition = (a: Quote, b: Quote) => (a.position ?? 0) - (b.position ?? 0);
  return [...(article.quotes ?? [])].sort(byPosition).map((quote) => `${quote.speaker?.name ?? 'Unattributed'}: ${quote.text}`);
}

/** The standfirst, or the title when the article has no lead: the types say lead may be null. */
export const standfirst = (article: Article): string => article.lead ?? article.title;

// @ts-expect-error importKey is private bookkeeping: the REST API never returns it, so the types do not name it.
export const importKeyOf = (article: Article): string => article.importKey;

/** What the integration test checks: the newest article as a front end would show it. */
export async function newestArticle(origin: string, token?: string) {
  const [article] = await readArticles(origin, token);
  return {
    documentId: article.documentId,
    standfirst: standfirst(article),
    quotes: quoteLines(article),
    people: (article.people ?? []).map((person) => person.name).sort(),
  };
}
