import fs from 'fs';
import os from 'os';
import path from 'path';
import request from 'supertest';
import { bootStrapi, createApiToken, type TestStrapi } from '../helpers/strapi';
import { REFERENCE_DATE, UID, rowCounts, runCli } from '../helpers/import';
import { buildDocx } from '../helpers/docx';
import { root } from '../helpers/paths';

const FORMATS = path.join(root, 'tests', 'fixtures', 'formats');
const fixture = (name: string) => fs.readFileSync(path.join(FORMATS, name));

const DOCX = [
  { title: 'Quarry expansion refused' },
  { paragraph: 'The planning board refused the quarry expansion on Thursday, chair Hana Kato said.' },
  { paragraph: '"The road cannot take more lorries," Kato said.' },
];

/** An Article with its quotes, by import key. */
const article = async (app: TestStrapi, importKey: string) =>
  app.strapi.db.query(UID.article).findOne({ where: { importKey }, populate: { quotes: true, relatedLinks: true } });

/** Every quote's offsets index the text the Article stores for them. */
const offsetsHold = (row: { source: string; sourceText: string | null; quotes: Array<{ text: string; startOffset: number; endOffset: number }> }) =>
  row.quotes.every((q) => (row.sourceText ?? row.source).slice(q.startOffset, q.endOffset) === q.text);

describe('Formats through the doors: CLI and HTTP', () => {
  let app: TestStrapi;
  beforeAll(async () => {
    app = await bootStrapi();
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('CLI: a glob of HTML, Word, Markdown, feed and wire files imports each article; a broken file writes nothing', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-formats-'));
    for (const name of ['page.html', 'article.md', 'feed.atom', 'article.nitf.xml', 'item-nitf.newsml.xml', 'item.ninjs2.json']) fs.copyFileSync(path.join(FORMATS, name), path.join(dir, name));
    fs.writeFileSync(path.join(dir, 'quarry.docx'), await buildDocx(DOCX));
    fs.copyFileSync(path.join(FORMATS, 'bad', 'billion-laughs.xml'), path.join(dir, 'laughs.xml'));
    const before = await rowCounts(app.strapi);

    const result = runCli(['import', path.join(dir, '**/*.{html,docx,md,atom,xml,json}'), '--json', '--reference-date', REFERENCE_DATE], app.env);
    expect(result.status).toBe(1);
    const report = JSON.parse(result.stdout);
    const status = Object.fromEntries(report.files.map((f: any) => [path.basename(f.name), f.status]));
    expect(status).toEqual({
      'article.md': 'imported',
      'article.nitf.xml': 'imported',
      'feed.atom#1': 'imported',
      'item-nitf.newsml.xml': 'imported',
      'item.ninjs2.json': 'imported',
      'laughs.xml': 'failed',
      'page.html': 'imported',
      'quarry.docx': 'imported',
    });
    expect(result.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^newsroom: .*laughs\.xml: NITF: declares XML entities \(<!ENTITY>\), which are never expanded; refused$/)]);
    expect((await rowCounts(app.strapi)).article).toBe(before.article + 7);

    const page = await article(app, 'article:url:https://valleytimes.example/news/harbour-plan');
    expect(page).toMatchObject({ title: 'Council approves harbour plan', outlet: 'Valley Times', publishedDate: '2024-03-05', source: fixture('page.html').toString('utf8') });
    expect(page.quotes).toHaveLength(4);
    expect(offsetsHold(page)).toBe(true);
    expect(page.relatedLinks.map((l: any) => l.url)).toContain('https://valleytimes.example/news/harbour-delay');
    // Nothing of the page's scripts, styles or event handlers in what was extracted from it.
    const extracted = JSON.stringify({ ...page, source: undefined });
    expect(extracted).not.toMatch(/INJECTED|<script|onclick|javascript:/);

    const docx = (await app.strapi.db.query(UID.article).findMany({ where: { title: 'Quarry expansion refused' }, populate: { quotes: true } }))[0];
    expect(docx.source).toMatch(/^data:application\/vnd\.openxmlformats-officedocument\.wordprocessingml\.document;base64,/);
    expect(docx.quotes.map((q: any) => q.text)).toEqual(['The road cannot take more lorries,']);
    expect(offsetsHold(docx)).toBe(true);

    const nitf = await article(app, 'article:id:vt-2024-0310-storm');
    expect(nitf).toMatchObject({ title: 'Storm closes coastal road', publishedDate: '2024-03-10' });
    expect(offsetsHold(nitf)).toBe(true);

    // A re-run finds every article unchanged.
    const again = runCli(['import', path.join(dir, '**/*.{html,docx,md,atom,json}'), '--json', '--reference-date', REFERENCE_DATE], app.env);
    expect(again.status).toBe(0);
    expect(JSON.parse(again.stdout).files.map((f: any) => f.status)).toEqual(Array(5).fill('unchanged'));
  });

  it('HTTP: text formats as text, Word as base64 data; a page and then its feed item are one Article', async () => {
    const token = await createApiToken(app.strapi, { type: 'custom', permissions: ['plugin::newsroom.import.create'] });
    const post = (body: object) => request(app.strapi.server.httpServer).post('/api/newsroom/imports').set('Authorization', `Bearer ${token}`).send({ referenceDate: REFERENCE_DATE, ...body });
    const before = await rowCounts(app.strapi);

    const first = await post({
      documents: [
        { name: 'fragment.html', text: fixture('fragment.html').toString('utf8') },
        { name: 'upload', data: (await buildDocx([{ title: 'Ferry fares frozen' }, { paragraph: '"Fares stay as they are," said operator Ian Fox.' }])).toString('base64'), contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
        { name: 'item.ninjs1.json', text: fixture('item.ninjs1.json').toString('utf8') },
        { name: 'laughs.xml', text: fixture('bad/billion-laughs.xml').toString('utf8') },
      ],
    }).expect(200);
    expect(first.body.data.files.map((f: any) => [f.name, f.status])).toEqual([
      ['fragment.html', 'imported'],
      ['upload', 'imported'],
      ['item.ninjs1.json', 'imported'],
      ['laughs.xml', 'failed'],
    ]);
    expect(first.body.data.files[3].error).toBe('laughs.xml: NITF: declares XML entities (<!ENTITY>), which are never expanded; refused');
    expect((await rowCounts(app.strapi)).article).toBe(before.article + 3);

    const bad = await post({ documents: [{ name: 'x.docx', data: 'not base64!' }] });
    expect(bad.status).toBe(400);
    const both = await post({ documents: [{ name: 'x', text: 'a', data: 'YQ==' }] });
    expect(both.status).toBe(400);

    // The page was imported by the CLI above; its feed item has the same link.
    const key = 'article:url:https://valleytimes.example/news/harbour-plan';
    const feed = await post({ documents: [{ name: 'feed.rss', text: fixture('feed.rss').toString('utf8') }] }).expect(200);
    expect(feed.body.data.files.map((f: any) => [f.name, f.status, f.article?.importKey])).toEqual([
      ['feed.rss#1', 'imported', key],
      ['feed.rss#2', 'imported', 'article:id:vt-2024-0306-garden'],
    ]);
    expect(await app.strapi.db.query(UID.article).count({ where: { importKey: key } })).toBe(1);
    const story = await article(app, key);
    // Now kept from the feed: the item's own markup as its source, the item's text beside it.
    expect(story.source).toMatch(/^<item>[\s\S]*<\/item>$/);
    expect(story.sourceText).toMatch(/^---\ntitle: Council approves harbour plan\n/);
  });
});
