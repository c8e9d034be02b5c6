/**
 * Stored import keys must not move: a key that changes makes a re-import see
 * a new record instead of the one editors worked on. The expected keys are
 * what stored records carry: a change here needs a migration, not a new
 * expected value.
 */
import { articleKey, foldText, linkKey, personKey, quoteKey } from '../../../server/src/sync/plan/import-keys';

describe('import keys', () => {
  it.each([
    ['José Ñúñez-García', 'person:jose nunez-garcia'],
    ['Zoë O’Brien', "person:zoe o'brien"],
    ['Ｆｕｌｌ　Ｗｉｄｔｈ', 'person:full width'],
    ['Dr. Ana  Müller', 'person:dr ana muller'],
    ['Jean‐Luc «Le Chef» Dupont', 'person:jean-luc le chef dupont'],
    ['ﬁona Ångström', 'person:fiona angstrom'],
  ])('keys the person %j as %j', (name, key) => {
    expect(personKey(name)).toBe(key);
  });

  it('folds accents, curly quotes, dashes and spacing, and keeps guillemets', () => {
    expect(foldText('Jean‐Luc «Le Chef»  Dupont')).toBe('jean-luc «le chef» dupont');
    expect(foldText(' “Zoë’s” — Über ')).toBe('"zoe\'s" - uber');
  });

  it('keys quotes, links and file-named articles as before', () => {
    expect(quoteKey('article:url:https://x.test/a', '“It’s – done,” she said ‘quietly’ «now»')).toBe('quote:62d21cff468dd79d0bfb6106');
    expect(linkKey('article:url:https://x.test/a', 'Café — “Ouvert”', 'https://x.test/b')).toBe('link:1a66b669273427ca609fe3d2');
    expect(articleKey({ url: null, id: undefined, fileName: 'a.txt', title: 'Größe  Über ‘Alles’' })).toBe('article:file:030d4a5cbac8456819b4e4dc');
  });
});
