import fs from 'fs';
import SwaggerParser from '@apidevtools/swagger-parser';
import { OPENAPI_FILE, type OpenApiDocument } from '../../../scripts/openapi-document';

/** A fresh copy each time: the validator dereferences in place. */
const committed = (): OpenApiDocument => JSON.parse(fs.readFileSync(OPENAPI_FILE, 'utf8'));

/*
 * docs/openapi.json is regenerated and compared in
 * tests/integration/content-api.test.ts (it needs a loaded Strapi); here it
 * is checked against the OpenAPI 3.1 schema without one.
 */
describe('docs/openapi.json', () => {
  it('is a valid OpenAPI 3.1 document', async () => {
    const api = await SwaggerParser.validate(committed() as never);
    expect(api).toMatchObject({ openapi: '3.1.0' });
  });

  it('describes the four types, the import door and import jobs, and nothing else of the host app', () => {
    expect(Object.keys(committed().paths ?? {}).sort()).toEqual([
      '/newsroom/articles',
      '/newsroom/articles/{id}',
      '/newsroom/import-jobs',
      '/newsroom/import-jobs/{id}',
      '/newsroom/imports',
      '/newsroom/people',
      '/newsroom/people/{id}',
      '/newsroom/quotes',
      '/newsroom/quotes/{id}',
      '/newsroom/related-links',
      '/newsroom/related-links/{id}',
    ]);
  });

  it('gives the import door the request and report schemas the routes declare', () => {
    const post = committed().paths?.['/newsroom/imports']?.post as Record<string, any>;
    const body = post.requestBody.content['application/json'].schema;
    expect(body.required).toEqual(['documents']);
    expect(Object.keys(body.properties.documents.items.properties)).toEqual(['name', 'text', 'data', 'contentType']);
    const report = post.responses['200'].content['application/json'].schema.properties.data;
    expect(report.required).toEqual(expect.arrayContaining(['runId', 'files', 'counts', 'totals']));
  });

  it('is refused by the validator once broken (the check is real)', async () => {
    const broken = committed();
    delete broken.components?.schemas?.PluginNewsroomPersonDocument;
    await expect(SwaggerParser.validate(broken as never)).rejects.toThrow(/PluginNewsroomPersonDocument/);
  });
});
