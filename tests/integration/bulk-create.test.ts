/**
 * The importer writes new quotes and related links in bulk
 * (server/src/sync/store/bulk-writer.ts) instead of one Document Service `create`
 * each. This proves the rows are the ones the Document Service would write:
 * the same imports are replayed with a Document Service create per quote and
 * link on an emptied database, and every affected table must come out the
 * same, ids, documentIds and timestamps aside (foreign keys compared through
 * the import keys of what they point at).
 */
import type { Core } from '@strapi/strapi';
import { bootStrapi, type TestStrapi } from '../helpers/strapi';
import { REFERENCE_DATE, SAMPLE, UID, runImport } from '../helpers/import';
import { parseDocument } from '../../server/src/parse';
import { desiredFromParsed } from '../../server/src/sync/plan/desired-records';
import { loadExisting } from '../../server/src/sync/store/load-existing';
import { planSync } from '../../server/src/sync/plan/plan-sync';
import type { RecordOp } from '../../server/src/sync/plan/types';
import { sourceFingerprint } from '../../server/src/sync/plan/fingerprint';
import { sha256 } from '../../server/src/sync/plan/import-keys';
import { runAsImporter } from '../../server/src/sync/hooks/import-context';
import { capabilityProblems, outputSanitizer } from '../../server/src/sync/store/strapi-bulk-adapter';
import { documentServiceWriter } from '../../server/src/sync/store/record-writer';
import { importBatch } from '../../server/src/sync/import-batch';
import { sanitize } from '@strapi/utils';
import { generateCorpus } from '../../scripts/bench/corpus';

type Doc = { name: string; text: string };

// The sample quote appended to the end: a re-import creates one quote on an
// article that has a published version by then.
const ADDED = '\n"We will keep every channel open until the last hostage is home," Herzog said.\n';
const STEPS: Array<{ docs: Doc[]; publish: boolean }> = [
  {
    docs: [
      { name: 'sample.txt', text: SAMPLE },
      // Shares the sample's speaker: its quotes continue that person's order column.
      {
        name: 'visit.txt',
        text: 'President visits the north\nIsraeli President Isaac Herzog toured the border on Sunday.\n"We will rebuild every home," Herzog said.\n\nRead also: Rebuilding the north, one town at a time\n',
      },
    ],
    publish: true,
  },
  { docs: [{ name: 'sample.txt', text: SAMPLE + ADDED }], publish: false },
];

const TABLES = {
  articles: 'newsroom_articles',
  people: 'newsroom_people',
  quotes: 'newsroom_quotes',
  links: 'newsroom_related_links',
  articlePeople: 'newsroom_articles_people_lnk',
  quoteSpeaker: 'newsroom_quotes_speaker_lnk',
  quoteArticle: 'newsroom_quotes_article_lnk',
  linkArticle: 'newsroom_related_links_article_lnk',
} as const;

const VOLATILE = new Set(['id', 'document_id', 'created_at', 'updated_at', 'published_at']);

