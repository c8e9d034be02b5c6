/**
 * Editorial review (issue #15) against a real Strapi, on SQLite and
 * PostgreSQL: the misquote guard's flag (an editor's edit, a changed source,
 * --overwrite), accepting a divergence, the queue and its counts, a confirmed
 * speaker kept by re-imports, merging people (rows before and after, one
 * transaction) and the review and merge permissions; the stored `needsReview`
 * verdict follows every transition and filters like the queue. One boot.
 */
import request from 'supertest';
import type { Core } from '@strapi/strapi';
import { bootStrapi, createAdmin, type TestStrapi } from '../helpers/strapi';
import { runImport, UID } from '../helpers/import';

const PARK = `Council approves new park budget

The city council approved the budget on Tuesday.

"We will open the park in spring," said Maria Lopez, the mayor.

Residents welcomed the news. "It is about time," said John Carter, a local teacher.

"Nobody asked us," one resident said.
`;

// The same article, a paragraph longer at its start (every later offset moves) and one quote reworded.
const PARK_CHANGED = PARK.replace(
  'The city council approved the budget on Tuesday.',
  'After a long debate that lasted well into the night, the city council approved the budget on Tuesday.'
).replace('It is about time,', 'It is high time,');

const DELAY = `Park opening delayed

The park will open later than planned, officials said on Friday.

"We need another month," said M. Lopez, the mayor.

Her deputy disagreed. "Two weeks is enough," said Paul Reed, the deputy mayor.

He paused. "Maybe three," he added.

The plan was criticised. "It is a mess," a spokesperson said.
`;

const DOCS = [
  { name: 'park.txt', text: PARK },
  { name: 'delay.txt', text: DELAY },
];

let app: TestStrapi;
let strapi: Core.Strapi;
const tokens: Record<'super' | 'importOnly' | 'reviewOnly', string> = { super: '', importOnly: '', reviewOnly: '' };

const http = (token: string) => {
  const server = () => strapi.server.httpServer;
  return {
    get: (path: string) => request(server()).get(`/newsroom${path}`).set('Authorization', `Bearer ${token}`),
    post: (path: string, body: object = {}) => request(server()).post(`/newsroom${path}`).set('Authorization', `Bearer ${token}`).send(body),
  };
};

interface QuoteState {
  documentId: string;
  text: string;
  diverged: boolean;
  divergenceAcceptedAt: unknown;
  startOffset: number;
  speakerConfirmed: boolean;
  needsReview: boolean;
  speaker: { name: string } | null;
}

const quote = async (textStart: string): Promise<QuoteState> => {
  const row = await strapi.db.query(UID.quote).findOne({
    where: { text: { $startsWith: textStart } },
    select: ['documentId', 'text', 'diverged', 'divergenceAcceptedAt', 'startOffset', 'speakerConfirmed', 'needsReview'],
    populate: { speaker: { select: ['name'] } },
  });
  if (!row) throw new Error(`no quote starting "${textStart}"`);
  return { ...row, diverged: Boolean(row.diverged), speakerConfirmed: Boolean(row.speakerConfirmed), needsReview: Boolean(row.needsReview) };
};

const person = (name: string) => strapi.db.query(UID.person).findOne({ where: { name }, populate: { quotes: { select: ['text'] } } });

const editQuote = (documentId: string, data: Record<string, unknown>) => strapi.documents(UID.quote).update({ documentId, data });

const queue = async (reason = 'all', article?: string) => {
  const res = await http(tokens.super).get(`/review/quotes?reason=${reason}${article ? `&article=${article}` : ''}`);
  expect(res.status).toBe(200);
  return res.body as {
    results: Array<{ documentId: string; text: string; reasons: string[]; speaker: { name: string } | null; article: { title: string } | null }>;
    pagination: { total: number };
    counts: { unattributed: number; lowConfidence: number; diverged: number };
  };
};

const needsReview = async (textStart: string) => (await quote(textStart)).needsReview;

