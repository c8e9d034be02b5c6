import request from 'supertest';
import { bootStrapi, createApiToken, type TestStrapi } from '../helpers/strapi';

describe('generated content API (publicRead off, the default)', () => {
  let app: TestStrapi;

  beforeAll(async () => {
    app = await bootStrapi({ publicRead: false });
  });

  afterAll(async () => {
    await app?.stop();
  });

  it('refuses anonymous reads', async () => {
    const server = app.strapi.server.httpServer;
    for (const path of ['/api/newsroom/articles', '/api/newsroom/people', '/api/newsroom/quotes', '/api/newsroom/related-links']) {
      const res = await request(server).get(path);
      expect([401, 403]).toContain(res.status);
    }
  });

  it('serves reads to an API token', async () => {
    const token = await createApiToken(app.strapi, { type: 'read-only' });
    const res = await request(app.strapi.server.httpServer)
      .get('/api/newsroom/articles')
      .set('Authorization', `Bearer ${token}`)
      .expect(200);
    expect(res.body.data).toEqual([]);
  });
});
