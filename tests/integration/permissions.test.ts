/**
 * Who may call what: every route the plugin exposes, for seven kinds of
 * caller, with the exact answer expected. EXPECTED below *is* the matrix
 * (docs/reliability.md carries the same table); each actor's row is checked
 * as a whole, so a failure shows every cell that moved.
 *
 * Decisions the table encodes:
 *  - the content API (REST /api/newsroom/*, /graphql, the import door) knows
 *    API tokens and users-permissions JWTs; an admin JWT is not a content-API
 *    credential there (401), whatever the admin's role;
 *  - the admin routes (/newsroom/*) know only admin JWTs (401 for anything
 *    else) and need the plugin::newsroom.import permission (403 without);
 *  - the import door needs an API token whose scope includes
 *    plugin::newsroom.import.create (a full-access token has every scope);
 *    a users-permissions role never opens it;
 *  - GraphQL answers HTTP 200 with a FORBIDDEN error for an operation the
 *    caller may not run (Apollo's convention), and 401 without a valid
 *    credential of a content-API kind.
 *
 * Set NEWSROOM_MATRIX_OUT=<file> to write the observed matrix as markdown.
 */
import fs from 'fs';
import request from 'supertest';
import { bootStrapi, createAdmin, createApiToken, registerUser, type TestStrapi } from '../helpers/strapi';
import { REFERENCE_DATE } from '../helpers/import';

const TYPES = {
  articles: { uid: 'plugin::newsroom.article', data: (n: string) => ({ title: `Article ${n}` }) },
  people: { uid: 'plugin::newsroom.person', data: (n: string) => ({ name: `Person ${n}` }) },
  quotes: { uid: 'plugin::newsroom.quote', data: (n: string) => ({ text: `Quote ${n}` }) },
  'related-links': { uid: 'plugin::newsroom.related-link', data: (n: string) => ({ title: `Link ${n}` }) },
} as const;
type TypeName = keyof typeof TYPES;
const TYPE_NAMES = Object.keys(TYPES) as TypeName[];

const ACTORS = ['public', 'authenticated user', 'read-only token', 'full-access token', 'import token', 'admin without import', 'super admin'] as const;
type ActorName = (typeof ACTORS)[number];

const ROUTES = [
  ...TYPE_NAMES.flatMap((t) => ['find', 'findOne', 'create', 'update', 'delete'].map((action) => `${t}.${action}`)),
  'POST /api/newsroom/imports',
  'GraphQL query',
  'GraphQL mutation',
  'POST /newsroom/preview',
  'GET /newsroom/imports',
  'POST /newsroom/imports',
];

/** REST: the HTTP status. GraphQL: the HTTP status, plus the first error's code when there is one. */
type Row = Record<string, string>;
const rest = (find: string, write: string, create: string, remove: string): Row =>
  Object.fromEntries(
    TYPE_NAMES.flatMap((t) => [
      [`${t}.find`, find],
      [`${t}.findOne`, find],
      [`${t}.create`, create],
      [`${t}.update`, write],
      [`${t}.delete`, remove],
    ])
  );
const others = (cells: [importDoor: string, query: string, mutation: string, preview: string, history: string, adminImport: string]): Row => ({
  'POST /api/newsroom/imports': cells[0],
  'GraphQL query': cells[1],
  'GraphQL mutation': cells[2],
  'POST /newsroom/preview': cells[3],
  'GET /newsroom/imports': cells[4],
  'POST /newsroom/imports': cells[5],
});

// publicRead is on (the playground's setting): the Public role may find/findOne the four types.
const EXPECTED: Record<ActorName, Row> = {
  public: { ...rest('200', '403', '403', '403'), ...others(['403', '200', '200 FORBIDDEN', '401', '401', '401']) },
  'authenticated user': { ...rest('403', '403', '403', '403'), ...others(['403', '200 FORBIDDEN', '200 FORBIDDEN', '401', '401', '401']) },
  'read-only token': { ...rest('200', '403', '403', '403'), ...others(['403', '200', '200 FORBIDDEN', '401', '401', '401']) },
  'full-access token': { ...rest('200', '200', '201', '204'), ...others(['200', '200', '200', '401', '401', '401']) },
  'import token': { ...rest('403', '403', '403', '403'), ...others(['200', '200 FORBIDDEN', '200 FORBIDDEN', '401', '401', '401']) },
  'admin without import': { ...rest('401', '401', '401', '401'), ...others(['401', '401', '401', '403', '403', '403']) },
  'super admin': { ...rest('401', '401', '401', '401'), ...others(['401', '401', '401', '200', '200', '200']) },
};

