import fs from 'fs';
import path from 'path';
import { extractSource } from '../../../server/src/source/extract';
import { parseDocument } from '../../../server/src/parse';
import type { NormalisedArticle, SourceInput } from '../../../server/src/source/types';

export const FORMATS = path.join(__dirname, '..', '..', 'fixtures', 'formats');
export const fixture = (name: string): Buffer => fs.readFileSync(path.join(FORMATS, name));
export const MAX = 5 * 1024 * 1024;

export const extract = (input: SourceInput, maxBytes = MAX): Promise<NormalisedArticle[]> => extractSource(input, { maxBytes });
export const extractFile = (name: string) => extract({ name, data: fixture(name) });

/** What the parser makes of an extracted article: the fields an import stores. */
export const parsed = (article: NormalisedArticle) => {
  const doc = parseDocument(article.text, { referenceDate: '2024-06-01' });
  return {
    title: doc.title,
    published: doc.published,
    outlet: doc.outlet,
    url: doc.sourceUrl,
    id: doc.metadata.id ?? null,
    sections: doc.sections.map((s) => s.heading).filter(Boolean),
    people: doc.people.map((p) => p.name),
    quotes: doc.quotes.map((q) => [q.speaker, q.text]),
    links: doc.relatedLinks.map(({ title, url }) => ({ title, url })),
    // Offsets index the normalised text.
    offsetsHold: doc.quotes.every((q) => article.text.slice(q.start, q.end) === q.text),
  };
};

/** The one-line error an extraction fails with. */
export const failure = async (input: Promise<unknown>): Promise<string> => {
  try {
    await input;
  } catch (error) {
    const message = (error as Error).message;
    expect(message).not.toMatch(/\n/);
    return message;
  }
  throw new Error('extraction did not fail');
};
