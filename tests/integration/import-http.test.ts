import request from 'supertest';
import { generate } from '@strapi/openapi';
import { bootStrapi, createAdmin, createApiToken, type TestStrapi } from '../helpers/strapi';
import { ImportRouteValidator } from '../../server/src/routes/validation';
import { REFERENCE_DATE, SAMPLE, runCli } from '../helpers/import';

const body = { documents: [{ name: '000_df82d9f9d3191450.txt', text: SAMPLE }], referenceDate: REFERENCE_DATE };

/** The parts of a report that must not depend on which door was used. */
const essence = (report: any) => ({
  totals: report.totals,
  counts: report.counts,
  files: report.files.map((f: any) => ({ name: f.name, sha256: f.sha256, status: f.status, changes: f.changes.map((c: any) => [c.type, c.action, c.importKey]) })),
});

describe('HTTP import door: POST /api/newsroom/imports', () => {
  let app: TestStrapi;
  beforeAll(async () => {
    app = await bootStrapi({ publicRead: true });
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('refuses callers without a token, even when reads are public', async () => {
    const res = await request(app.strapi.server.httpServer).post('/api/newsroom/imports').send(body);
    expect([401, 403]).toContain(res.status);
  });

  it('refuses a read-only token', async () => {
    const token = await createApiToken(app.strapi, { type: 'read-only' });
    const res = await request(app.strapi.server.httpServer).post('/api/newsroom/imports').set('Authorization', `Bearer ${token}`).send(body);
    expect(res.status).toBe(403);
  });

  it('validates the body like Strapi does', async () => {
    const token = await createApiToken(app.strapi, { type: 'custom', permissions: ['plugin::newsroom.import.create'] });
    const server = app.strapi.server.httpServer;
    const bad = await request(server).post('/api/newsroom/imports').set('Authorization', `Bearer ${token}`).send({ documents: [] });
    expect(bad.status).toBe(400);
    expect(bad.body.error.name).toBe('ValidationError');
    const unknown = await request(server).post('/api/newsroom/imports').set('Authorization', `Bearer ${token}`).send({ ...body, drop: true });
    expect(unknown.status).toBe(400);
  });

  it('imports with a token scoped to import, and reports what the CLI reports', async () => {
    const token = await createApiToken(app.strapi, { type: 'custom', permissions: ['plugin::newsroom.import.create'] });
    const http = await request(app.strapi.server.httpServer)
      .post('/api/newsroom/imports')
      .set('Authorization', `Bearer ${token}`)
      .send({ ...body, dryRun: true })
      .expect(200);
    expect(http.body.data.actor.type).toBe('api-token');
    expect(http.body.data.counts.article.create).toBe(1);

    const cli = runCli(['import', 'samples/000_df82d9f9d3191450.txt', '--dry-run', '--json', '--reference-date', REFERENCE_DATE], app.env);
    expect(cli.status).toBe(0);
    const cliReport = JSON.parse(cli.stdout);
    expect(essence({ ...cliReport, files: cliReport.files.map((f: any) => ({ ...f, name: '000_df82d9f9d3191450.txt' })) })).toEqual(essence(http.body.data));

    const real = await request(app.strapi.server.httpServer)
      .post('/api/newsroom/imports')
      .set('Authorization', `Bearer ${token}`)
      .send(body)
      .expect(200);
    expect(real.body.data.totals.created).toBeGreaterThan(10);
    expect(real.body.data.runId).toEqual(expect.any(String));
  });

  it("is described by Strapi's OpenAPI generator: request body and response", () => {
    const { document } = generate(app.strapi, { type: 'content-api' });
    const door = JSON.parse(JSON.stringify(document.paths?.['/newsroom/imports']?.post ?? null));
    expect(door).not.toBeNull();
    const requestSchema = door.requestBody.content['application/json'].schema;
    expect(requestSchema.required).toEqual(['documents']);
    expect(Object.keys(requestSchema.properties)).toEqual(['documents', 'dryRun', 'publish', 'overwrite', 'referenceDate']);
    expect(requestSchema.properties.documents).toMatchObject({ minItems: 1, maxItems: 50 });
    const responseSchema = door.responses['200'].content['application/json'].schema;
    expect(Object.keys(responseSchema.properties.data.properties)).toEqual(
      expect.arrayContaining(['runId', 'dryRun', 'actor', 'files', 'counts', 'totals'])
    );
  });

  it('answers in the shape its response schemas declare, on the import door and the admin routes', async () => {
    const server = app.strapi.server.httpServer;
    const validator = new ImportRouteValidator(app.strapi);
    const token = await createApiToken(app.strapi, { type: 'custom', permissions: ['plugin::newsroom.import.create'] });
    const door = await request(server).post('/api/newsroom/imports').set('Authorization', `Bearer ${token}`).send({ ...body, dryRun: true }).expect(200);
    expect(() => validator.importResponse.parse(door.body)).not.toThrow();

    const admin = await createAdmin(app.strapi, { superAdmin: true });
    const as = (req: request.Test) => req.set('Authorization', `Bearer ${admin}`);
    // A source no other test imports, so the preview has something to create.
    const fresh = { documents: [{ name: 'schema-check.txt', text: 'Harbour opens\n\nMayor Lena Ortiz said: "The harbour will open in May."\n' }], referenceDate: REFERENCE_DATE };
    const preview = await as(request(server).post('/newsroom/preview')).send(fresh).expect(200);
    expect(() => validator.previewResponse.parse(preview.body)).not.toThrow();
    expect(preview.body.data[0].diff.status).toBe('imported');
    const imported = await as(request(server).post('/newsroom/imports')).send(fresh).expect(200);
    expect(() => validator.importResponse.parse(imported.body)).not.toThrow();
    const history = await as(request(server).get('/newsroom/imports?page=1&pageSize=5')).expect(200);
    expect(() => validator.historyResponse.parse(history.body)).not.toThrow();
    expect(history.body.meta.pagination).toMatchObject({ page: 1, pageSize: 5 });

    const { document } = generate(app.strapi, { type: 'admin' });
    const paths = Object.keys(document.paths ?? {}).filter((p) => p.includes('newsroom'));
    expect(paths).toEqual(expect.arrayContaining([expect.stringMatching(/newsroom\/preview$/), expect.stringMatching(/newsroom\/imports$/)]));
  });
});