/** The Content Manager's list filter "needsReview is true" and the queue find the same quotes. */
const expectFilterMatchesQueue = async () => {
  const filtered = await strapi.documents(UID.quote).findMany({ filters: { needsReview: true }, fields: ['text'] });
  const listed = await queue();
  expect(filtered.map((q) => q.documentId).sort()).toEqual(listed.results.map((r) => r.documentId).sort());
  expect(filtered.length).toBe(listed.pagination.total);
};

beforeAll(async () => {
  app = await bootStrapi();
  strapi = app.strapi;
  tokens.super = await createAdmin(strapi, { superAdmin: true });
  tokens.importOnly = await createAdmin(strapi, { permissions: [{ action: 'plugin::newsroom.import' }] });
  tokens.reviewOnly = await createAdmin(strapi, { permissions: [{ action: 'plugin::newsroom.review' }] });
  const report = await runImport(strapi, DOCS);
  expect(report.totals.failed).toBe(0);
});

afterAll(async () => {
  await app?.stop();
});

describe('the misquote guard', () => {
  it('judges nothing diverged after an import; the queue lists the unattributed quotes', async () => {
    const rows = await strapi.db.query(UID.quote).findMany({ select: ['diverged'] });
    expect(rows.length).toBe(7);
    expect(rows.every((r: { diverged: unknown }) => !r.diverged)).toBe(true);

    const body = await queue();
    expect(body.results.map((r) => [r.text, r.reasons]).sort()).toEqual([
      ['It is a mess,', ['unattributed']],
      ['Nobody asked us,', ['unattributed']],
    ]);
    expect(body.counts).toEqual({ unattributed: 2, lowConfidence: 0, diverged: 0 });
    expect(await needsReview('Nobody asked us')).toBe(true);
    expect(await needsReview('We will open the park')).toBe(false);
    await expectFilterMatchesQueue();
  });

  it("filters the queue by article: that article's quotes, and its counts", async () => {
    const delay = await strapi.db.query(UID.article).findOne({ where: { title: 'Park opening delayed' }, select: ['documentId'] });
    const body = await queue('all', delay.documentId);
    expect(body.results.map((r) => [r.text, r.article?.title])).toEqual([['It is a mess,', 'Park opening delayed']]);
    expect(body.counts).toEqual({ unattributed: 1, lowConfidence: 0, diverged: 0 });
    expect((await http(tokens.super).get('/review/quotes?article=')).status).toBe(400);
  });

  it("flags an editor's edit made through the Document Service; the detail shows the source paragraph and the word diff", async () => {
    const spring = await quote('We will open the park');
    await editQuote(spring.documentId, { text: 'We will open the park in summer,' });
    expect(await quote('We will open the park')).toMatchObject({ diverged: true, needsReview: true });
    await expectFilterMatchesQueue();

    const listed = await queue('diverged');
    expect(listed.results.map((r) => [r.text, r.reasons, r.speaker?.name, r.article?.title])).toEqual([
      ['We will open the park in summer,', ['diverged'], 'Maria Lopez', 'Council approves new park budget'],
    ]);
    expect(listed.counts.diverged).toBe(1);

    const detail = await http(tokens.super).get(`/review/quotes/${spring.documentId}`);
    expect(detail.status).toBe(200);
    expect(detail.body.diverged).toBe(true);
    expect(detail.body.provenance.sourceText).toBe('We will open the park in spring,');
    const { paragraph, quoteStart, quoteEnd } = detail.body.provenance;
    expect(paragraph).toBe('"We will open the park in spring," said Maria Lopez, the mayor.');
    expect(paragraph.slice(quoteStart, quoteEnd)).toBe('We will open the park in spring,');
    const changed = detail.body.diff.filter((d: { op: string }) => d.op !== 'equal').map((d: { op: string; text: string }) => [d.op, d.text.trim()]);
    expect(changed).toEqual([
      ['delete', 'spring'],
      ['insert', 'summer'],
    ]);
    expect(detail.body.candidates.map((c: { name: string }) => c.name)).toEqual(['John Carter', 'Maria Lopez']);
  });

  it('accepts a divergence until the quote changes again; typography alone is no divergence', async () => {
    const spring = await quote('We will open the park');
    const accepted = await http(tokens.super).post(`/review/quotes/${spring.documentId}/accept`);
    expect(accepted.status).toBe(200);
    expect(accepted.body.reasons).toEqual([]);
    expect(await needsReview('We will open the park')).toBe(false);
    expect((await queue('diverged')).counts.diverged).toBe(0);
    const detail = await http(tokens.super).get(`/review/quotes/${spring.documentId}`);
    expect(detail.body.accepted.by).toMatch(/^Test /);

    await editQuote(spring.documentId, { text: 'We will open the park in autumn,' });
    expect(await quote('We will open the park')).toMatchObject({ diverged: true, divergenceAcceptedAt: null, needsReview: true });
    expect((await queue('diverged')).counts.diverged).toBe(1);

    await editQuote(spring.documentId, { text: '\u201CWe  will open the park in spring,\u201D' });
    expect(await quote('\u201CWe  will open')).toMatchObject({ diverged: false, needsReview: false });
    const refused = await http(tokens.super).post(`/review/quotes/${spring.documentId}/accept`);
    expect(refused.status).toBe(400);
    await editQuote(spring.documentId, { text: 'We will open the park in spring,' });
  });

  it('judges a changed source against re-derived offsets; an editor kept text diverges; --overwrite takes the source back', async () => {
    const before = await quote('We will open the park');
    const nobody = await quote('Nobody asked us');
    await editQuote(nobody.documentId, { text: 'Nobody asked me,' });

    const report = await runImport(strapi, [{ name: 'park.txt', text: PARK_CHANGED }]);
    expect(report.totals.failed).toBe(0);
    const after = await quote('We will open the park');
    expect(after.startOffset).toBeGreaterThan(before.startOffset);
    expect(after.diverged).toBe(false);
    expect((await quote('It is high time')).diverged).toBe(false);
    expect((await quote('Nobody asked me')).diverged).toBe(true);
    expect(await needsReview('We will open the park')).toBe(false);
    await expectFilterMatchesQueue();

    await runImport(strapi, [{ name: 'park.txt', text: PARK_CHANGED }], { overwrite: true });
    expect((await quote('Nobody asked us')).diverged).toBe(false);
  });
});

