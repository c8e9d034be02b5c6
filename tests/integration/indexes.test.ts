import { bootStrapi, type TestStrapi } from '../helpers/strapi';
import { ensureImportIndexes } from '../../server/src/sync/store/indexes';

describe('import indexes', () => {
  let app: TestStrapi;

  beforeAll(async () => {
    app = await bootStrapi();
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('the bootstrap creates the key, fingerprint, slug and (target, order) join indexes, and a second call creates none', async () => {
    const inspector = (app.strapi.db.dialect as any).schemaInspector;
    const columnsOf = async (table: string) => ((await inspector.getIndexes(table)) as Array<{ columns: string[] }>).map((index) => index.columns.join(','));

    expect(await columnsOf('newsroom_articles')).toEqual(expect.arrayContaining(['import_key', 'slug', 'import_fingerprint']));
    expect(await columnsOf('newsroom_quotes')).toEqual(expect.arrayContaining(['import_key']));
    expect(await columnsOf('newsroom_quotes_speaker_lnk')).toEqual(expect.arrayContaining(['person_id,quote_ord']));
    expect(await columnsOf('newsroom_quotes_article_lnk')).toEqual(expect.arrayContaining(['article_id,quote_ord']));
    expect(await columnsOf('newsroom_related_links_article_lnk')).toEqual(expect.arrayContaining(['article_id,related_link_ord']));
    expect(await columnsOf('newsroom_articles_people_lnk')).toEqual(expect.arrayContaining(['person_id,article_ord']));

    expect(await ensureImportIndexes(app.strapi)).toEqual([]);
  });
});