const SOURCE = {
  name: 'permissions.txt',
  text: 'Council approves harbour budget\n\nThe council approved the harbour budget on Monday.\n\n"We will start in May," said Mayor Ada Quill.\n',
};

describe('permissions matrix (publicRead on)', () => {
  let app: TestStrapi;
  const credentials = {} as Record<ActorName, string | null>;
  /** Per actor and type: a published document to read, one to update, one to delete. */
  const targets = {} as Record<ActorName, Record<TypeName, { read: string; update: string; remove: string }>>;
  const observed = {} as Record<ActorName, Row>;

  beforeAll(async () => {
    app = await bootStrapi({ publicRead: true });
    const { strapi } = app;
    credentials.public = null;
    credentials['authenticated user'] = await registerUser(strapi);
    credentials['read-only token'] = await createApiToken(strapi, { type: 'read-only' });
    credentials['full-access token'] = await createApiToken(strapi, { type: 'full-access' });
    credentials['import token'] = await createApiToken(strapi, { type: 'custom', permissions: ['plugin::newsroom.import.create'] });
    credentials['admin without import'] = await createAdmin(strapi, {
      permissions: [{ action: 'plugin::content-manager.explorer.read', subject: TYPES.articles.uid }],
    });
    credentials['super admin'] = await createAdmin(strapi, { superAdmin: true });

    // Readable by everyone who may read: a published article the other three hang off.
    const article = await strapi.documents(TYPES.articles.uid as any).create({ data: TYPES.articles.data('read') as any });
    const make = async (type: TypeName, n: string) => {
      const data: Record<string, unknown> = { ...TYPES[type].data(n) };
      if (type === 'quotes' || type === 'related-links') data.article = article.documentId;
      const doc = await strapi.documents(TYPES[type].uid as any).create({ data: data as any });
      if (type === 'articles') await strapi.documents(TYPES.articles.uid as any).publish({ documentId: doc.documentId });
      return doc.documentId as string;
    };
    const person = await make('people', 'read');
    await strapi.documents(TYPES.articles.uid as any).update({ documentId: article.documentId, data: { people: [person] } as any });
    await strapi.documents(TYPES.articles.uid as any).publish({ documentId: article.documentId });
    for (const actor of ACTORS) {
      targets[actor] = {} as Record<TypeName, { read: string; update: string; remove: string }>;
      for (const type of TYPE_NAMES) {
        const read = type === 'articles' ? article.documentId : type === 'people' ? person : await make(type, `read ${actor}`);
        targets[actor][type] = { read, update: await make(type, `update ${actor}`), remove: await make(type, `delete ${actor}`) };
      }
    }
  });

  afterAll(async () => {
    if (process.env.NEWSROOM_MATRIX_OUT && Object.keys(observed).length === ACTORS.length) {
      fs.writeFileSync(process.env.NEWSROOM_MATRIX_OUT, toMarkdown(observed, app.db));
    }
    await app?.stop();
  });

  const call = async (actor: ActorName, method: 'get' | 'post' | 'put' | 'delete', path: string, body?: unknown) => {
    let req = request(app.strapi.server.httpServer)[method](path);
    const credential = credentials[actor];
    if (credential) req = req.set('Authorization', `Bearer ${credential}`);
    return body === undefined ? req : req.send(body as object);
  };

  const graphql = async (actor: ActorName, query: string) => {
    const res = await call(actor, 'post', '/graphql', { query });
    const code = res.body?.errors?.[0]?.extensions?.code;
    return code ? `${res.status} ${code}` : String(res.status);
  };

  const observe = async (actor: ActorName): Promise<Row> => {
    const row: Row = {};
    for (const type of TYPE_NAMES) {
      const base = `/api/newsroom/${type}`;
      const target = targets[actor][type];
      row[`${type}.find`] = String((await call(actor, 'get', base)).status);
      row[`${type}.findOne`] = String((await call(actor, 'get', `${base}/${target.read}`)).status);
      row[`${type}.create`] = String((await call(actor, 'post', base, { data: TYPES[type].data(`created by ${actor}`) })).status);
      row[`${type}.update`] = String((await call(actor, 'put', `${base}/${target.update}`, { data: TYPES[type].data(`updated by ${actor}`) })).status);
      row[`${type}.delete`] = String((await call(actor, 'delete', `${base}/${target.remove}`)).status);
    }
    const importBody = { documents: [SOURCE], dryRun: true, referenceDate: REFERENCE_DATE };
    row['POST /api/newsroom/imports'] = String((await call(actor, 'post', '/api/newsroom/imports', importBody)).status);
    row['GraphQL query'] = await graphql(actor, '{ newsroomArticles { documentId title } }');
    row['GraphQL mutation'] = await graphql(actor, `mutation { createNewsroomPerson(data: { name: "GraphQL ${actor}" }) { documentId } }`);
    row['POST /newsroom/preview'] = String((await call(actor, 'post', '/newsroom/preview', { documents: [SOURCE], referenceDate: REFERENCE_DATE })).status);
    row['GET /newsroom/imports'] = String((await call(actor, 'get', '/newsroom/imports')).status);
    row['POST /newsroom/imports'] = String((await call(actor, 'post', '/newsroom/imports', importBody)).status);
    return row;
  };

  it.each(ACTORS)('%s gets exactly the expected answer on every route', async (actor) => {
    observed[actor] = await observe(actor);
    expect(observed[actor]).toEqual(EXPECTED[actor]);
  });

  it('lets writes through only where the matrix says so', async () => {
    // The allowed writes really happened; the refused ones left nothing behind.
    const { strapi } = app;
    for (const actor of ACTORS) {
      for (const type of TYPE_NAMES) {
        const gone = !(await strapi.documents(TYPES[type].uid as any).findOne({ documentId: targets[actor][type].remove }));
        expect([actor, type, gone]).toEqual([actor, type, EXPECTED[actor][`${type}.delete`] === '204']);
      }
    }
    const names = async (prefix: string) =>
      (await strapi.documents(TYPES.people.uid as any).findMany({ filters: { name: { $startsWith: prefix } } })).map((p: any) => p.name);
    expect(await names('Person created by ')).toEqual(['Person created by full-access token']);
    expect(await names('Person updated by ')).toEqual(['Person updated by full-access token']);
    expect(await names('GraphQL ')).toEqual(['GraphQL full-access token']);
  });
});

function toMarkdown(matrix: Record<ActorName, Row>, db: string) {
  const collapse = (row: Row) => {
    // The four types answer alike: show one line per action when they do.
    const lines: Array<[string, string[]]> = [];
    for (const action of ['find', 'findOne', 'create', 'update', 'delete']) {
      const values = TYPE_NAMES.map((t) => row[`${t}.${action}`]);
      lines.push([`REST ${action} (4 types)`, [new Set(values).size === 1 ? values[0] : values.join('/')]]);
    }
    for (const route of ROUTES.slice(TYPE_NAMES.length * 5)) lines.push([route, [row[route]]]);
    return lines;
  };
  const rows = new Map<string, string[]>();
  for (const actor of ACTORS) {
    for (const [route, [value]] of collapse(matrix[actor])) rows.set(route, [...(rows.get(route) ?? []), value]);
  }
  const header = `| Route (${db}) | ${ACTORS.join(' | ')} |\n|---|${ACTORS.map(() => '---').join('|')}|\n`;
  return header + [...rows].map(([route, values]) => `| ${route} | ${values.join(' | ')} |`).join('\n') + '\n';
}