describe('speakers confirmed in the queue', () => {
  it('a speaker picked for an unattributed quote is kept by a re-import, which reports the conflict', async () => {
    const mess = await quote('It is a mess');
    expect(mess.needsReview).toBe(true);
    const detail = await http(tokens.super).get(`/review/quotes/${mess.documentId}`);
    const reed = detail.body.candidates.find((c: { name: string }) => c.name === 'Paul Reed');
    const picked = await http(tokens.super).post(`/review/quotes/${mess.documentId}/speaker`, { personDocumentId: reed.documentId });
    expect(picked.status).toBe(200);
    expect(picked.body).toMatchObject({ speaker: { name: 'Paul Reed' }, reasons: [] });
    expect(await needsReview('It is a mess')).toBe(false);
    const viaApi = await strapi.documents(UID.quote).findOne({ documentId: mess.documentId, populate: ['speaker'] });
    expect((viaApi as unknown as { speaker: { name: string } }).speaker.name).toBe('Paul Reed');

    const report = await runImport(strapi, [{ name: 'delay.txt', text: DELAY }]);
    const conflicts = report.files[0].changes.filter((c) => c.action === 'conflict').flatMap((c) => c.conflicts.map((f) => [c.label, f.field]));
    expect(conflicts).toEqual([[expect.stringContaining('It is a mess'), 'speaker']]);
    expect(await quote('It is a mess')).toMatchObject({ speaker: { name: 'Paul Reed' }, speakerConfirmed: true, needsReview: false });
    await expectFilterMatchesQueue();
  });

  it('a confirmed speaker stays when the source names someone else; the queue counts low confidence', async () => {
    const maybe = await quote('Maybe three');
    await editQuote(maybe.documentId, { confidence: 0.5 });
    const low = await queue('low-confidence');
    expect(low.results.map((r) => r.text)).toEqual(['Maybe three,']);
    expect(low.counts.lowConfidence).toBe(1);
    expect(await needsReview('Maybe three')).toBe(true);
    await expectFilterMatchesQueue();

    const reed = await person('Paul Reed');
    const confirmed = await http(tokens.super).post(`/review/quotes/${maybe.documentId}/speaker`, { personDocumentId: reed.documentId });
    expect(confirmed.body.reasons).toEqual([]);
    expect((await queue()).counts.lowConfidence).toBe(0);
    expect(await needsReview('Maybe three')).toBe(false);

    // The source now gives the line to M. Lopez: the editor's confirmation stands.
    const reworded = DELAY.replace('He paused. "Maybe three," he added.', '"Maybe three," said M. Lopez.');
    const report = await runImport(strapi, [{ name: 'delay.txt', text: reworded }]);
    const fields = report.files[0].changes.flatMap((c) => c.conflicts.map((f) => [c.label.slice(0, 11), f.field]));
    expect(fields).toContainEqual(['Maybe three', 'speaker']);
    expect((await quote('Maybe three')).speaker?.name).toBe('Paul Reed');
    await runImport(strapi, [{ name: 'delay.txt', text: DELAY }]);
  });
});

