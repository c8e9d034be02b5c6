/**
 * A re-run skips sources already imported exactly as they are (their
 * fingerprint matches and nobody touched their records since), and must report
 * what parsing and planning them would have: see sync/plan/fingerprint.ts,
 * sync/store/unchanged-sources.ts and sync/hooks/editor-touch.ts.
 */
import fs from 'fs';
import path from 'path';
import { bootStrapi, type TestStrapi } from '../helpers/strapi';
import { UID, rowCounts, runImport, updatedAtSnapshot } from '../helpers/import';
import { root } from '../helpers/paths';
import type { ImportReport } from '../../server/src/sync/types';

const fixture = (name: string) => ({ name: `${name}.txt`, text: fs.readFileSync(path.join(root, 'tests/fixtures/articles', `${name}.txt`), 'utf8') });
const A = fixture('01-senate-stopgap-vote');
const B = fixture('05-charity-fraud-sentencing');
const C = fixture('12-warriors-comeback');

type Report = ImportReport;
const run = (...args: Parameters<typeof runImport>): Promise<Report> => runImport(...args);
const fileOf = (report: Report, name: string) => report.files.find((f) => f.name === name)!;
const comparable = (report: Report) =>
  report.files.map((f) => ({
    name: f.name,
    status: f.status,
    article: f.article,
    changes: [...f.changes].map(({ type, action, importKey, label, documentId }) => ({ type, action, importKey, label, documentId })).sort((x, y) => x.importKey.localeCompare(y.importKey)),
  }));

