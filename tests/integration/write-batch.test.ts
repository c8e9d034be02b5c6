/**
 * The importer writes a batch's documents in shared transactions
 * (server/src/sync/store/write-batch.ts). These prove the two halves of that
 * promise: documents really share transactions, and a document that fails
 * while it is written still fails alone, leaving neither rows nor events of
 * its own, while its transaction's other documents are written exactly once.
 */
import { bootStrapi, type TestStrapi } from '../helpers/strapi';
import { UID, rowCounts, runImport } from '../helpers/import';
import { generateCorpus } from '../../scripts/bench/corpus';

const REFUSED = 'Ferry Service Cut Again';

const story = (title: string, person: string, quote: string) => ({
  name: `${title.toLowerCase().replace(/\W+/g, '-')}.txt`,
  text: `${title}\n${person} spoke to reporters on Monday.\n"${quote}," ${person.split(' ').pop()} said.\n`,
});

describe('writing a batch in shared transactions', () => {
  let app: TestStrapi;
  let refuse = false;
  const events: Array<{ uid: string; entry: any }> = [];

  beforeAll(async () => {
    app = await bootStrapi();
    // A write that fails half-way through a document: its people are created
    // by then, its article is refused.
    app.strapi.documents.use(async (ctx: any, next: () => Promise<any>) => {
      if (refuse && ctx.uid === UID.article && ctx.action === 'create' && ctx.params?.data?.title === REFUSED) {
        throw new Error('refused by a test middleware');
      }
      return next();
    });
    app.strapi.eventHub.on('entry.create', async (payload: any) => {
      events.push({ uid: payload.uid, entry: payload.entry });
    });
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('puts many new articles in one transaction', async () => {
    const { strapi } = app;
    const docs = generateCorpus(30, 7).map((a) => ({ name: a.fileName, text: a.text }));
    // People quoted before: the later transactions continue their join-table orders.
    expect((await runImport(strapi, docs.slice(0, 10))).totals.failed).toBe(0);
    // Article inserts per transaction, from the statements the connection runs.
    const perTransaction: number[] = [];
    let open: number | null = null;
    const onQuery = (q: { sql: string }) => {
      const sql = q.sql.trim().toLowerCase();
      if (sql.startsWith('begin')) open = 0;
      else if (sql.startsWith('commit') || sql.startsWith('rollback')) {
        if (open !== null) perTransaction.push(open);
        open = null;
      } else if (open !== null && /^insert into "?`?newsroom_articles"?`? /.test(sql)) open += 1;
    };
    strapi.db.connection.on('query', onQuery);
    try {
      const report = await runImport(strapi, docs.slice(10));
      expect(report.totals.failed).toBe(0);
      expect(report.counts.article.create).toBe(20);
    } finally {
      strapi.db.connection.removeListener('query', onQuery);
    }
    const writing = perTransaction.filter((n) => n > 0);
    expect(writing.reduce((a, b) => a + b, 0)).toBe(20);
    // One transaction per article would be 20 of them with one insert each.
    expect(writing.length).toBeLessThan(10);
    expect(Math.max(...writing)).toBeGreaterThan(2);

    // The documents of a transaction share what their bulk writes learnt
    // about join-table orders: each person's quotes and articles must still
    // be numbered 1..n in the order they were created, as one Document
    // Service create at a time numbers them.
    for (const [table, target, source, order] of [
      ['newsroom_quotes_speaker_lnk', 'person_id', 'quote_id', 'quote_ord'],
      ['newsroom_articles_people_lnk', 'person_id', 'article_id', 'article_ord'],
    ]) {
      const rows: any[] = await strapi.db.connection(table).select(target, source, order).orderBy([target, source]);
      const byTarget = new Map<number, number[]>();
      for (const row of rows) byTarget.set(row[target], [...(byTarget.get(row[target]) ?? []), Number(row[order])]);
      expect(byTarget.size).toBeGreaterThan(5);
      for (const [person, orders] of byTarget) {
        expect({ table, person, orders }).toEqual({ table, person, orders: orders.map((_, i) => i + 1) });
      }
    }
  });

  it('a document refused while written fails alone: no rows, no events; its neighbours are written once', async () => {
    const { strapi } = app;
    const before = await rowCounts(strapi);
    const docs = [
      story('Harbour Wall Repaired', 'Engineer Tomasz Wielgus', 'The wall will hold for fifty years'),
      story(REFUSED, 'Skipper Odile Marchetti', 'We were told nothing before the timetable changed'),
      story('Lighthouse Opens To Visitors', 'Keeper Anwen Pryce', 'Everyone should see the lamp once'),
    ];
    events.length = 0;
    refuse = true;
    let report;
    try {
      report = await runImport(strapi, docs);
    } finally {
      refuse = false;
    }
    expect(report.files.map((f: any) => f.status)).toEqual(['imported', 'failed', 'imported']);
    expect(report.files[1].error).toMatch(/refused by a test middleware/);

    const after = await rowCounts(strapi);
    expect(after.article - before.article).toBe(2);
    expect(after.person - before.person).toBe(2);
    expect(after.quote - before.quote).toBe(2);
    const names = (await strapi.db.query(UID.person).findMany({ select: ['name'] })).map((p: any) => p.name);
    expect(names).toEqual(expect.arrayContaining(['Tomasz Wielgus', 'Anwen Pryce']));
    expect(names).not.toContain('Odile Marchetti');

    // Events are sent after the commit: the rolled-back attempt sent none,
    // the neighbours' records one each.
    await new Promise((resolve) => setTimeout(resolve, 200));
    const created = (uid: string) => events.filter((e) => e.uid === uid);
    expect(created(UID.article).map((e) => e.entry.title).sort()).toEqual(['Harbour Wall Repaired', 'Lighthouse Opens To Visitors']);
    expect(created(UID.person).map((e) => e.entry.name).sort()).toEqual(['Anwen Pryce', 'Tomasz Wielgus']);
    expect(created(UID.quote)).toHaveLength(2);

    // The refused source imports once nothing refuses it, into the same people table.
    const again = await runImport(strapi, docs);
    expect(again.files.map((f: any) => f.status)).toEqual(['unchanged', 'imported', 'unchanged']);
    expect((await rowCounts(strapi)).person - before.person).toBe(3);
  });
});
