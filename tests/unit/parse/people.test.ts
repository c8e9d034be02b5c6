import { parseDocument } from '../../../server/src/parse';

const people = (text: string) => parseDocument(text).people;

describe('people', () => {
  it('splits titles and nationality into the role', () => {
    const p = people('Israeli President Dov Levy met Prime Minister Sara Cohen. Levy said little.');
    expect(p).toEqual([
      { name: 'Dov Levy', role: 'Israeli President', aliases: ['Dov Levy', 'Israeli President Dov Levy', 'Levy'] },
      { name: 'Sara Cohen', role: 'Prime Minister', aliases: ['Sara Cohen', 'Prime Minister Sara Cohen'] },
    ]);
  });

  it('drops honorifics from the name', () => {
    const p = people('Dr. Amira Haddou said the results were clear.');
    expect(p.map((x) => x.name)).toEqual(['Amira Haddou']);
  });

  it('takes a role in apposition', () => {
    const p = people('Janet Doe, the city\'s mayor, said the plan was fair. Her lawyer, Teo Reyes, disagreed.');
    expect(p.find((x) => x.name === 'Janet Doe')!.role).toBe('mayor');
    expect(p.find((x) => x.name === 'Teo Reyes')!.role).toBe('lawyer');
  });

  it('includes a titled surname without a first name', () => {
    expect(people('President Okwuosa spoke on Monday.').map((x) => x.name)).toEqual(['Okwuosa']);
  });

  it('keeps particles, initials and suffixes', () => {
    const p = people(
      'The prize went to director Wilhelmina van der Meer. Union president J.R. Castellvi and Mayor Horace Pennings Jr. spoke. Senator Corwin T. Adeyinka objected.',
    );
    expect(p.map((x) => x.name)).toEqual(['Wilhelmina van der Meer', 'J.R. Castellvi', 'Horace Pennings Jr.', 'Corwin T. Adeyinka']);
  });

  it('ignores organisations, places, outlets, teams and storms', () => {
    const p = people(
      'The Labour Party and the Ruritanian Defense Forces issued statements. Hurricane Delia hit New York and Los Angeles. Channel Nine News and the Springfield Pelicans reported it. Analysts at Northwind Capital agreed. Crowds filled the Royal Exchange Hall.',
    );
    expect(p).toEqual([]);
  });

  it('does not invent people from single capitalised words', () => {
    expect(people('Washington has been discussing terms with Qatar. Thousands attended.')).toEqual([]);
  });

  it('merges the surname-only forms into one person', () => {
    const p = people('Coach Ben Ortiz arrived. Ortiz smiled. Later, Ortiz left.');
    expect(p).toHaveLength(1);
    expect(p[0]!.aliases).toEqual(['Ben Ortiz', 'Coach Ben Ortiz', 'Ortiz']);
  });
});
