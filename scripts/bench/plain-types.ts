/**
 * The read-speed bench's yardstick: four plain Strapi collection types
 * (`api::bench.bench-article`, …) with the newsroom types' attributes and
 * relations, registered by the bench app only (never by the plugin), served by
 * Strapi's core router, controller and service, and filled with a copy of the
 * newsroom's rows. What a reader pays for an ordinary content type of the same
 * shape, in the same process and database.
 */
import type { Core } from '@strapi/strapi';
import { factories } from '@strapi/strapi';
import article from '../../content-types/article/schema.json';
import person from '../../content-types/person/schema.json';
import quote from '../../content-types/quote/schema.json';
import relatedLink from '../../content-types/related-link/schema.json';

const API = 'bench';
const NEWSROOM_SCHEMAS = { article, person, quote, 'related-link': relatedLink } as const;
type Name = keyof typeof NEWSROOM_SCHEMAS;
const NAMES = Object.keys(NEWSROOM_SCHEMAS) as Name[];

export const plainUid = (name: Name) => `api::${API}.bench-${name}`;
const newsroomUid = (name: Name) => `plugin::newsroom.${name}`;

type Attribute = { type: string; target?: string; [key: string]: unknown };

/** The newsroom schema under a bench name, its relations pointing at the bench types. */
const plainSchema = (name: Name) => {
  const schema = NEWSROOM_SCHEMAS[name];
  const attributes = Object.fromEntries(
    Object.entries(schema.attributes as Record<string, Attribute>).map(([key, attribute]) => {
      const target = attribute.target?.startsWith('plugin::newsroom.') ? plainUid(attribute.target.slice('plugin::newsroom.'.length) as Name) : attribute.target;
      return [key, target ? { ...attribute, target } : attribute];
    })
  );
  return {
    kind: 'collectionType',
    collectionName: `bench_${schema.collectionName}`,
    info: { singularName: `bench-${name}`, pluralName: `bench-${schema.info.pluralName}`, displayName: `Bench ${schema.info.displayName}` },
    options: schema.options,
    attributes,
  };
};

/** The plain URL of a bench type's REST collection, e.g. /api/bench-articles. */
export const plainPath = (name: Name) => `/api/bench-${NEWSROOM_SCHEMAS[name].info.pluralName}`;

/** Registers the bench API; call between createStrapi() and load(). */
export const registerPlainTypes = (strapi: Core.Strapi) => {
  const entry = <T>(make: (name: Name) => T) => Object.fromEntries(NAMES.map((name) => [`bench-${name}`, make(name)]));
  strapi.get('apis').add(API, {
    contentTypes: entry((name) => ({ schema: plainSchema(name) })),
    controllers: entry((name) => factories.createCoreController(plainUid(name) as never)),
    services: entry((name) => factories.createCoreService(plainUid(name) as never)),
    routes: entry((name) => factories.createCoreRouter(plainUid(name) as never, { only: ['find', 'findOne'] })),
  });
};

type JoinTable = { name: string; joinColumn: { name: string }; inverseJoinColumn: { name: string }; orderColumnName?: string; inverseOrderColumnName?: string };
type Meta = { tableName: string; attributes: Record<string, { joinTable?: JoinTable; mappedBy?: string }> };

/** INSERT … SELECT of the shared columns, renamed where the two sides name them differently. */
const copyTable = async (strapi: Core.Strapi, from: string, to: string, renamed: Record<string, string> = {}) => {
  const knex = strapi.db.connection;
  const [source, target] = await Promise.all([knex(from).columnInfo(), knex(to).columnInfo()]);
  const pairs = Object.keys(source)
    .map((column) => [column, renamed[column] ?? column] as const)
    .filter(([, into]) => into in target);
  const select = pairs.map(([column, into]) => knex.raw('?? as ??', [column, into]));
  await knex.insert(knex(from).select(select)).into(knex.raw('?? (??)', [to, pairs.map(([, into]) => into)]));
};

/** Copies every newsroom row (and join row) into the bench types: same ids, documentIds and values. */
export const copyIntoPlainTypes = async (strapi: Core.Strapi) => {
  const meta = (uid: string) => strapi.db.metadata.get(uid) as unknown as Meta;
  for (const name of NAMES) await copyTable(strapi, meta(newsroomUid(name)).tableName, meta(plainUid(name)).tableName);
  for (const name of NAMES) {
    const [from, to] = [meta(newsroomUid(name)), meta(plainUid(name))];
    for (const [key, attribute] of Object.entries(from.attributes)) {
      const source = attribute.joinTable;
      const target = to.attributes[key]?.joinTable;
      if (!source || !target || attribute.mappedBy) continue;
      const renamed: Record<string, string> = {
        [source.joinColumn.name]: target.joinColumn.name,
        [source.inverseJoinColumn.name]: target.inverseJoinColumn.name,
      };
      if (source.orderColumnName && target.orderColumnName) renamed[source.orderColumnName] = target.orderColumnName;
      if (source.inverseOrderColumnName && target.inverseOrderColumnName) renamed[source.inverseOrderColumnName] = target.inverseOrderColumnName;
      await copyTable(strapi, source.name, target.name, renamed);
    }
  }
};
