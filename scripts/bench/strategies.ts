/**
 * The import strategies compared by `npm run bench`, each writing the same
 * generated corpus into a fresh database:
 *  - naive: one Document Service `create` per record, people de-duplicated by
 *    name with a findFirst, no transaction (the shape of Strapi's seed scripts);
 *  - newsroom: the plugin's importer service;
 *  - floor: the same rows with raw SQL in one transaction (what the database can do).
 */
import crypto from 'crypto';
import type { Core } from '@strapi/strapi';
import { parseDocument } from '../../server/src/parse';
import { foldText } from '../../server/src/parse/text';
import { desiredFromParsed, type DesiredDocument } from '../../server/src/sync/plan/desired-records';
import { getService } from '../../server/src/get-service';
import { generateArticle, generateCorpus } from './corpus';

export const UIDS = {
  article: 'plugin::newsroom.article',
  person: 'plugin::newsroom.person',
  quote: 'plugin::newsroom.quote',
  link: 'plugin::newsroom.related-link',
} as const;

/** Fixed, so parsed dates (and so the rows) do not depend on the day the bench runs. */
export const REFERENCE_DATE = '2024-06-01';

export interface SourceDoc {
  name: string;
  text: string;
}

export const corpusDocs = (n: number, seed: number): SourceDoc[] =>
  generateCorpus(n, seed).map((a) => ({ name: a.fileName, text: a.text }));

/** 5% of the articles (every 20th) reworded: generateArticle's variant 1. */
export const changedDocs = (n: number, seed: number): { docs: SourceDoc[]; changed: number } => {
  const docs = corpusDocs(n, seed);
  let changed = 0;
  for (let i = 0; i < n; i += 20) {
    const a = generateArticle(i, seed, 1);
    docs[i] = { name: a.fileName, text: a.text };
    changed += 1;
  }
  return { docs, changed };
};

/** Parse every document the way the importer does (same parser, same keyed records). */
export const desiredCorpus = (docs: SourceDoc[]): DesiredDocument[] =>
  docs.map((doc) => {
    const parsed = parseDocument(doc.text, { referenceDate: REFERENCE_DATE, fileName: doc.name });
    return desiredFromParsed(parsed, doc.text, doc.name);
  });