describe('re-running unchanged sources', () => {
  let app: TestStrapi;

  beforeAll(async () => {
    app = await bootStrapi();
    const first = await run(app.strapi, [A, B, C]);
    expect(first.totals.failed).toBe(0);
  });
  afterAll(async () => {
    await app?.stop();
  });

  // The dry run of the first test: every file's full report.
  let lastFull: Report;
  const articleOf = (name: string) =>
    app.strapi.db.query(UID.article).findOne({ where: { documentId: fileOf(lastFull, name).article!.documentId } }) as Promise<any>;

  it('skips parsing and planning, writes nothing, and reports what a full plan reports', async () => {
    const { strapi } = app;
    const counts = await rowCounts(strapi);
    const stamps = await updatedAtSnapshot(strapi);
    // A dry run always parses and plans: the reference for what the report must say.
    lastFull = await run(strapi, [A, B, C], { dryRun: true });
    expect(lastFull.files.every((f) => !f.sourceUnchanged)).toBe(true);

    const again = await run(strapi, [A, B, C]);
    expect(again.files.map((f) => f.sourceUnchanged)).toEqual([true, true, true]);
    expect(comparable(again)).toEqual(comparable(lastFull));
    expect(again.counts).toEqual(lastFull.counts);
    expect(again.totals).toEqual(lastFull.totals);
    expect(await rowCounts(strapi)).toEqual(counts);
    expect(await updatedAtSnapshot(strapi)).toEqual(stamps);
  });

  it("an editor's quote edit makes every later run read the source again and report the conflict", async () => {
    const { strapi } = app;
    const article: any = await strapi.db.query(UID.article).findOne({
      where: { documentId: fileOf(lastFull, A.name).article!.documentId },
      populate: { quotes: true },
    });
    const quote = article.quotes[0];
    await strapi.documents(UID.quote).update({ documentId: quote.documentId, data: { text: 'Edited by the desk.' } as any });

    for (let round = 0; round < 2; round++) {
      const report = await run(strapi, [A, B]);
      expect(fileOf(report, A.name).sourceUnchanged).toBeUndefined();
      expect(fileOf(report, A.name).changes.find((c) => c.documentId === quote.documentId)).toMatchObject({ action: 'conflict' });
      expect(fileOf(report, B.name).sourceUnchanged).toBe(true);
    }
    const quoteNow: any = await strapi.db.query(UID.quote).findOne({ where: { documentId: quote.documentId } });
    expect(quoteNow.text).toBe('Edited by the desk.');
  });

  it("a person's edit re-plans that person's articles, and moving a quote to another speaker re-plans the quote's article", async () => {
    const { strapi } = app;
    const b: any = await articleOf(B.name);
    const withPeople: any = await strapi.db.query(UID.article).findOne({ where: { id: b.id }, populate: { people: true } });
    const person = withPeople.people[0];
    await strapi.documents(UID.person).update({ documentId: person.documentId, data: { role: 'Edited role' } as any });
    let report = await run(strapi, [B, C]);
    expect(fileOf(report, B.name).sourceUnchanged).toBeUndefined();
    expect(fileOf(report, C.name).sourceUnchanged).toBe(true);

    // From the person's side: B's person takes over one of C's quotes.
    const c: any = await strapi.db.query(UID.article).findOne({ where: { documentId: fileOf(report, C.name).article!.documentId }, populate: { quotes: true } });
    const stolen = c.quotes.find((q: any) => q.importKey);
    await strapi.documents(UID.person).update({ documentId: person.documentId, data: { quotes: { connect: [stolen.documentId] } } as any });
    report = await run(strapi, [C]);
    expect(fileOf(report, C.name).sourceUnchanged).toBeUndefined();
    expect(fileOf(report, C.name).changes.find((ch) => ch.documentId === stolen.documentId)).toMatchObject({ action: 'conflict' });
  });

  it('a changed source is read and written; once written, its unchanged re-run is skipped again, and going back to the old text is not', async () => {
    const { strapi } = app;
    const fresh = fixture('09-smart-meter-outage');
    const edited = { name: fresh.name, text: fresh.text.replace(/\n\n/, '\n\nA paragraph added by the wire desk.\n\n') };
    await run(strapi, [fresh]);
    const changed = await run(strapi, [edited]);
    expect(fileOf(changed, fresh.name).sourceUnchanged).toBeUndefined();
    expect(changed.totals.updated).toBeGreaterThan(0);
    expect(fileOf(await run(strapi, [edited]), fresh.name).sourceUnchanged).toBe(true);

    const back = await run(strapi, [fresh]);
    expect(fileOf(back, fresh.name).sourceUnchanged).toBeUndefined();
    expect(back.totals.updated).toBeGreaterThan(0);
    expect(fileOf(await run(strapi, [fresh]), fresh.name).sourceUnchanged).toBe(true);
  });

  it('another reference date, --overwrite and --publish of an unpublished article are not skipped', async () => {
    const { strapi } = app;
    const other = fixture('15-folk-singer-obituary');
    await run(strapi, [other]);
    expect(fileOf(await run(strapi, [other]), other.name).sourceUnchanged).toBe(true);
    expect(fileOf(await run(strapi, [other], { referenceDate: '2025-03-01' }), other.name).sourceUnchanged).toBeUndefined();
    // The article now carries that date's fingerprint: the first run back reads the source once more.
    expect(fileOf(await run(strapi, [other]), other.name).sourceUnchanged).toBeUndefined();
    expect(fileOf(await run(strapi, [other]), other.name).sourceUnchanged).toBe(true);
    expect(fileOf(await run(strapi, [other], { overwrite: true }), other.name).sourceUnchanged).toBeUndefined();
    // Without a reference date (today's): read once, then skipped whatever the day.
    expect(fileOf(await run(strapi, [other], { referenceDate: undefined }), other.name).sourceUnchanged).toBeUndefined();
    expect(fileOf(await run(strapi, [other], { referenceDate: undefined }), other.name).sourceUnchanged).toBe(true);

    const published = await run(strapi, [other], { publish: true });
    expect(fileOf(published, other.name).sourceUnchanged).toBeUndefined();
    const documentId = fileOf(published, other.name).article!.documentId!;
    expect(await strapi.db.query(UID.article).count({ where: { documentId, publishedAt: { $notNull: true } } })).toBe(1);
    expect(fileOf(await run(strapi, [other], { publish: true }), other.name).sourceUnchanged).toBe(true);

    // Unpublished by an editor: a run that publishes has work to do again.
    await strapi.documents(UID.article).unpublish({ documentId });
    expect(fileOf(await run(strapi, [other], { publish: true }), other.name).sourceUnchanged).toBeUndefined();
    expect(await strapi.db.query(UID.article).count({ where: { documentId, publishedAt: { $notNull: true } } })).toBe(1);
  });

  it("an editor's deletion is read again once, reported as skipped, and then settles", async () => {
    const { strapi } = app;
    const d = fixture('20-flooded-school-reopens');
    const first = await run(strapi, [d]);
    const article: any = await strapi.db.query(UID.article).findOne({ where: { documentId: fileOf(first, d.name).article!.documentId }, populate: { quotes: true } });
    const gone = article.quotes[0];
    await strapi.documents(UID.quote).delete({ documentId: gone.documentId });

    const report = await run(strapi, [d]);
    expect(fileOf(report, d.name).sourceUnchanged).toBeUndefined();
    expect(fileOf(report, d.name).changes.find((c) => c.importKey === gone.importKey)).toMatchObject({ action: 'skip-deleted' });
    expect(report.totals).toMatchObject({ created: 0, updated: 0, removed: 0 });

    const settled = await run(strapi, [d]);
    expect(fileOf(settled, d.name).sourceUnchanged).toBe(true);
    expect(await strapi.db.query(UID.quote).count({ where: { importKey: gone.importKey } })).toBe(0);
  });
});