describe('merging people', () => {
  it('suggests, previews and merges in one go; re-imports of both sources reach the survivor', async () => {
    const suggestions = await http(tokens.super).get('/people/merge-suggestions');
    expect(suggestions.status).toBe(200);
    const lopez = suggestions.body.results.find((s: { people: Array<{ name: string }> }) => s.people.some((p) => p.name === 'M. Lopez'));
    expect(lopez.reason).toBe('surname-initial');
    expect(lopez.people.map((p: { name: string }) => p.name).sort()).toEqual(['M. Lopez', 'Maria Lopez']);

    const maria = await person('Maria Lopez');
    const initial = await person('M. Lopez');
    const peopleBefore = await strapi.db.query(UID.person).count();
    const body = { survivor: maria.documentId, absorbed: [initial.documentId] };
    const preview = await http(tokens.super).post('/people/merge/preview', body);
    expect(preview.body).toEqual({
      survivor: { documentId: maria.documentId, name: 'Maria Lopez' },
      absorbed: [{ documentId: initial.documentId, name: 'M. Lopez' }],
      quotesMoved: 1,
      articlesRelinked: 1,
      aliases: ['M. Lopez', 'Maria Lopez'],
      importKeys: 1,
    });
    expect(await strapi.db.query(UID.person).count()).toBe(peopleBefore);

    const merged = await http(tokens.super).post('/people/merge', body);
    expect(merged.status).toBe(200);
    expect(merged.body).toEqual(preview.body);
    expect(await person('M. Lopez')).toBeNull();
    expect(await strapi.db.query(UID.person).count()).toBe(peopleBefore - 1);
    expect((await quote('We need another month')).speaker?.name).toBe('Maria Lopez');
    const delay = await strapi.db.query(UID.article).findOne({ where: { title: 'Park opening delayed' }, populate: { people: { select: ['name'] } } });
    expect(delay.people.map((p: { name: string }) => p.name).sort()).toEqual(['Maria Lopez', 'Paul Reed']);
    expect(await strapi.db.query(UID.tombstone).count({ where: { targetUid: UID.person } })).toBe(0);

    const report = await runImport(strapi, [{ name: 'park.txt', text: PARK_CHANGED }, { name: 'delay.txt', text: DELAY.replace('on Friday', 'on Saturday') }]);
    expect(report.totals.failed).toBe(0);
    expect(await strapi.db.query(UID.person).count()).toBe(peopleBefore - 1);
    expect(await person('M. Lopez')).toBeNull();
    expect((await quote('We need another month')).speaker?.name).toBe('Maria Lopez');
  });

  it('a failure in the middle of a merge leaves every person as it was', async () => {
    const reed = await person('Paul Reed');
    const carter = await person('John Carter');
    const quotesBefore = await strapi.db.query(UID.quote).findMany({ select: ['text'], populate: { speaker: { select: ['name'] } }, orderBy: { id: 'asc' } });
    let failDelete = true;
    strapi.documents.use(async (ctx, next) => {
      if (failDelete && ctx.uid === UID.person && ctx.action === 'delete') throw new Error('injected failure');
      return next();
    });
    const res = await http(tokens.super).post('/people/merge', { survivor: reed.documentId, absorbed: [carter.documentId] });
    failDelete = false;
    expect(res.status).toBe(500);
    expect(await person('John Carter')).toMatchObject({ documentId: carter.documentId, aliases: carter.aliases });
    expect(await person('Paul Reed')).toMatchObject({ aliases: reed.aliases });
    const mergedKeys = await strapi.db.query(UID.person).findOne({ where: { documentId: reed.documentId }, select: ['mergedKeys'] });
    expect(mergedKeys.mergedKeys ?? null).toBeNull();
    const quotesAfter = await strapi.db.query(UID.quote).findMany({ select: ['text'], populate: { speaker: { select: ['name'] } }, orderBy: { id: 'asc' } });
    expect(quotesAfter).toEqual(quotesBefore);
  });
});