/** Every row of the affected tables, ids replaced by what they identify, sorted. */
async function snapshot(strapi: Core.Strapi) {
  const knex = strapi.db.connection;
  const rows = async (table: string) => (await knex(table).select('*')) as Array<Record<string, any>>;
  const identity = new Map<string, string>();
  const entity = async (table: string) => {
    const all = await rows(table);
    for (const row of all) {
      const version = table === TABLES.articles ? (row.published_at ? ':published' : ':draft') : '';
      identity.set(`${table}#${row.id}`, `${row.import_key}${version}`);
    }
    return all;
  };
  const clean = (row: Record<string, any>, refs: Record<string, string>) => {
    const out: Record<string, unknown> = {};
    for (const [column, value] of Object.entries(row)) {
      if (VOLATILE.has(column)) continue;
      out[column] = refs[column] ? identity.get(`${refs[column]}#${value}`) : typeof value === 'string' && /^[[{]/.test(value) ? JSON.parse(value) : value;
    }
    return out;
  };
  const sorted = (list: Array<Record<string, unknown>>) => list.sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

  const tables: Record<string, Array<Record<string, unknown>>> = {};
  for (const key of ['articles', 'people', 'quotes', 'links'] as const) {
    const all = await entity(TABLES[key]);
    // Types without draft & publish get publishedAt on create, the Document Service way.
    if (key !== 'articles') expect(all.every((row) => row.published_at !== null)).toBe(true);
    tables[key] = all.map((row) => clean(row, {}));
  }
  const refs = {
    article_id: TABLES.articles,
    person_id: TABLES.people,
    quote_id: TABLES.quotes,
    related_link_id: TABLES.links,
  };
  for (const key of ['articlePeople', 'quoteSpeaker', 'quoteArticle', 'linkArticle'] as const) {
    tables[key] = (await rows(TABLES[key])).map((row) => clean(row, refs));
  }
  return Object.fromEntries(Object.entries(tables).map(([key, list]) => [key, sorted(list)]));
}

async function emptyTables(strapi: Core.Strapi) {
  const knex = strapi.db.connection;
  for (const table of [TABLES.articlePeople, TABLES.quoteSpeaker, TABLES.quoteArticle, TABLES.linkArticle]) await knex(table).del();
  for (const table of [TABLES.quotes, TABLES.links, TABLES.articles, TABLES.people, 'newsroom_tombstones']) await knex(table).del();
}

/**
 * The same imports the way Strapi's own seed scripts write: the importer's
 * plans, applied with one Document Service call per record (people, then the
 * article with its people relation, then each new quote and link).
 */
async function importThroughDocumentService(strapi: Core.Strapi, docs: Doc[], publish: boolean) {
  const slug = (uid: string, data: Record<string, unknown>) =>
    strapi.plugin('content-manager').service('uid').generateUIDField({ contentTypeUID: uid, field: 'slug', data });
  const bookkeeping = (op: RecordOp) => ({ importKey: op.key, importedFields: op.importedFields });
  for (const doc of docs) {
    const parsed = parseDocument(doc.text, { referenceDate: REFERENCE_DATE, fileName: doc.name });
    const desired = desiredFromParsed(parsed, doc.text, doc.name);
    // As the importer does: the article records what it was imported from.
    desired.fingerprint = sourceFingerprint(sha256(doc.text), doc.name, REFERENCE_DATE);
    await runAsImporter(() =>
      strapi.db.transaction(async () => {
        const existing = await loadExisting(strapi, desired);
        const plan = planSync(desired, existing, { overwrite: false, publish });
        const children = [...plan.quotes, ...plan.links];
        expect(children.every((op) => op.op === 'create' || op.op === 'none')).toBe(true);
        expect(plan.article.op).not.toBe('none');

        const personIds = new Map([...existing.people].map(([key, person]) => [key, person.documentId]));
        for (const op of plan.people) {
          const data = { ...op.data, ...bookkeeping(op) };
          if (op.op === 'create') {
            const created = await strapi.documents(UID.person).create({ data: { ...data, slug: await slug(UID.person, { name: op.data.name }) } as any });
            personIds.set(op.key, created.documentId);
          } else if (op.op === 'update') {
            await strapi.documents(UID.person).update({ documentId: op.documentId as string, data: data as any });
          }
        }
        const article: Record<string, unknown> = { ...plan.article.data, ...bookkeeping(plan.article), importFingerprint: plan.fingerprint };
        if (Array.isArray(article.people)) article.people = article.people.map((key) => personIds.get(key as string));
        const articleId =
          plan.article.op === 'create'
            ? (await strapi.documents(UID.article).create({ data: { ...article, slug: await slug(UID.article, { title: article.title }) } as any })).documentId
            : (await strapi.documents(UID.article).update({ documentId: plan.article.documentId as string, data: article as any }))!.documentId;

        for (const op of children.filter((o: RecordOp) => o.op === 'create')) {
          const { speaker, ...fields } = op.data;
          const data: Record<string, unknown> = { ...fields, ...bookkeeping(op), article: articleId };
          if (op.type === 'quote') data.speaker = typeof speaker === 'string' ? personIds.get(speaker) : null;
          await strapi.documents((op.type === 'quote' ? UID.quote : UID.link) as any).create({ data: data as any });
        }
        if (plan.publish) await strapi.documents(UID.article).publish({ documentId: articleId });
      })
    );
  }
}

describe('bulk-written quotes and links are the rows the Document Service writes', () => {
  let app: TestStrapi;

  beforeAll(async () => {
    app = await bootStrapi({ publicRead: true });
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('first import (published), a second article sharing the speaker, then a re-import adding a quote', async () => {
    const { strapi } = app;
    for (const step of STEPS) {
      const report = await runImport(strapi, step.docs, { publish: step.publish });
      expect(report.totals.failed).toBe(0);
    }
    const bulk = await snapshot(strapi);
    // The steps did what they are here for.
    expect(bulk.quotes.length).toBeGreaterThanOrEqual(10);
    expect(bulk.links.length).toBeGreaterThanOrEqual(2);
    expect(bulk.quoteArticle.some((row: any) => String(row.article_id).endsWith(':published'))).toBe(true);
    expect(bulk.quoteSpeaker.some((row: any) => row.quote_ord > 1)).toBe(true);
    const added = bulk.quotes.find((q: any) => q.text.startsWith('We will keep every channel open')) as any;
    expect(added).toBeDefined();
    // Created after the article was published: linked to its draft and to its published version.
    expect(bulk.quoteArticle.filter((row: any) => row.quote_id === added.import_key).map((row: any) => String(row.article_id).split(':').pop()).sort()).toEqual([
      'draft',
      'published',
    ]);

    await emptyTables(strapi);
    for (const step of STEPS) await importThroughDocumentService(strapi, step.docs, step.publish);
    const reference = await snapshot(strapi);

    expect(bulk).toEqual(reference);
  });

  it('articles written together in one transaction, their writes held back and flushed per table, give the same rows', async () => {
    const { strapi } = app;
    await emptyTables(strapi);
    // People quoted before, then many new articles naming them in one run:
    // one transaction (sync/store/write-batch.ts) whose people links, quotes and
    // links go in one statement per table (SharedWrites in sync/store/apply-plan.ts).
    const corpus = generateCorpus(42, 11).map((a) => ({ name: a.fileName, text: a.text }));
    const steps = [corpus.slice(0, 30), corpus.slice(30)];
    expect((await runImport(strapi, steps[0])).totals.failed).toBe(0);
    let quoteInserts = 0;
    const onQuery = (q: { sql: string }) => {
      if (/^insert into [`"]newsroom_quotes[`"] /i.test(q.sql)) quoteInserts += 1;
    };
    strapi.db.connection.on('query', onQuery);
    try {
      expect((await runImport(strapi, steps[1])).totals.failed).toBe(0);
    } finally {
      strapi.db.connection.removeListener('query', onQuery);
    }
    // The twelve articles' quotes went in a few statements, not one per article.
    expect(quoteInserts).toBeLessThan(6);
    const bulk = await snapshot(strapi);
    expect(bulk.articles).toHaveLength(42);
    expect(bulk.quoteSpeaker.some((row: any) => row.quote_ord > 3)).toBe(true);
    expect(bulk.articlePeople.some((row: any) => row.article_ord > 3)).toBe(true);

    await emptyTables(strapi);
    for (const docs of steps) await importThroughDocumentService(strapi, docs, false);
    expect(bulk).toEqual(await snapshot(strapi));
  });

  it('emits entry.create for each bulk-written quote and link, private fields sanitized away', async () => {
    const { strapi } = app;
    const events: Array<{ uid: string; entry: Record<string, unknown> }> = [];
    const listener = async (event: any) => {
      events.push({ uid: event.uid, entry: event.entry });
    };
    strapi.eventHub.on('entry.create', listener);
    try {
      const report = await runImport(strapi, [{ name: 'events.txt', text: 'Harbour reopens\nMayor Lena Ortiz said on Friday: "The harbour will open in May." She added: "Boats come first."\n\nRead also: The harbour, ten years on\n' }]);
      expect(report.totals.failed).toBe(0);
      // Emitted after the commit, without being awaited by it.
      await new Promise((resolve) => setTimeout(resolve, 200));
    } finally {
      strapi.eventHub.off('entry.create', listener);
    }
    const quotes = events.filter((e) => e.uid === UID.quote);
    const links = events.filter((e) => e.uid === UID.link);
    expect(quotes.map((e) => e.entry.text).sort()).toEqual(['Boats come first.', 'The harbour will open in May.']);
    expect(links.map((e) => e.entry.title)).toEqual(['The harbour, ten years on']);
    for (const { entry } of [...quotes, ...links]) {
      expect(entry).toEqual(expect.objectContaining({ id: expect.anything(), documentId: expect.any(String), publishedAt: expect.anything() }));
      expect(entry).not.toHaveProperty('importKey');
      expect(entry).not.toHaveProperty('importedFields');
    }
  });

  it("the events' entries are what Strapi's defaultSanitizeOutput makes of the rows", async () => {
    const { strapi } = app;
    for (const uid of [UID.quote, UID.link]) {
      const model: any = strapi.getModel(uid as any);
      // Every attribute the model has (private ones, timestamps, relations) plus an id.
      const row = Object.fromEntries([['id', 7], ...Object.keys(model.attributes).map((name, i) => [name, `value ${i}`])]);
      const expected = await sanitize.sanitizers.defaultSanitizeOutput({ schema: model, getModel: (u: any) => strapi.getModel(u) } as any, row as any);
      expect(outputSanitizer(model)(row)).toEqual(expected);
      expect(Object.keys(expected).length).toBeLessThan(Object.keys(row).length);
    }
  });

  it('the record writer\'s reference, the Document Service, gives the same rows through the importer', async () => {
    const { strapi } = app;
    await emptyTables(strapi);
    for (const step of STEPS) expect((await runImport(strapi, step.docs, { publish: step.publish })).totals.failed).toBe(0);
    const bulk = await snapshot(strapi);

    await emptyTables(strapi);
    for (const step of STEPS) {
      const prepared = await importBatch(strapi, step.docs, { publish: step.publish, referenceDate: REFERENCE_DATE }, documentServiceWriter);
      expect(prepared.map((p) => p.report.status)).not.toContain('failed');
    }
    expect(await snapshot(strapi)).toEqual(bulk);
  });

  it('the Strapi internals the bulk writer mirrors are all there, and a missing one is named', async () => {
    const { strapi } = app;
    expect(capabilityProblems(strapi)).toEqual([]);
    const attribute = strapi.db.metadata.get(UID.quote).attributes.documentId as { default?: unknown };
    const generate = attribute.default;
    try {
      delete attribute.default;
      expect(capabilityProblems(strapi)).toEqual([expect.stringContaining(`${UID.quote} documentId generator`)]);
    } finally {
      attribute.default = generate;
    }
    expect(capabilityProblems(strapi)).toEqual([]);
  });

  it('the content API serves bulk-written quotes like any other', async () => {
    const { strapi } = app;
    await emptyTables(strapi);
    await runImport(strapi, STEPS[0].docs, { publish: true });
    const [article] = (await strapi.documents(UID.article).findMany({
      status: 'published',
      filters: { title: { $startsWith: 'President visits' } },
      populate: { quotes: { populate: ['speaker'] }, relatedLinks: true },
    } as any)) as any[];
    expect(article.quotes.map((q: any) => [q.text, q.speaker?.name])).toEqual([['We will rebuild every home,', 'Isaac Herzog']]);
    expect(article.relatedLinks.map((l: any) => l.title)).toEqual(['Rebuilding the north, one town at a time']);
  });
});
