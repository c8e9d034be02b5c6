import { bootStrapi, type TestStrapi } from '../helpers/strapi';
import { UID, runImport } from '../helpers/import';

/** Slugs are the Content Manager's: the importer's shortcut for a free slug must not change one. */
describe('slugs', () => {
  let app: TestStrapi;

  beforeAll(async () => {
    app = await bootStrapi();
  });
  afterAll(async () => {
    await app?.stop();
  });

  const cm = (uid: string, data: Record<string, unknown>) =>
    app.strapi.plugin('content-manager').service('uid').generateUIDField({ contentTypeUID: uid, field: 'slug', data }) as Promise<string>;

  it('are what the Content Manager would generate, free ones and taken ones alike', async () => {
    const { strapi } = app;
    const titles = ['Ångström Prize Goes To Zoë Šimić', 'Harbour Reopens After Storm', 'Harbour Reopens After Storm', 'Harbour Reopens After Storm', 'Щедрый вечер в городе'];
    const seen: string[] = [];
    for (const [i, title] of titles.entries()) {
      const expected = await cm(UID.article, { title });
      const speaker = `Zoë Šimić-${'Ångström'.slice(0, 3 + i)}`;
      const report = await runImport(strapi, [{ name: `slug-${i}.txt`, text: `${title}\n"We will be back," said Mayor ${speaker}.\n` }]);
      expect(report.totals.failed).toBe(0);
      const article: any = await strapi.db.query(UID.article).findOne({ where: { documentId: report.files[0].article!.documentId } });
      expect(article.slug).toBe(expected);
      seen.push(article.slug);
    }
    expect(seen.slice(1, 4)).toEqual(['harbour-reopens-after-storm', 'harbour-reopens-after-storm-1', 'harbour-reopens-after-storm-2']);
    const people: any[] = await strapi.db.query(UID.person).findMany({ select: ['name', 'slug'] });
    for (const person of people) expect(person.slug).toMatch(/^zoe-simic-ang/);
    expect(new Set(people.map((p) => p.slug)).size).toBe(people.length);
  });

  it('two new people of one article whose names slug alike get distinct slugs', async () => {
    const { strapi } = app;
    // Different people (their keys keep the hyphen), one slug: they are not
    // written in the same bulk statement, so the second gets its suffix.
    const text =
      'Two Duponts split the council\nMayor Anne-Marie Dupont backed the plan. "We will build the bridge," Anne-Marie Dupont said.\n' +
      'Councillor Anne Marie Dupont voted against it. "It is too expensive," said Councillor Anne Marie Dupont.\n';
    const report = await runImport(strapi, [{ name: 'duponts.txt', text }]);
    expect(report.totals.failed).toBe(0);
    const people: any[] = await strapi.db.query(UID.person).findMany({ where: { name: { $in: ['Anne-Marie Dupont', 'Anne Marie Dupont'] } }, orderBy: { id: 'asc' } });
    expect(people.map((p) => [p.name, p.slug])).toEqual([
      ['Anne-Marie Dupont', 'anne-marie-dupont'],
      ['Anne Marie Dupont', 'anne-marie-dupont-1'],
    ]);
  });
});