describe('the stored verdict when a speaker goes', () => {
  it("a deleted person's quotes need review again", async () => {
    const carter = await person('John Carter');
    const spoken = carter.quotes.map((q: { text: string }) => q.text);
    expect(spoken.length).toBeGreaterThan(0);
    await strapi.documents(UID.person).delete({ documentId: carter.documentId });
    for (const text of spoken) expect(await quote(text)).toMatchObject({ speaker: null, needsReview: true });
    await expectFilterMatchesQueue();
  });
});

describe('verdicts stored before the review fields existed', () => {
  it('are set from the rule: wrongly clear ones flagged, wrongly flagged ones cleared', async () => {
    const needing = await queue();
    expect(needing.pagination.total).toBeGreaterThan(0);
    const attributed = await quote('We will open the park');
    expect(attributed.needsReview).toBe(false);
    // As an upgraded database holds them: every verdict false, and one flag no rule gives.
    await strapi.db.query(UID.quote).updateMany({ where: {}, data: { needsReview: false } });
    await strapi.db.query(UID.quote).update({ where: { documentId: attributed.documentId }, data: { needsReview: true } });

    const changed = await strapi.plugin('newsroom').service('review').reconcileVerdicts();
    const flaggedRows = await strapi.db.query(UID.quote).count({ where: { needsReview: true } });
    expect(flaggedRows).toBeGreaterThanOrEqual(needing.pagination.total);
    expect(changed).toBe(flaggedRows + 1);
    expect((await quote('We will open the park')).needsReview).toBe(false);
    await expectFilterMatchesQueue();
    expect(await strapi.plugin('newsroom').service('review').reconcileVerdicts()).toBe(0);
  });
});

describe('permissions', () => {
  it('needs the review action for the queue and the merge action for merges', async () => {
    const someone = await person('Paul Reed');
    const anyQuote = await quote('It is a mess');
    const noReview = http(tokens.importOnly);
    expect((await noReview.get('/review/quotes')).status).toBe(403);
    expect((await noReview.get(`/review/quotes/${anyQuote.documentId}`)).status).toBe(403);
    expect((await noReview.post(`/review/quotes/${anyQuote.documentId}/accept`)).status).toBe(403);
    expect((await noReview.get('/people/search?q=Reed')).status).toBe(403);

    const reviewer = http(tokens.reviewOnly);
    expect((await reviewer.get('/review/quotes')).status).toBe(200);
    const search = await reviewer.get('/people/search?q=reed');
    expect(search.body.results.map((p: { name: string }) => p.name)).toEqual(['Paul Reed']);
    expect((await reviewer.get('/people/merge-suggestions')).status).toBe(403);
    expect((await reviewer.post('/people/merge', { survivor: someone.documentId, absorbed: ['x'] })).status).toBe(403);
  });

  it('answers 400 for a bad body and 404 for an unknown quote', async () => {
    const admin = http(tokens.super);
    expect((await admin.get('/review/quotes?reason=nonsense')).status).toBe(400);
    expect((await admin.get('/review/quotes/no-such-quote')).status).toBe(404);
    const someone = await person('Paul Reed');
    expect((await admin.post('/people/merge', { survivor: someone.documentId, absorbed: [someone.documentId] })).status).toBe(400);
  });
});
