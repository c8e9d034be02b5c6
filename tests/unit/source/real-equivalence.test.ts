/**
 * The parser's quality does not depend on the format an article arrives in:
 * real labelled articles, written out as HTML, Markdown, DOCX and NITF, read
 * through the source stage, give the parser the same people, quotes and
 * links as their plain text, and the same scores against the labels.
 */
import fs from 'fs';
import path from 'path';
import { parseDocument, type ParsedDocument } from '../../../server/src/parse';
import { scoreFile, type GoldFile } from '../../../scripts/eval/score';
import { storyOf, toDocx, toHtml, toMarkdown, toNitf } from '../../helpers/real-formats';
import { extract, FORMATS } from './helpers';

const REAL = path.join(FORMATS, 'real');
const ARTICLES = fs.readdirSync(REAL).filter((f) => f.endsWith('.txt')).map((f) => f.replace(/\.txt$/, ''));
const REFERENCE_DATE = '2025-06-30';
const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

/** What the labels score, with whitespace as the formats render it. */
const essence = (doc: ParsedDocument) => ({
  people: doc.people.map((p) => ({ name: p.name, role: p.role, aliases: p.aliases })),
  quotes: doc.quotes.map((q) => ({ text: collapse(q.text), speaker: q.speaker, kind: q.kind, verb: q.verb })),
  links: doc.relatedLinks,
  sections: doc.sections.map((s) => s.heading),
});

const gold = (name: string): GoldFile => {
  const json = JSON.parse(fs.readFileSync(path.join(REAL, `${name}.json`), 'utf8'));
  return { people: json.people, quotes: json.quotes, relatedLinks: json.related_links };
};

const scores = (name: string, doc: ParsedDocument) =>
  scoreFile(gold(name), { people: doc.people, quotes: doc.quotes.map((q) => ({ ...q, text: collapse(q.text) })), relatedLinks: doc.relatedLinks }).scores;

describe('format equivalence on real articles', () => {
  it('has its real articles', () => expect(ARTICLES.length).toBeGreaterThanOrEqual(4));

  for (const name of ARTICLES) {
    it(`${name}: HTML, Markdown, DOCX and NITF read as the plain text does`, async () => {
      const text = fs.readFileSync(path.join(REAL, `${name}.txt`), 'utf8');
      const fromText = parseDocument(text, { referenceDate: REFERENCE_DATE });
      const story = storyOf(text);
      const inputs = {
        html: { name: `${name}.html`, text: toHtml(story) },
        markdown: { name: `${name}.md`, text: toMarkdown(story) },
        docx: { name: `${name}.docx`, data: await toDocx(story) },
        nitf: { name: `${name}.xml`, text: toNitf(story) },
      };
      const expected = scores(name, fromText);
      for (const [format, input] of Object.entries(inputs)) {
        const [article] = await extract(input);
        expect(article!.format).toBe(format);
        const doc = parseDocument(article!.text, { referenceDate: REFERENCE_DATE });
        expect({ format, title: doc.title, ...essence(doc) }).toEqual({ format, title: fromText.title, ...essence(fromText) });
        const got = scores(name, doc);
        for (const metric of Object.keys(expected) as Array<keyof typeof expected>) expect([format, metric, Math.abs(got[metric] - expected[metric]) <= 0.01]).toEqual([format, metric, true]);
      }
    });
  }
});
