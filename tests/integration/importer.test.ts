import request from 'supertest';
import { bootStrapi, type TestStrapi } from '../helpers/strapi';
import { SAMPLE, UID, rowCounts, runImport, updatedAtSnapshot } from '../helpers/import';

const sample = { name: '000_df82d9f9d3191450.txt', text: SAMPLE };

describe('importer service on the sample document', () => {
  let app: TestStrapi;

  beforeAll(async () => {
    app = await bootStrapi({ publicRead: true });
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('imports one article with its speaker, titled people, quotes, link and sections', async () => {
    const { strapi } = app;
    const report = await runImport(strapi, [sample], { publish: true });
    expect(report.totals.failed).toBe(0);
    expect(report.counts.article.create).toBe(1);

    const articles = await strapi.documents(UID.article).findMany({
      status: 'published',
      populate: { quotes: { populate: ['speaker'] }, people: true, relatedLinks: true },
    } as any);
    expect(articles).toHaveLength(1);
    const [article] = articles as any[];

    // Every quote belongs to the one speaker, linked to one Person record.
    const speakers = new Set(article.quotes.map((q: any) => q.speaker?.documentId));
    expect(speakers.size).toBe(1);
    expect(article.quotes[0].speaker.name).toBe('Isaac Herzog');
    // The evidence for each speaker is stored where editors see it.
    for (const q of article.quotes) {
      expect(q.attribution).not.toBe('none');
      expect(q.confidence).toBeGreaterThan(0.6);
    }
    expect(article.quotes.length).toBeGreaterThanOrEqual(8);
    expect(await strapi.db.query(UID.person).count({ where: { name: 'Isaac Herzog' } })).toBe(1);

    const people = Object.fromEntries(article.people.map((p: any) => [p.name, p.role]));
    expect(people).toMatchObject({
      'Isaac Herzog': 'Israeli President',
      'Benjamin Netanyahu': 'Prime Minister',
      'Kamala Harris': 'Vice President',
    });

    expect(article.relatedLinks).toHaveLength(1);
    expect(article.relatedLinks[0].url).toBeNull();
    expect(article.relatedLinks[0].title).toMatch(/^Blinken Lays Out/);

    const headings = article.body.filter((b: any) => b.type === 'heading').map((b: any) => b.children[0].text);
    expect(headings).toEqual(['Efforts to Bring the Hostages Home', 'Visible Differences in Approach']);
    expect(article.publishedDate).toBe('2023-11-09');
    expect(article.outlet).toBe('NBC News');
    expect(article.source).toBe(SAMPLE);

    // And over REST, with populate, through the published article.
    const res = await request(strapi.server.httpServer)
      .get(`/api/newsroom/articles/${article.documentId}`)
      .query('populate[quotes][populate]=speaker&populate[people]=true&populate[relatedLinks]=true')
      .expect(200);
    expect(res.body.data.quotes).toHaveLength(article.quotes.length);
    expect(res.body.data.quotes.every((q: any) => q.speaker?.name === 'Isaac Herzog')).toBe(true);
    // Editor-visible, so public too: not private bookkeeping.
    expect(res.body.data.quotes.every((q: any) => typeof q.attribution === 'string' && typeof q.confidence === 'number')).toBe(true);
    expect(res.body.data.people).toHaveLength(3);
    expect(res.body.data.relatedLinks).toEqual([expect.objectContaining({ url: null })]);
  });

  it('re-running the same file creates and updates nothing', async () => {
    const { strapi } = app;
    const counts = await rowCounts(strapi);
    const stamps = await updatedAtSnapshot(strapi);
    const report = await runImport(strapi, [sample], { publish: true });
    expect(report.totals).toMatchObject({ failed: 0, created: 0, updated: 0, conflicts: 0, removed: 0 });
    expect(report.files[0].status).toBe('unchanged');
    expect(await rowCounts(strapi)).toEqual(counts);
    expect(await updatedAtSnapshot(strapi)).toEqual(stamps);
  });

  it("keeps editors' edits and reports them as conflicts; --overwrite takes the source back", async () => {
    const { strapi } = app;
    const quote = (await strapi.documents(UID.quote).findMany({ sort: 'position', limit: 1 }))[0] as any;
    const person = (await strapi.db.query(UID.person).findOne({ where: { name: 'Isaac Herzog' } })) as any;
    await strapi.documents(UID.quote).update({ documentId: quote.documentId, data: { text: 'Edited by the desk.' } as any });
    await strapi.documents(UID.person).update({ documentId: person.documentId, data: { role: 'President of Israel' } as any });

    const report = await runImport(strapi, [sample]);
    const conflicts = report.files[0].changes.filter((c: any) => c.action === 'conflict');
    expect(conflicts.map((c: any) => [c.type, c.conflicts.map((f: any) => f.field)])).toEqual(
      expect.arrayContaining([
        ['quote', ['text']],
        ['person', ['role']],
      ])
    );
    expect(report.totals.conflicts).toBe(2);
    expect(((await strapi.documents(UID.quote).findOne({ documentId: quote.documentId })) as any).text).toBe('Edited by the desk.');
    expect(((await strapi.documents(UID.person).findOne({ documentId: person.documentId })) as any).role).toBe('President of Israel');

    const overwrite = await runImport(strapi, [sample], { overwrite: true });
    expect(overwrite.totals.conflicts).toBe(0);
    expect(((await strapi.documents(UID.quote).findOne({ documentId: quote.documentId })) as any).text).toBe(quote.text);
    expect(((await strapi.documents(UID.person).findOne({ documentId: person.documentId })) as any).role).toBe('Israeli President');

    const again = await runImport(strapi, [sample]);
    expect(again.totals).toMatchObject({ created: 0, updated: 0, conflicts: 0 });
  });

  it('a changed source updates one quote and removes another, nothing else', async () => {
    const { strapi } = app;
    const before = await updatedAtSnapshot(strapi);
    const dropped = '"We are working both on the military funds and on all other fronts to bring them back home," he added.\n';
    expect(SAMPLE).toContain(dropped);
    const changed = SAMPLE.replace('hand-picked and checked', 'hand-picked and double-checked').replace(dropped, '');

    const report = await runImport(strapi, [{ ...sample, text: changed }]);
    expect(report.counts.quote).toMatchObject({ create: 0, update: 1, remove: 1, conflict: 0 });
    expect(report.counts.person).toMatchObject({ create: 0, update: 0, conflict: 0 });
    expect(report.counts['related-link']).toMatchObject({ create: 0, update: 0, remove: 0 });
    const updated = report.files[0].changes.find((c: any) => c.type === 'quote' && c.action === 'update');
    expect(updated?.fields).toContain('text');

    const after = await updatedAtSnapshot(strapi);
    const touched = (prefix: string) => Object.keys(after).filter((k) => k.startsWith(prefix) && after[k] !== before[k]);
    expect(touched(UID.person)).toHaveLength(0);
    // Quotes the change moved are rewritten with their new offsets (the misquote guard reads them), not reported as updates.
    expect(touched(UID.quote).length).toBeGreaterThanOrEqual(1);
    const spans = (await strapi.db.query(UID.quote).findMany({ select: ['text', 'startOffset', 'endOffset'] })) as Array<{ text: string; startOffset: number; endOffset: number }>;
    for (const q of spans) expect(changed.slice(q.startOffset, q.endOffset)).toBe(q.text);
    const texts = (await strapi.documents(UID.quote).findMany({})).map((q: any) => q.text);
    expect(texts).toContain('Every target is hand-picked and double-checked by legal experts and security experts,');
    expect(texts.some((t: string) => t.startsWith('We are working both'))).toBe(false);

    // Back to the original: the removed quote returns, the typo fix is undone.
    await runImport(strapi, [sample]);
  });

  it('does not bring back a quote an editor deleted, unless told to overwrite', async () => {
    const { strapi } = app;
    const target = (await strapi.documents(UID.quote).findMany({ filters: { text: { $startsWith: 'Whilst' } } }))[0] as any;
    await strapi.documents(UID.quote).delete({ documentId: target.documentId });
    const count = await strapi.db.query(UID.quote).count();

    const report = await runImport(strapi, [sample]);
    expect(report.counts.quote['skip-deleted']).toBe(1);
    expect(report.counts.quote.create).toBe(0);
    expect(await strapi.db.query(UID.quote).count()).toBe(count);

    const restored = await runImport(strapi, [sample], { overwrite: true });
    expect(restored.counts.quote.restore).toBe(1);
    expect(await strapi.db.query(UID.quote).count()).toBe(count + 1);
    expect(await strapi.db.query(UID.tombstone).count()).toBe(0);
  });

  it('two articles naming the same person share one Person', async () => {
    const { strapi } = app;
    const second = {
      name: 'herzog-visit.txt',
      text: 'President visits the north\nIsraeli President Isaac Herzog toured the northern border on Sunday.\n"We will rebuild every home," Herzog said.\n',
    };
    const report = await runImport(strapi, [second]);
    expect(report.totals.failed).toBe(0);
    expect(report.counts.person.create).toBe(0);
    const herzog = (await strapi.db.query(UID.person).findMany({ where: { name: 'Isaac Herzog' }, populate: ['articles'] })) as any[];
    expect(herzog).toHaveLength(1);
    const titles = new Set(herzog[0].articles.map((a: any) => a.documentId));
    expect(titles.size).toBe(2);
  });

  it('a dry run writes nothing and still reports the diff', async () => {
    const { strapi } = app;
    const counts = await rowCounts(strapi);
    const stamps = await updatedAtSnapshot(strapi);
    const runs = await strapi.db.query(UID.run).count();
    const fresh = { name: 'fresh.txt', text: 'Harbour plan approved\nMayor Lena Ortiz said on Friday: "The harbour will open in May."\n' };
    const report = await runImport(strapi, [fresh, { ...sample, text: SAMPLE.replace('hand-picked', 'hand picked') }], { dryRun: true });
    expect(report.dryRun).toBe(true);
    expect(report.counts.article.create).toBe(1);
    expect(report.counts.quote.update).toBe(1);
    expect(await rowCounts(strapi)).toEqual(counts);
    expect(await updatedAtSnapshot(strapi)).toEqual(stamps);
    expect(await strapi.db.query(UID.run).count()).toBe(runs);
  });

  it('records every run with who, which files and what changed', async () => {
    const { strapi } = app;
    const runs = (await strapi.documents(UID.run).findMany({ sort: { startedAt: 'desc' } } as any)) as any[];
    expect(runs.length).toBeGreaterThanOrEqual(5);
    const conflicted = runs.find((r) => (r.conflicts ?? []).length === 2);
    expect(conflicted).toBeDefined();
    expect(conflicted.actor).toBe('test');
    expect(conflicted.actorType).toBe('cli');
    expect(conflicted.files[0]).toMatchObject({ name: '000_df82d9f9d3191450.txt', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(conflicted.counts.quote.conflict).toBe(1);
  });

  it('one bad document fails alone, without a partial record', async () => {
    const { strapi } = app;
    const counts = await rowCounts(strapi);
    const report = await runImport(strapi, [
      { name: 'empty.txt', text: '   \n' },
      { name: 'binary.txt', text: 'abc\u0000def' },
      { name: 'ok.txt', text: 'Council backs bridge\nCouncillor Priya Nair said: "The bridge is safe."\n' },
    ]);
    expect(report.files.map((f: any) => f.status)).toEqual(['failed', 'failed', 'imported']);
    expect(report.files[0].error).toMatch(/empty/i);
    expect(report.files[1].error).toMatch(/binary|NUL/i);
    expect((await rowCounts(strapi)).article).toBe(counts.article + 1);
  });
});
