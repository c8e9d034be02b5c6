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

  it('takes a surname with the Arabic article as a name, with no title or speech verb', () => {
    expect(people('Trial Ends\n\nKarim al-Nouri was placed on trial in May. Later al-Nouri was moved.').map((p) => p.name)).toEqual(['Karim al-Nouri']);
  });
  it('keeps two middle initials, one of them also a word', () => {
    expect(people('Tributes\n\nTom A. I. Vale, president of the college, wrote to them.').map((p) => p.name)).toEqual(['Tom A. I. Vale']);
  });
  it('keeps particles, initials and suffixes', () => {
    const p = people(
      'The prize went to director Wilhelmina van der Meer. Union president J.R. Castellvi and Mayor Horace Pennings Jr. spoke. Senator Corwin T. Adeyinka objected.',
    );
    expect(p.map((x) => x.name)).toEqual(['Wilhelmina van der Meer', 'J.R. Castellvi', 'Horace Pennings Jr.', 'Corwin T. Adeyinka']);
  });

  it('keeps a suffix set off by a comma, in the name and in its titled form', () => {
    const p = people('The day ended with a visit from Gen. Horace T. Pennings, Jr., the chief of staff. Pennings thanked the crews.');
    expect(p).toEqual([{ name: 'Horace T. Pennings, Jr.', role: 'Gen', aliases: ['Horace T. Pennings, Jr.', 'Gen. Horace T. Pennings, Jr.', 'Pennings'] }]);
  });

  it('reads military installations as places, not people', () => {
    const p = people(
      'Gen. Ida Morrow flew from Harwick Air Force Base to Forward Operating Base Tallow, then to Camp Rennick and Fort Ostler. Morrow said the crews were ready.',
    );
    expect(p.map((x) => x.name)).toEqual(['Ida Morrow']);
  });

  it('reads a phrase ending in a bare capital letter as a grade, not a name', () => {
    const p = people('The file was stamped Restricted B on every page. Mayor Ida Morrow said Plan C was dropped.');
    expect(p.map((x) => x.name)).toEqual(['Ida Morrow']);
  });

  it('reads a plural office before a single word as a group, not a title', () => {
    expect(people('Members of the Sea Vex live simply.')).toEqual([]);
    expect(people('Senator Okafor voted.').map((x) => x.name)).toEqual(['Okafor']);
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

describe('ranks and titles before names', () => {
  const one = (sentence: string) => parseDocument(`Drill Ends\n\n${sentence}`, { referenceDate: '2024-06-01' });
  it.each([
    ['"Ready," said Sgt. 1st Class Ida Morrow, a planner.', 'Ida Morrow', 'Sgt. 1st Class'],
    ['"Ready," said Chief Warrant Officer 2 Ida B. Morrow.', 'Ida B. Morrow', 'Chief Warrant Officer 2'],
    ['"Ready," said Air Force Gen. Ida Morrow.', 'Ida Morrow', 'Air Force Gen'],
    ['"Ready," said Lance Cpl. Ida Morrow.', 'Ida Morrow', 'Lance Cpl'],
    ['"Ready," said 2nd Lt. Ida Morrow, the leader.', 'Ida Morrow', '2nd Lt'],
    ['"Ready," said Master Sgt. Ida Morrow.', 'Ida Morrow', 'Master Sgt'],
  ])('%s', (sentence, name, role) => {
    const d = one(sentence);
    expect(d.people.map((p) => [p.name, p.role])).toEqual([[name, role]]);
    expect(d.quotes[0]!.speaker).toBe(name);
  });

  it('reads a plural office before a name as a role, not a name', () => {
    const d = one('"Vote," said Senators Ida Morrow and Tom Vale.');
    expect(d.people.map((p) => p.name)).toContain('Ida Morrow');
  });
});

describe('people named without a title or speech verb', () => {
  const names = (body: string) => parseDocument(`Final Day\n\n${body}`, { referenceDate: '2024-06-01' }).people.map((p) => p.name);
  it('finds a name in a list or a result', () => {
    expect(names('In the final, Ida Morrow beat Tomas Vale in three sets.')).toEqual(['Ida Morrow', 'Tomas Vale']);
  });

  it('finds a name listed between two people even when the text writes one of its words in lower case', () => {
    const names = (t: string) => parseDocument(t, { referenceDate: '2024-06-01' }).people.map((p) => p.name);
    const text = 'Gallery Opens\n\nShe worked with painters such as Ida Morrow, Ray Close, Tom Vale and Ann Lee. The close of the show is near.';
    expect(names(text)).toContain('Ray Close');
    // Not between two people: no help from the list.
    expect(names('Gallery Opens\n\nShe showed Ray Close and Ida Morrow the rooms. The close of the show is near.')).not.toContain('Ray Close');
  });

  it('leaves capitalised noun phrases whose words the text also writes in lower case', () => {
    expect(names('The Air Control Squadron left on Monday. The squadron flew control missions from the air base.')).toEqual([]);
  });

  it('leaves an organisation that qualifies a role noun', () => {
    expect(names('The lander was built by Orbitex Lunar. "It works," Orbitex Lunar co-founder Ida Morrow said.')).toEqual(['Ida Morrow']);
  });
});

describe('names after titles and places', () => {
  const people = (body: string) => parseDocument(`Visit Ends\n\n${body}`, { referenceDate: '2024-06-01' }).people.map((p) => [p.name, p.role]);
  it('reads a demonym right after a title as a given name', () => {
    expect(people('"Ready," said Army Sgt. Christian Vale, a team leader.')).toEqual([['Christian Vale', 'Army Sgt']]);
  });

  it('keeps the place of an office out of the name', () => {
    expect(people('"We go," said Governor of Washington Ida Morrow.')).toEqual([['Ida Morrow', 'Governor of Washington']]);
  });
});

describe('a surname written with a typo', () => {
  it('is the person whose surname is an edit or two away', () => {
    const d = parseDocument('Salt Study\n\nLydia Buchtmann of the food agency says the issue is complicated.\n\n"It will take time," Ms Bauchtman said.', { referenceDate: '2024-06-01' });
    expect(d.people.map((p) => p.name)).toEqual(['Lydia Buchtmann']);
    expect(d.quotes[0]!.speaker).toBe('Lydia Buchtmann');
  });

  it('is nobody when two people are that close', () => {
    const d = parseDocument('Two Cousins\n\nAnna Jensen and Ole Jenson met the mayor.\n\n"Yes," Mr Jensan said.', { referenceDate: '2024-06-01' });
    expect(d.quotes[0]!.speaker).not.toBe('Anna Jensen');
    expect(d.quotes[0]!.speaker).not.toBe('Ole Jenson');
  });
});

describe('byline authors', () => {
  it('without a rank or title are the story\'s author', () => {
    const d = parseDocument('Crews Train at Night\n\nBy Ida Morrow\n\nCrews trained through the night.', { referenceDate: '2024-06-01' });
    expect(d.people.map((p) => [p.name, p.role])).toEqual([['Ida Morrow', 'story author']]);
  });

  it('are people, with the rank written before the name as their role', () => {
    const d = parseDocument('Crews Train at Night\n\nStory by Staff Sgt. Ida Morrow\n12th Public Affairs Detachment\n\nCrews trained through the night.', { referenceDate: '2024-06-01' });
    expect(d.people.map((p) => [p.name, p.role])).toEqual([['Ida Morrow', 'Staff Sgt']]);
    expect(d.lead).toBe('Crews trained through the night.');
  });
});

describe('capitalised phrases that are not people', () => {
  const names = (body: string) => parseDocument(`Shuttles Retire\n\n${body}`, { referenceDate: '2024-06-01' }).people.map((p) => p.name);
  it('leaves a name-like phrase whose evidence is only its bare last word elsewhere', () => {
    expect(names('The space shuttle fleet retires. Space Shuttle Atlantis goes to Florida. Atlantis flew 33 times.')).toEqual([]);
  });
  it('leaves what follows "for" in an office, and a demonym-titled phrase', () => {
    expect(names('The United Nations High Commissioner for Refugees and the British Red Cross helped.')).toEqual([]);
  });
  it('leaves a phrase opening with a known person\'s surname', () => {
    expect(names('Ida Morrow painted for years. Morrow Polaroid exhibits open today.')).toEqual(['Ida Morrow']);
  });
});

describe('roles in appositives and lists', () => {
  const roles = (body: string) => parseDocument(`Gallery Opens\n\n${body}`, { referenceDate: '2024-06-01' }).people.map((p) => [p.name, p.role]);
  it('reads an appositive without an article', () => {
    expect(roles('Ida Morrow, director of the gallery, said it opens today.')).toEqual([['Ida Morrow', 'director of the gallery']]);
    expect(roles('Ida Morrow, Harbour associate professor of art history, said so.')).toEqual([['Ida Morrow', 'Harbour associate professor of art history']]);
  });
  it('reads a compound office in an appositive, and the head phrase of a long one', () => {
    expect(roles('Ida Morrow, human rights lawyer, spoke.')).toEqual([['Ida Morrow', 'human rights lawyer']]);
    expect(roles('Ida Morrow, harbour safety campaigner and widow of the late harbour master of the port, has died.')).toEqual([['Ida Morrow', 'harbour safety campaigner']]);
    expect(roles('Tom Vale, still smiling, said no.')).toEqual([['Tom Vale', null]]);
  });
  it('reads a capitalised office closing an appositive', () => {
    expect(roles('Ida Morrow, an Ottawa New Democrat MP, said so.')).toEqual([['Ida Morrow', 'Ottawa New Democrat MP']]);
  });
  it('reads role nouns without an occupational ending, and initialisms, inside an appositive', () => {
    expect(roles('Ida Morrow, a former official at the Harbour Trust, said so.')).toEqual([['Ida Morrow', 'former official']]);
    expect(roles('Ida Morrow, a U.K. independent expert on water, said so.')).toEqual([['Ida Morrow', 'U.K. independent expert']]);
    expect(roles('Ida Morrow, a senior fellow at the Harbour Trust, said so.')).toEqual([['Ida Morrow', 'senior fellow']]);
    expect(roles('She beat former champion Ida Morrow, and Tom Vale, a medic, watched.')).toEqual([
      ['Ida Morrow', 'former champion'],
      ['Tom Vale', 'medic'],
    ]);
    expect(roles('Ida Morrow, a 14-year-old girl from Harbour Town, built the clock.')).toEqual([['Ida Morrow', '14-year-old girl']]);
    // Capitalised, the same nouns open names of things.
    expect(roles('Tom Vale won the Expert Rowing Badge.')).toEqual([['Tom Vale', null]]);
  });
  it('reads a capitalised office before the name when "the" or an owner opens it', () => {
    expect(roles('The Harbour Secretary, Ida Morrow, said so.')).toEqual([['Ida Morrow', 'Harbour Secretary']]);
    expect(roles("Ruritania's Prime Minister, Ida Morrow, said so.")).toEqual([['Ida Morrow', 'Prime Minister']]);
    expect(roles('In Harbour Town, Ida Morrow said so.')).toEqual([['Ida Morrow', null]]);
  });
  it('reads a capitalised office with its complement in an appositive after "the"', () => {
    expect(roles('Ida Morrow, the Secretary of Harbours, met Tom Vale, the Minister for the Arts.')).toEqual([
      ['Ida Morrow', 'Secretary of Harbours'],
      ['Tom Vale', 'Minister for the Arts'],
    ]);
  });
  it('splits a run after an office\'s "to", "of" or "for" into the office\'s complement and the name', () => {
    expect(roles('Former Ambassador to the Harbour Nations Ida Morrow wrote to them.')).toEqual([['Ida Morrow', 'Former Ambassador to the Harbour Nations']]);
    expect(roles('Secretary of Harbour Affairs Jo W. Bloggs spoke.')).toEqual([['Jo W. Bloggs', 'Secretary of Harbour Affairs']]);
    expect(roles('He spoke to the United Nations General Assembly on Monday.')).toEqual([]);
  });
  it('reads an office with its complement opening the sentence, without an article', () => {
    expect(roles('Director of the rowing club, Ida Morrow, said it opens today.')).toEqual([['Ida Morrow', 'Director of the rowing club']]);
  });
  it('reads an organisation after "of" or "from" as the role, failing an office, but not a place', () => {
    expect(roles('Ida Morrow of the Harbour Party won. Tom Vale from HPC lost.')).toEqual([
      ['Ida Morrow', 'Harbour Party'],
      ['Tom Vale', 'HPC'],
    ]);
    expect(roles('Ida Morrow of Harbour Town voted.')).toEqual([['Ida Morrow', null]]);
  });
  it('reads what follows a name and "of" as where the person is from, neither a person nor part of a role', () => {
    expect(roles('Teacher Ida Morrow of Harbour Town voted.')).toEqual([['Ida Morrow', 'Teacher']]);
    expect(roles('Ida Morrow of Cedar Rapids says no.')).toEqual([['Ida Morrow', null]]);
  });
  it('reads a rating written as an occupation owning an office as the role, and a name after "Operation" as the operation\'s', () => {
    expect(roles("\"It was easy,\" said Chief Aviation Machinist's Mate Tom Vale.")).toEqual([['Tom Vale', "Chief Aviation Machinist's Mate"]]);
    expect(roles('The unit ran Operation Desert Lance in May.')).toEqual([]);
  });
  it('leaves a name in apposition to an organisation noun, or ending in "Laboratory", to the organisation', () => {
    expect(roles('The drug is made by the Harbour company Ridgeway Biologics.')).toEqual([]);
    expect(roles("The event was backed by the agency's Harbour Propulsion Laboratory.")).toEqual([]);
  });
  it('leaves a name whose appositive opens with "its" to the thing it is', () => {
    expect(roles('Acme Browser, its main rival, has gained users. Acme Browser is free.')).toEqual([]);
  });
  it('leaves a run ending in a unit or team word to the organisation', () => {
    expect(roles('Tom Vale joined the Stryker Brigade Combat Team in May.')).toEqual([['Tom Vale', null]]);
  });
  it('leaves a possessive run before a capitalised organisation word to the organisation', () => {
    expect(roles("The commander of the Ruritanian People's Army said so.")).toEqual([]);
  });
  it('reads an office with its complement set before the name', () => {
    expect(roles('The treasurer of the rowing club, Ida Morrow, said it opens today.')).toEqual([['Ida Morrow', 'treasurer of the rowing club']]);
    expect(roles('Also the agent in charge of the case, Tom Vale, spoke.')).toEqual([['Tom Vale', 'agent in charge of the case']]);
    // A clause, not an office: the name is not the director.
    expect(roles('She wrote to the director of the club about funding for the team, Ida Morrow said.')).toEqual([['Ida Morrow', null]]);
  });
  it('skips a parenthesis inside the complement, whatever it holds, and leaves it out of the role', () => {
    expect(roles('The general secretary of the HPU union (Harbour Pilots, Dockers and Ferry Workers), Ida Morrow, said it opens today.')).toEqual([['Ida Morrow', 'general secretary of the HPU union']]);
  });
  it('reads a capitalised office after capitalised qualifiers opening the sentence ("U.S. Attorney for …, Name")', () => {
    expect(roles('U.S. Attorney for the District of Harbour, Ida Morrow, said it opens today.')).toEqual([['Ida Morrow', 'U.S. Attorney for the District of Harbour']]);
    expect(roles('Harbour Pilots Union Attorney for the District, Ida Morrow, said it opens today.')).toEqual([['Ida Morrow', null]]);
  });
  it('reads a relation after a possessive as the relative\'s role', () => {
    expect(roles('Tom Vale and his wife Ida Vale opened the shop.')).toEqual([['Tom Vale', null], ['Ida Vale', 'his wife']]);
    // A given name alone is someone when the relation says which pronoun is hers (or his).
    expect(roles('Ida Vale waited with her younger son, Rory, on the quay.')).toEqual([['Ida Vale', null], ['Rory', 'her younger son']]);
    expect(roles('Ida Vale waited with their child, Rory, on the quay.')).toEqual([['Ida Vale', null]]);
  });
  it('reads a relation that is also shaped like an occupation ("her daughter, Ann,") as a relation', () => {
    expect(roles('Ida Vale waited with her daughter, Ann, on the quay.')).toEqual([['Ida Vale', null], ['Ann', 'her daughter']]);
  });
  it('gives each name listed after a plural relation that relation, in the singular', () => {
    expect(roles('Tom Vale is survived by his second wife Ida Vale, their two sons Rory and Cal, and four daughters, Ann, Bea, and Cass.')).toEqual([
      ['Tom Vale', null],
      ['Ida Vale', 'his second wife'],
      ['Rory', 'their son'],
      ['Cal', 'their son'],
      ['Ann', 'daughter'],
      ['Bea', 'daughter'],
      ['Cass', 'daughter'],
    ]);
  });
  it('reads an ampersand inside an office before a titled name, not inside a firm', () => {
    expect(roles('Parks & Recreation Director Ida Morrow said the pool reopens.')).toEqual([['Ida Morrow', 'Parks & Recreation Director']]);
    expect(roles('The pool was built by Morrow & Vale Builders last year.')).toEqual([]);
  });
  it('reads an office whose name joins two phrases with "and" whole', () => {
    expect(roles('Agency Deputy Director for Parks and Coastal Recreation Ida Morrow: "We are ready."')).toEqual([
      ['Ida Morrow', 'Agency Deputy Director for Parks and Coastal Recreation'],
    ]);
    // No office noun in the phrase: no role.
    expect(roles('Friends of Parks and Coastal Recreation Trust Ida Morrow said so.').map(([, r]) => r)).toEqual([null]);
  });
  it('reads an acronym owning the name as the affiliation, failing an office', () => {
    expect(roles('The ACME\'s Ida Morrow reports from the coast.')).toEqual([['Ida Morrow', 'ACME']]);
    expect(roles('ACME\'s Ida Morrow, the station\'s flight director, spoke.')).toEqual([['Ida Morrow', 'flight director']]);
    expect(roles('Harbour\'s Ida Morrow spoke.').map(([, r]) => r)).toEqual([null]);
  });
  it('reads an editor\'s bracketed note before a name as the role, when an office heads it', () => {
    expect(roles('"Every pilot, including [former Harbour Air director] Ida Morrow, trained here," Tom Vale said.')).toEqual([
      ['Ida Morrow', 'former Harbour Air director'],
      ['Tom Vale', null],
    ]);
    expect(roles('"Every pilot, including [in 1990] Ida Morrow, trained here," Tom Vale said.').map(([, r]) => r)).toEqual([null, null]);
  });
  it('reads a short lower-case description after "a" as the role', () => {
    expect(roles('Ida Morrow, a retired beekeeper, said the hives were empty.')).toEqual([['Ida Morrow', 'retired beekeeper']]);
    // Too long, or not closed by a comma: a clause, not a description.
    expect(roles('Ida Morrow, a woman who kept bees for years, said so.').map(([, r]) => r)).toEqual([null]);
    expect(roles('Ida Morrow, a retired homeopath said.').map(([, r]) => r)).toEqual([null]);
  });
  it('reads a rank word owned by someone, set before the name, as the role', () => {
    expect(roles('He asked the mayor\'s deputy, Ida Morrow, to speak.')).toEqual([['Ida Morrow', 'deputy']]);
    expect(roles('He met the first, Ida Morrow, on Monday.').map(([, r]) => r)).toEqual([null]);
  });
  it('reads an -ist or -ian noun before a full name as a title, not a given name', () => {
    expect(roles('A video featured Harbourist Ida Morrow. Julian Vale wrote.')).toEqual([
      ['Ida Morrow', 'Harbourist'],
      ['Julian Vale', null],
    ]);
  });
  it('reads "First Lady" as an office, while "Lady" alone stays an honorific', () => {
    expect(roles('Former First Lady Ann Lee spoke. The President and the First Lady, Ida Morrow, attended. Lady Jane Grey was there.')).toEqual([
      ['Ann Lee', 'Former First Lady'],
      ['Ida Morrow', 'First Lady'],
      ['Jane Grey', null],
    ]);
  });
  it('reads a plural occupation opening the sentence as the title of the names after it', () => {
    expect(roles('Paratroopers Ida Morrow and Tom Vale fired first. Marcus Lee spoke.')).toEqual([
      ['Ida Morrow', 'Paratrooper'],
      ['Tom Vale', 'Paratrooper'],
      ['Marcus Lee', null],
    ]);
  });
  it('gives each name of a list the plural office before it, in the singular', () => {
    expect(roles('The show has portraits by photographers Ida Morrow, Tom Vale and Ann Lee.')).toEqual([
      ['Ida Morrow', 'photographer'],
      ['Tom Vale', 'photographer'],
      ['Ann Lee', 'photographer'],
    ]);
  });
});

describe('a plural office shared across notes in a list', () => {
  const roles = (body: string) => parseDocument(`Gallery Opens\n\n${body}`, { referenceDate: '2024-06-01' }).people.map((p) => [p.name, p.role]);
  it('carries over a note in parentheses and the previous name\'s organisation', () => {
    expect(roles('The show has portraits of athletes Ida Morrow (rowing) and Tom Vale (chess).')).toEqual([
      ['Ida Morrow', 'athlete'],
      ['Tom Vale', 'athlete'],
    ]);
    expect(roles('It shows publishers Ida Morrow of Harbour Press and Tom Vale of the Quayside Gazette.')).toEqual([
      ['Ida Morrow', 'publisher'],
      ['Tom Vale', 'publisher'],
    ]);
  });
  it('stops at a clause between the names', () => {
    expect(roles('It shows publishers Ida Morrow, who left early, and Tom Vale.')).toEqual([
      ['Ida Morrow', 'publisher'],
      ['Tom Vale', null],
    ]);
  });
});

describe('an office taken, held or left "as"', () => {
  const roles = (body: string) => parseDocument(`Harbour Vote\n\n${body}`, { referenceDate: '2024-06-01' }).people.map((p) => [p.name, p.role]);
  it('reads the office after a verb of office with the name as its subject', () => {
    expect(roles('In May, Ida Morrow was forced to resign as Harbour Affairs minister after the vote.')).toEqual([['Ida Morrow', 'Harbour Affairs minister']]);
    expect(roles('Ida Morrow served as the mayor for ten years.')).toEqual([['Ida Morrow', 'mayor']]);
  });
  it('leaves "as" after other verbs, whose object it describes', () => {
    expect(roles('Ida Morrow described the plan as a mayor\'s dream.').map(([, r]) => r)).toEqual([null]);
  });
});

describe('the organisation a person speaks for', () => {
  const roles = (body: string) => parseDocument(`Harbour Vote\n\n${body}`, { referenceDate: '2024-06-01' }).people.map((p) => [p.name, p.role]);
  it('is the role when written straight after the name, before ", says"', () => {
    expect(roles('Ida Morrow for Coastal Water Board, says the rules will change.')).toEqual([['Ida Morrow', 'Coastal Water Board']]);
  });
  it('is not read from "for" without a speech verb after it', () => {
    expect(roles('Ida Morrow for Coastal Water Board is a slogan.').map(([, r]) => r)).toEqual([null]);
  });
});

describe('paragraph subject and predicate roles', () => {
  const doc = (body: string) => parseDocument(`Markets Slow\n\n${body}`, { referenceDate: '2024-06-01' });
  it('reads "<name> is a <role> at …" as the role', () => {
    expect(doc('Ida Morrow is a money manager at Harbour Funds in Boston.').people.map((p) => p.role)).toEqual(['money manager at Harbour Funds in Boston']);
    expect(doc('Ida Morrow is a former official at the Harbour Trust.').people.map((p) => p.role)).toEqual(['former official at the Harbour Trust']);
  });
  it('takes the head phrase of a long appositive that the sentence or the paragraph ends', () => {
    expect(doc('"It flew," said Tom Vale, lead scientist for small bodies of the solar system at the Harbour Institute in Leeds. "It is a rubble pile."').people.map((p) => p.role)).toEqual(['lead scientist']);
    expect(doc('"It flew," said Tom Vale, Harbour Mission Directorate deputy associate administrator for research at the Harbour Institute.').people.map((p) => p.role)).toEqual(['Harbour Mission Directorate deputy associate administrator']);
    expect(doc('"It flew," said Tom Vale, Department of Harbour Security Acting Assistant Secretary for Piers and Customs Enforcement.').people.map((p) => p.role)).toEqual(['Department of Harbour Security Acting Assistant Secretary']);
    expect(doc('"It flew," said Tom Vale, who had been standing on the pier at the Harbour Institute in Leeds all day.').people.map((p) => p.role)).toEqual([null]);
  });
  it('reads a relative clause whose verb holds a post (", who leads …," / ", who helps lead …") as the role, as written', () => {
    expect(doc('"It worked," said Ida Morrow, who leads the engine team at the Harbour Research Center in Leeds. "It ran."').people.map((p) => p.role)).toEqual(['leads the engine team at the Harbour Research Center in Leeds']);
    expect(doc('Ida Morrow, who helps lead the survey at Harbour Labs, said it ran.').people.map((p) => p.role)).toEqual(['helps lead the survey at Harbour Labs']);
    expect(doc('Ida Morrow, who leads, said it ran.').people.map((p) => p.role)).toEqual([null]);
    expect(doc('Ida Morrow, who walks the pier at Harbour Labs, said it ran.').people.map((p) => p.role)).toEqual([null]);
  });
  it('reads the role after a generational suffix as after the name ("Jo Bloggs Jr., U.S. Marshal …")', () => {
    expect(doc('"It worked," said Amos Vale Jr., U.S. Marshal for the Southern District of Harbour.').people.map((p) => p.role)).toEqual(['U.S. Marshal for the Southern District of Harbour']);
    expect(doc('Amos Vale Jr., a retired ferry pilot, said it worked.').people.map((p) => p.role)).toEqual(['retired ferry pilot']);
    expect(doc('Amos Vale Jr. is a money manager at Harbour Funds.').people.map((p) => p.role)).toEqual(['money manager at Harbour Funds']);
  });
  it('reads a relative clause ", who is the <role> of …," as the role', () => {
    expect(doc('Ida Morrow, who is the chief executive of Harbour Funds, said the vote was close.').people.map((p) => p.role)).toEqual(['chief executive of Harbour Funds']);
    expect(doc('Ida Morrow, who was a teacher, said the vote was close.').people.map((p) => p.role)).toEqual(['teacher']);
    expect(doc('Ida Morrow who is a teacher said the vote was close.').people.map((p) => p.role)).toEqual([null]);
  });
  it('gives a quote of its own sentence to the person a paragraph opens with, if nobody else is named', () => {
    expect(doc('Ida Morrow, an economist in Boston, foresees a slowdown. "It is coming."').quotes.map((q) => q.speaker)).toEqual(['Ida Morrow']);
    expect(doc('Ida Morrow, an economist, met Tom Vale on Monday. "It is coming."').quotes.map((q) => q.speaker)).toEqual([null]);
  });
});

describe('research and supervisory offices before a name', () => {
  const names = (body: string) => parseDocument(`Harbour Launch\n\n${body}`, { referenceDate: '2024-06-01' }).people.map((p) => [p.name, p.role]);
  it('"Principal Investigator" and a "co-" office title the name rather than joining it', () => {
    expect(names('"It flew," said Principal Investigator Jo Marsh of Harbour Labs.')).toEqual([['Jo Marsh', 'Principal Investigator']]);
    expect(names('"It flew," said Co-chair Jo Marsh.')).toEqual([['Jo Marsh', 'Co-chair']]);
  });
  it('a noun in "-ment" is no occupation ("As set forth in the indictment, Jo Marsh, a former clerk,")', () => {
    expect(names('As set forth in the indictment, Jo Marsh, a former harbour clerk, is serving a sentence.')).toEqual([['Jo Marsh', 'former harbour clerk']]);
  });
  it('a capitalised office with its complement heads the appositive ("the Chair of the Board of Governors")', () => {
    expect(names('Yesterday, Ida Vale, the Chair of the Board of Governors, announced an inquiry.')).toEqual([['Ida Vale', 'Chair of the Board of Governors']]);
    expect(names('Ida Vale, an Ottawa New Democrat MP, spoke.')).toEqual([['Ida Vale', 'Ottawa New Democrat MP']]);
  });
  it('an appositive may open with an adverb of time before its article ("formerly the director", "now the mayor")', () => {
    expect(names('Ida Vale, formerly the director of the harbour board, spoke. Tom Reed, now the mayor of Harbour, agreed.')).toEqual([['Ida Vale', 'former director'], ['Tom Reed', 'mayor']]);
  });
  it('a counsel holds an office, so a list\'s shared title does not pass over it ("… and Special Litigation Counsel Jo Marsh")', () => {
    expect(names('The case is prosecuted by Assistant United States Attorneys Ida Vale and Tom Reed and Special Litigation Counsel Jo Marsh.')).toEqual([
      ['Ida Vale', 'Assistant United States Attorney'],
      ['Tom Reed', 'Assistant United States Attorney'],
      ['Jo Marsh', 'Special Litigation Counsel'],
    ]);
    expect(names('"It went well," said SSgt. Jo Marsh.')).toEqual([['Jo Marsh', 'SSgt']]);
  });
  it('an appositive of a relation and "of" is the relation with whose it is ("the son of Jo Marsh,")', () => {
    expect(names('The inquiry looked at Rory Marsh, the son of Jo Marsh, last year.')[0]).toEqual(['Rory Marsh', 'son of Jo Marsh']);
  });
  it('"<name>, who served as <office>" gives the office', () => {
    expect(names('Jo Marsh, who served as Harbour Vice President until 2016, spoke.')).toEqual([['Jo Marsh', 'Harbour Vice President']]);
  });
  it('a UN rapporteur and an ombudsman hold offices', () => {
    expect(names('Ida Vale, a UN rapporteur for the Office of the High Commissioner, spoke. Ombudsman Jo Marsh agreed.')).toEqual([['Ida Vale', 'UN rapporteur'], ['Jo Marsh', 'Ombudsman']]);
  });
  it('a "co-" office before a firm with an ampersand does not title the firm ("co-owner of H & V Farms")', () => {
    expect(names('"It helps," said co-owner of H & V Farms, Jo Marsh.')).toEqual([['Jo Marsh', null]]);
    expect(names('"It helps," said Health & Harbour Services Secretary Jo Marsh.')).toEqual([['Jo Marsh', 'Health & Harbour Services Secretary']]);
  });
});

describe('"Bill", an organisation word that is also a given name', () => {
  const names = (body: string) => parseDocument(`Harbour Vote\n\n${body}`, { referenceDate: '2024-06-01' }).people.map((p) => [p.name, p.role]);
  it('opens a name when another name word follows it', () => {
    expect(names('Governor Bill Morrow signed the order.')).toEqual([['Bill Morrow', 'Governor']]);
    expect(names('A statement from Harbour Administrator Bill Vale followed.')).toEqual([['Bill Vale', 'Harbour Administrator']]);
  });
  it('still ends an organisation name', () => {
    expect(names('The Harbour Finance Bill passed on Monday.')).toEqual([]);
  });
});

describe('a generational suffix after a comma', () => {
  const names = (body: string) => parseDocument(`Harbour Vote\n\n${body}`, { referenceDate: '2024-06-01' }).people.map((p) => p.name);
  it('belongs to the name as a capital numeral, as "Jr." does', () => {
    expect(names('"It is done," said Director Tom A. Vale, III, of the Harbour Board.')).toEqual(['Tom A. Vale, III']);
    expect(names('Tom A. Vale, Jr., of the Harbour Board agreed.')).toEqual(['Tom A. Vale, Jr.']);
  });
});

describe('a hyphenated office ("Director-in-Charge", "Governor-elect")', () => {
  const people = (body: string) => parseDocument(`Harbour Vote\n\n${body}`, { referenceDate: '2024-06-01' }).people.map((p) => [p.name, p.role]);
  it('is a title before the name, not part of it', () => {
    expect(people('"It is done," said Assistant Director-in-Charge Vale of the field office.')).toEqual([['Vale', 'Assistant Director-in-Charge']]);
    expect(people('Governor-elect Ida Morrow spoke first.')).toEqual([['Ida Morrow', 'Governor-elect']]);
  });
});

describe('an office with a complement of several words before the name', () => {
  const doc = (body: string) => parseDocument(`Harbour Vote\n\n${body}`, { referenceDate: '2024-06-01' });
  it('is the role, and the name after it a person', () => {
    const d = doc('"It works," said Marshal of the Northern District of Harbour Don Vale.');
    expect(d.people.map((p) => [p.name, p.role])).toEqual([['Don Vale', 'Marshal of the Northern District of Harbour']]);
    expect(d.quotes.map((q) => q.speaker)).toEqual(['Don Vale']);
  });
});

describe('"the <capitalised office> of <complement>, <name>,"', () => {
  const roles = (body: string) => parseDocument(`Harbour Vote\n\n${body}`, { referenceDate: '2024-06-01' }).people.map((p) => [p.name, p.role]);
  it('gives the name that office, also after "and"', () => {
    expect(roles('The Archbishop of Harbour, Tom Vale, prayed.')).toEqual([['Tom Vale', 'Archbishop of Harbour']]);
    expect(roles('Politicians and the Archbishop of Harbour, Tom Vale, prayed.')).toEqual([['Tom Vale', 'Archbishop of Harbour']]);
  });
});

describe('a relation in apposition without an article ("Ann Lee, widow of the late mayor,")', () => {
  const roles = (body: string) => parseDocument(`Harbour Vote\n\n${body}`, { referenceDate: '2024-06-01' }).people.map((p) => [p.name, p.role]);
  it('is the role, with whose relation it is', () => {
    expect(roles('Ann Cole, widow of the late mayor, spoke.')).toEqual([['Ann Cole', 'widow of the late mayor']]);
  });
  it('needs its "of"', () => {
    expect(roles('Ann Cole, wife, mother and teacher, spoke.')).toEqual([['Ann Cole', null]]);
  });
});

describe('an appositive after an age ("Tom Vale, 42, a convicted murderer,")', () => {
  const roles = (body: string) => parseDocument(`Harbour Vote\n\n${body}`, { referenceDate: '2024-06-01' }).people.map((p) => [p.name, p.role]);
  it('is the role', () => {
    expect(roles('Tom Vale, 42, a convicted murderer, helped.')).toEqual([['Tom Vale', 'convicted murderer']]);
  });
  it('is not read across "and" into the next person', () => {
    expect(roles('Tom Vale, 42, and Ann Cole, a teacher, helped.')).toEqual([['Tom Vale', null], ['Ann Cole', 'teacher']]);
  });
});

describe('a peer\'s title before a single word ("Lord Kinclaven")', () => {
  const doc = (body: string) => parseDocument(`Harbour Court\n\n${body}`, { referenceDate: '2024-06-01' });
  it('is part of the name, and the bare surname still matches it', () => {
    const d = doc('Judge Lord Harrow ordered a review. "It was brutal," Harrow said.');
    expect(d.people.map((p) => [p.name, p.role])).toEqual([['Lord Harrow', 'Judge']]);
    expect(d.quotes.map((q) => q.speaker)).toEqual(['Lord Harrow']);
  });
  it('stays an honorific before a full name', () => {
    expect(doc('Lord Tom Vale spoke.').people.map((p) => p.name)).toEqual(['Tom Vale']);
  });
});

describe('a place word as a surname after a title', () => {
  const doc = (body: string) => parseDocument(`Harbour Drill\n\n${body}`, { referenceDate: '2024-06-01' });
  it('is a surname after a rank and a given name, and after a rank of several words', () => {
    const d = doc('"Two fights," said Chief Warrant Officer Tom Poland, the team lead. "It went well," said Chief Warrant Officer Poland.');
    expect(d.people.map((p) => [p.name, p.role])).toEqual([['Tom Poland', 'Chief Warrant Officer']]);
    expect(d.quotes.map((q) => q.speaker)).toEqual(['Tom Poland', 'Tom Poland']);
  });
  it('is not a person after a one-word title alone', () => {
    expect(doc('The film followed Captain America in the cinema.').people).toEqual([]);
  });
});

describe('a member noun built on an organisation word ("Assemblywoman", "Committeeman")', () => {
  const roles = (body: string) => parseDocument(`Harbour Vote\n\n${body}`, { referenceDate: '2024-06-01' }).people.map((p) => [p.name, p.role]);
  it('is a title, not a given name', () => {
    expect(roles('Newly elected Assemblywoman Ida Torres spoke.')).toEqual([['Ida Torres', 'Assemblywoman']]);
    expect(roles('Committeeman Tom Vale spoke.')).toEqual([['Tom Vale', 'Committeeman']]);
  });
});

describe('a title\'s dot with the space left out ("Lt. Col.Tom Vale")', () => {
  const doc = (body: string) => parseDocument(`Harbour Drill\n\n${body}`, { referenceDate: '2024-06-01' });
  it('still separates the title from the name', () => {
    const d = doc('"We have 400 Marines," said Lt. Col.Tom A. Vale, the commander.');
    expect(d.people.map((p) => [p.name, p.role])).toEqual([['Tom A. Vale', 'Lt. Col']]);
    expect(d.quotes.map((q) => q.speaker)).toEqual(['Tom A. Vale']);
  });
  it('leaves initialisms whole ("U.S.", "Ph.D.")', () => {
    expect(doc('The U.S. Army and Ph.D. students met.').people).toEqual([]);
  });
});

describe('a nickname in quotes after a middle initial ("Ann J. “AJ” Cole")', () => {
  it('is skipped over, the name kept whole', () => {
    const d = parseDocument('Harbour Test\n\nChief engineer Ann J. “AJ” Cole said it works.', { referenceDate: '2024-06-01' });
    expect(d.people.map((p) => [p.name, p.role])).toEqual([['Ann J. Cole', 'Chief engineer']]);
  });
});

describe('military units and bureaus', () => {
  const names = (body: string) => parseDocument(`Harbour Drill\n\n${body}`, { referenceDate: '2024-06-01' }).people.map((p) => p.name);
  it('are not people ("3rd Marine Aircraft Wing", "National Harbour Bureau")', () => {
    expect(names('Marines of the 3rd Marine Aircraft Wing and the National Harbour Bureau trained.')).toEqual([]);
  });
  it('"magistrate" is an office before a name', () => {
    expect(parseDocument('Court\n\nU.S. Magistrate Ida M. Vale ordered it.').people.map((p) => [p.name, p.role])).toEqual([['Ida M. Vale', 'U.S. Magistrate']]);
  });
});

describe('appositive roles with a unit number or a "lead"', () => {
  const roles = (body: string) => parseDocument(`Harbour Drill\n\n${body}`, { referenceDate: '2024-06-01' }).people.map((p) => [p.name, p.role]);
  it('reads "379th ESFS training manager" and "suborbital technology lead at …"', () => {
    expect(roles('"It works," said Kyle Vale, 379th ESFS training manager.')).toEqual([['Kyle Vale', '379th ESFS training manager']]);
    expect(roles('"It works," said Ann Vale, suborbital technology lead at Harbour Base.')).toEqual([['Ann Vale', 'suborbital technology lead at Harbour Base']]);
  });
  it('not a verb "lead" opening the clause', () => {
    expect(roles('Tom Vale, lead the way.')).toEqual([['Tom Vale', null]]);
  });
});

describe('"A <capitalised office>, <name>,"', () => {
  it('gives the name that office, as "The …" does', () => {
    const d = parseDocument('Harbour Vote\n\nA Republican Assemblywoman, Jill Vale, also commented on it.', { referenceDate: '2024-06-01' });
    expect(d.people.map((p) => [p.name, p.role])).toEqual([['Jill Vale', 'Republican Assemblywoman']]);
  });
});

describe('a surname that is also an office word after an office ("Attorney General King")', () => {
  const doc = (body: string) => parseDocument(`Harbour Plea\n\n${body}`, { referenceDate: '2024-06-01' });
  it('names the person the text names in full with that surname', () => {
    const d = doc('The plea was announced by Ida King, Acting Assistant Attorney General. "It works," said Acting Assistant Attorney General King.');
    expect(d.people.map((p) => p.name)).toEqual(['Ida King']);
    expect(d.quotes.map((q) => q.speaker)).toEqual(['Ida King']);
  });
  it('names no one when nobody has that surname', () => {
    expect(doc('"It works," said Acting Assistant Attorney General King.').people).toEqual([]);
  });
});

describe('a ship\'s name after its prefix ("USS Jo Bloggs")', () => {
  it('is the ship\'s, not a person', () => {
    expect(parseDocument('Carriers Sail\n\nThe carriers USS Tom A. Vale (CVN 74) and USS Ida Morrow sailed.').people).toEqual([]);
  });
});

describe('an appositive office after a long capitalised qualifier', () => {
  const roles = (body: string) => parseDocument(`Harbour Review\n\n${body}`, { referenceDate: '2024-06-01' }).people.filter((p) => p.name === 'Cathy Vale').map((p) => p.role);
  it('is found past the capitalised words ("Harbour Agency’s Low Boom Flight Demonstrator project manager")', () => {
    expect(roles('"It works," said Cathy Vale, Harbour Agency’s Low Boom Flight Demonstrator project manager.')).toEqual(['Harbour Agency’s Low Boom Flight Demonstrator project manager']);
  });
  it('but not past more than three lower-case words', () => {
    expect(roles('"It works," said Cathy Vale, very old and quite tired manager.')).toEqual([null]);
  });
});

describe('a leading initial before a given name and a surname ("Gen. T. Jo Bloggs")', () => {
  const names = (body: string) => parseDocument(`Harbour Review\n\n${body}`, { referenceDate: '2024-06-01' }).people.map((p) => p.name);
  it('is part of the name, also after an office with its complement', () => {
    expect(names('Harbour Chief of Staff Gen. T. Michael Vale said it.')).toEqual(['T. Michael Vale']);
    expect(names('F. Scott Vale wrote it.')).toEqual(['F. Scott Vale']);
  });
});

describe('a month after a given name ("Theresa May")', () => {
  it('is a surname, even "May", and a month opening a phrase is not', () => {
    const d = parseDocument('Brexit Vote\n\nTom Vale called Prime Minister Ida May\'s proposed deal lousy. In May Jo Bloggs left.', { referenceDate: '2024-06-01' });
    expect(d.people.map((p) => [p.name, p.role])).toEqual([['Tom Vale', null], ['Ida May', 'Prime Minister'], ['Jo Bloggs', null]]);
  });
});

describe('instruments, spacecraft and units', () => {
  const names = (body: string) => parseDocument(`Harbour Launch\n\n${body}`, { referenceDate: '2024-06-01' }).people.map((p) => p.name);
  it('are not people ("Harbour X-ray Polarimetry Explorer", "Transient Source Experiment", "C Troop", "Criminal Section")', () => {
    expect(names('Data from the Harbour X-ray Polarimetry Explorer, the Transient Source Experiment and the Gamma Burst Monitor reached C Troop and the Criminal Section.')).toEqual([]);
    expect(names('The Harbour Geological Survey, Quiet Machines and Deep Space Communications signed it.')).toEqual([]);
  });
  it('a plural "Funds" ends an organisation\'s name, not a person\'s ("the chief executive of Harbour Funds")', () => {
    expect(names('The chief executive of Harbour Funds said the vote was close.')).toEqual([]);
  });
});

describe('a name the text gives as what someone is called', () => {
  const doc = (body: string) => parseDocument(`Protest\n\n${body}`, { referenceDate: '2024-06-01' });
  it('is someone, and speaks ("using the pseudonym Mira", "gave her name only as Ann")', () => {
    const d = doc('"It will split the movement," said a protester using the pseudonym Mira. A woman who gave her name only as Ann said "It is sad."');
    expect(d.people.map((p) => p.name)).toEqual(['Mira', 'Ann']);
    expect(d.quotes.map((q) => q.speaker)).toEqual(['Mira', 'Ann']);
  });
  it('is not from "as" alone ("known as Harbour")', () => {
    expect(doc('The town, known as Harbour, voted.').people).toEqual([]);
  });
});

describe('a bare surname that speaks', () => {
  const names = (body: string) => parseDocument(`Profile\n\n${body}`, { referenceDate: '2024-06-01' }).people.map((p) => p.name);
  it('vouches for the full name its first mention put in doubt ("throughout Jo Bloggs\'s career")', () => {
    expect(names('One thing has remained constant throughout Maury Vandell’s career with the agency.\n\n“It is a team effort,” Vandell said.')).toEqual(['Maury Vandell']);
  });
  it('does not when it never speaks', () => {
    expect(names('One thing has remained constant throughout Maury Vandell’s career with the agency.')).toEqual([]);
  });
});

describe('French honorifics ("Mme", "Mlle")', () => {
  it('title the name, which is its surname\'s person', () => {
    const d = parseDocument('Verdict\n\nThe victim, Ida Sparrow, spoke. The court found that Mme Sparrow did not lie.', { referenceDate: '2024-06-01' });
    expect(d.people.map((p) => p.name)).toEqual(['Ida Sparrow']);
  });
});

describe('a name after "of"', () => {
  const names = (body: string) => parseDocument(`Fugitive Caught\n\n${body}`, { referenceDate: '2024-06-01' }).people.map((p) => p.name);
  it('is a person when its surname is also used alone', () => {
    expect(names('The search ended in the arrest of Ida Luca Zavala, one of the most wanted, in Miami. Zavala travelled often.')).toEqual(['Ida Luca Zavala']);
  });
  it('is not on its own ("the people of Cedar Harbour")', () => {
    expect(names('The arrest surprised the people of Cedar Harbour, who met on Monday.')).toEqual([]);
  });
});

describe('a given name alone after an age ("Fourteen-year-old Zoe")', () => {
  const doc = (body: string) => parseDocument(`Bus Crash\n\n${body}`, { referenceDate: '2024-06-01' });
  it('is someone, and takes the quotes said by them', () => {
    const d = doc('Fourteen-year-old Ida, on the top deck, said "everyone started screaming". A 15-year-old Rory said "I thought we had hit the tunnel."');
    expect(d.people.map((p) => p.name)).toEqual(['Ida', 'Rory']);
    expect(d.quotes.map((q) => q.speaker)).toEqual(['Ida', 'Rory']);
  });
  it('is not when the word qualifies a noun ("a 36-year-old Harbourtown man")', () => {
    expect(doc('Police arrested a 36-year-old Harbourtown man. The 30-year-old Toyota broke down.').people).toEqual([]);
  });
});

describe('a run after the "and" of "<organisation> of … and"', () => {
  const names = (body: string) => parseDocument(`Trial\n\n${body}`, { referenceDate: '2024-06-01' }).people.map((p) => p.name);
  it('ends the organisation\'s name, without evidence of a person', () => {
    expect(names('The National Institute of Tides and Coastal Studies ran the trial.')).toEqual([]);
  });
  it('is still a person with evidence of one', () => {
    expect(names('The Institute of Physics and Tom Vale agreed. Vale said so.')).toEqual(['Tom Vale']);
  });
});

describe('plural organisation words and a word right after an organisation word', () => {
  const names = (body: string) => parseDocument(`Pandemic\n\n${body}`, { referenceDate: '2024-06-01' }).people.map((p) => [p.name, p.role]);
  it('name organisations ("the Centers for Harbour Safety", "Harbour Guild Organizations")', () => {
    expect(names('Tom Vale, formerly the director of the Centers for Harbour Safety, spoke. HGOs [Harbour Guild Organizations] agreed.')).toEqual([['Tom Vale', 'former director']]);
  });
  it('leave a name after a rank after an organisation word alone ("Army Sgt. Jo Marsh", "Police Chief Vale")', () => {
    expect(names('Army Sgt. Jo Marsh met Police Chief Vale.')).toEqual([['Jo Marsh', 'Army Sgt'], ['Vale', 'Police Chief']]);
  });
});

describe('peoples and tribes', () => {
  const names = (body: string) => parseDocument(`Ballots\n\n${body}`, { referenceDate: '2024-06-01' }).people.map((p) => p.name);
  it('are no one ("Oriel Tribe", "Kestrel Nation", "Native Kenyans")', () => {
    expect(names('Jo Marsh sued on behalf of Oriel Tribe, Kestrel Nation and Native Kenyans.\n\n"It is unfair," Oriel Tribe said.')).toEqual(['Jo Marsh']);
  });
});

describe('organisation words and holidays after an office', () => {
  const names = (body: string) => parseDocument(`Harbour Vote\n\n${body}`, { referenceDate: '2024-06-01' }).people.map((p) => p.name);
  it('are no one: "Executive Branch", "… Ferries Partnership", "Christmas Eve"', () => {
    expect(names('He said the board was "never told by any Executive Branch office".')).toEqual([]);
    expect(names('The Director of Harbour Ferries Partnership, Jo Marsh, spoke. He was in hospital since Christmas Eve.')).toEqual(['Jo Marsh']);
    expect(names('The comic artist Jo Christmas signed books.')).toEqual(['Jo Christmas']);
  });
});

describe('the Navy grade "Lt. j.g."', () => {
  it('is part of the rank, not the end of the name run', () => {
    const d = parseDocument('Burial at Sea\n\n"It is an honor," said Lt. j.g. Tom Vale.', { referenceDate: '2024-06-01' });
    expect(d.people.map((p) => [p.name, p.role])).toEqual([['Tom Vale', 'Lt. j.g']]);
    expect(d.quotes.map((q) => q.speaker)).toEqual(['Tom Vale']);
  });
});

describe('a town before a state abbreviation ("Grand Forks, N.D.,")', () => {
  it('is a place, not a speaker', () => {
    const d = parseDocument('Patrol\n\nDennis Vale led the patrol.\n\n"Now you are a veteran," said Elmer Forks, N.D., native to his soldiers.', { referenceDate: '2024-06-01' });
    expect(d.people.map((p) => p.name)).toEqual(['Dennis Vale']);
    expect(d.quotes.map((q) => q.speaker)).toEqual([null]);
  });
});