const slugify = (text: string) =>
  foldText(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

/** Row counts of the four editorial tables: every strategy must end with the same. */
export async function countRecords(strapi: Core.Strapi) {
  const count = (uid: string, where: Record<string, unknown> = {}) => strapi.db.query(uid).count({ where });
  return {
    articles: await count(UIDS.article, { publishedAt: null }),
    people: await count(UIDS.person),
    quotes: await count(UIDS.quote),
    links: await count(UIDS.link),
  };
}

// ---------------------------------------------------------------- naive

export async function runNaive(strapi: Core.Strapi, desired: DesiredDocument[]) {
  const docs = (uid: string) => strapi.documents(uid as any);
  for (const doc of desired) {
    const personIds = new Map<string, string>();
    for (const person of doc.people) {
      const found = await docs(UIDS.person).findFirst({ filters: { name: person.name } } as any);
      const id = found
        ? found.documentId
        : (
            await docs(UIDS.person).create({
              data: { name: person.name, slug: slugify(person.name), role: person.role, aliases: person.aliases, importKey: person.key } as any,
            })
          ).documentId;
      personIds.set(person.key, id as string);
    }
    const { people, ...fields } = doc.article.fields;
    const article = await docs(UIDS.article).create({
      data: {
        ...fields,
        slug: slugify(fields.title),
        people: people.map((key) => personIds.get(key)).filter(Boolean),
        importKey: doc.article.key,
      } as any,
    });
    for (const quote of doc.quotes) {
      await docs(UIDS.quote).create({
        data: {
          ...quote.fields,
          speaker: quote.fields.speaker ? (personIds.get(quote.fields.speaker) ?? null) : null,
          article: article.documentId,
          importKey: quote.key,
        } as any,
      });
    }
    for (const link of doc.links) {
      await docs(UIDS.link).create({ data: { ...link.fields, article: article.documentId, importKey: link.key } as any });
    }
  }
}

// ---------------------------------------------------------------- floor

const documentId = () => crypto.randomBytes(12).toString('hex');

/**
 * Every row the importer would write, with ids assigned here (the database is
 * fresh), bulk-inserted in one transaction. Skips what a floor does not need:
 * slug uniqueness checks, per-field import hashes, created_by/updated_by.
 */
export async function runFloor(strapi: Core.Strapi, desired: DesiredDocument[]) {
  const knex = strapi.db.connection;
  const now = new Date();
  const json = (value: unknown) => (value === null || value === undefined ? null : JSON.stringify(value));

  const people: Record<string, unknown>[] = [];
  const personIds = new Map<string, number>();
  const articles: Record<string, unknown>[] = [];
  const quotes: Record<string, unknown>[] = [];
  const links: Record<string, unknown>[] = [];
  const articlePeople: Record<string, unknown>[] = [];
  const quoteSpeaker: Record<string, unknown>[] = [];
  const quoteArticle: Record<string, unknown>[] = [];
  const linkArticle: Record<string, unknown>[] = [];
  const personOrd = new Map<number, number>();
  const slugs = new Set<string>();
  const uniqueSlug = (base: string) => {
    let slug = base;
    for (let i = 1; slugs.has(slug); i += 1) slug = `${base}-${i}`;
    slugs.add(slug);
    return slug;
  };

  for (const doc of desired) {
    for (const person of doc.people) {
      if (personIds.has(person.key)) continue;
      const id = people.length + 1;
      personIds.set(person.key, id);
      people.push({
        id,
        document_id: documentId(),
        name: person.name,
        slug: uniqueSlug(slugify(person.name)),
        role: person.role,
        aliases: json(person.aliases),
        import_key: person.key,
        created_at: now,
        updated_at: now,
        published_at: now,
      });
    }
    const articleId = articles.length + 1;
    const f = doc.article.fields;
    articles.push({
      id: articleId,
      document_id: documentId(),
      title: f.title,
      slug: uniqueSlug(slugify(f.title)),
      lead: f.lead,
      body: json(f.body),
      published_date: f.publishedDate,
      outlet: f.outlet,
      source_url: f.sourceUrl,
      source: f.source,
      import_key: doc.article.key,
      created_at: now,
      updated_at: now,
      published_at: null,
    });
    f.people.forEach((key, i) => {
      const personId = personIds.get(key);
      if (!personId) return;
      const ord = (personOrd.get(personId) ?? 0) + 1;
      personOrd.set(personId, ord);
      articlePeople.push({ article_id: articleId, person_id: personId, person_ord: i + 1, article_ord: ord });
    });
    doc.quotes.forEach((quote, i) => {
      const id = quotes.length + 1;
      const q = quote.fields;
      quotes.push({
        id,
        document_id: documentId(),
        text: q.text,
        kind: q.kind,
        position: q.position,
        context: q.context,
        verb: q.verb,
        attribution: q.attribution,
        confidence: q.confidence,
        start_offset: q.startOffset,
        end_offset: q.endOffset,
        import_key: quote.key,
        created_at: now,
        updated_at: now,
        published_at: now,
      });
      const speaker = q.speaker ? personIds.get(q.speaker) : undefined;
      if (speaker) quoteSpeaker.push({ quote_id: id, person_id: speaker, quote_ord: 1 });
      quoteArticle.push({ quote_id: id, article_id: articleId, quote_ord: i + 1 });
    });
    doc.links.forEach((link, i) => {
      const id = links.length + 1;
      links.push({
        id,
        document_id: documentId(),
        title: link.fields.title,
        url: link.fields.url,
        kind: link.fields.kind,
        position: link.fields.position,
        import_key: link.key,
        created_at: now,
        updated_at: now,
        published_at: now,
      });
      linkArticle.push({ related_link_id: id, article_id: articleId, related_link_ord: i + 1 });
    });
  }

  const sqlite = strapi.db.dialect.client === 'sqlite';
  await knex.transaction(async (trx) => {
    const insert = async (table: string, rows: Record<string, unknown>[]) => {
      if (!rows.length) return;
      // Under SQLite's 500 terms per compound SELECT (knex's multi-row insert) and bound-variable limits.
      const chunk = Math.min(sqlite ? 500 : 5_000, Math.floor(30_000 / Object.keys(rows[0]).length));
      for (let i = 0; i < rows.length; i += chunk) await trx(table).insert(rows.slice(i, i + chunk));
    };
    await insert('newsroom_people', people);
    await insert('newsroom_articles', articles);
    await insert('newsroom_quotes', quotes);
    await insert('newsroom_related_links', links);
    await insert('newsroom_articles_people_lnk', articlePeople);
    await insert('newsroom_quotes_speaker_lnk', quoteSpeaker);
    await insert('newsroom_quotes_article_lnk', quoteArticle);
    await insert('newsroom_related_links_article_lnk', linkArticle);
  });

  // Explicit ids leave PostgreSQL's sequences behind; put them where Strapi expects.
  if (strapi.db.dialect.client === 'postgres') {
    for (const table of ['newsroom_people', 'newsroom_articles', 'newsroom_quotes', 'newsroom_related_links']) {
      await knex.raw(`SELECT setval(pg_get_serial_sequence(?, 'id'), GREATEST((SELECT MAX(id) FROM ??), 1))`, [table, table]);
    }
  }
}

// ---------------------------------------------------------------- newsroom

export interface ImportTotals {
  files: number;
  failed: number;
  created: number;
  updated: number;
  unchanged: number;
  conflicts: number;
  removed: number;
}

/** The importer service, in batches so each run's report (and its history row) stays small. */
export async function runImporter(
  strapi: Core.Strapi,
  docs: SourceDoc[],
  options: { publish?: boolean; batch?: number } = {}
): Promise<ImportTotals> {
  const importer = getService(strapi, 'importer');
  const batch = options.batch ?? 100;
  const totals: ImportTotals = { files: 0, failed: 0, created: 0, updated: 0, unchanged: 0, conflicts: 0, removed: 0 };
  const errors: string[] = [];
  for (let i = 0; i < docs.length; i += batch) {
    const report = await importer.run({
      documents: docs.slice(i, i + batch),
      options: { referenceDate: REFERENCE_DATE, publish: !!options.publish },
      actor: { type: 'cli', name: 'bench' },
    });
    for (const key of Object.keys(totals) as (keyof ImportTotals)[]) totals[key] += report.totals[key] ?? 0;
    for (const file of report.files) if (file.error) errors.push(`${file.name}: ${file.error}`);
  }
  if (errors.length) throw new Error(`${errors.length} document(s) failed, first: ${errors[0]}`);
  return totals;
}
