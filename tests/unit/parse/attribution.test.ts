import { parseDocument, type ParsedDocument } from '../../../server/src/parse';

const parse = (text: string): ParsedDocument => parseDocument(text, { referenceDate: '2025-01-01' });
const speakers = (d: ParsedDocument) => d.quotes.map((q) => q.speaker);

describe('attribution', () => {
  it('reads inverted attribution with titles and appositives', () => {
    const d = parse('"We are ready," said Foreign Minister Olga Brask, who arrived on Monday.\n"So are we," said the group\'s chair, Tariq Aziz.');
    expect(speakers(d)).toEqual(['Olga Brask', 'Tariq Aziz']);
    expect(d.quotes.map((q) => q.verb)).toEqual(['said', 'said']);
  });

  it('resolves a surname to the full name', () => {
    const d = parse('Chief executive Rosalind Silva announced the deal.\n"It is a good day," Silva said.');
    expect(speakers(d)).toEqual(['Rosalind Silva']);
  });

  it('resolves pronouns to the most recent subject', () => {
    const d = parse('Coach Mark Ellis praised his team. Later, midfielder Ted Hart scored twice.\n"I felt great," he said.');
    expect(speakers(d)).toEqual(['Ted Hart']);
  });

  it('resolves a role noun to the matching person, not a vice/deputy', () => {
    const d = parse(
      'President Anna Lind met Vice President Karl Moe on Monday. Deputy Minister Eva Holt joined later.\n"We agreed on the basics," the president said.',
    );
    expect(speakers(d)).toEqual(['Anna Lind']);
  });

  it('takes the speaker of the previous quote in the same paragraph', () => {
    const d = parse('Mayor Ana Quintero spoke.\n"We will rebuild," she said. "It will take years."');
    expect(speakers(d)).toEqual(['Ana Quintero', 'Ana Quintero']);
    expect(d.quotes[1]!.verb).toBeNull();
  });

  it('handles "according to" and "told reporters"', () => {
    const d = parse(
      'Inspector Joe Kane led the search. The building was "completely unsafe," according to Kane.\n"We found nothing," Kane told reporters.',
    );
    expect(speakers(d)).toEqual(['Joe Kane', 'Joe Kane']);
    expect(d.quotes.map((q) => q.verb)).toEqual(['according to', 'told']);
  });

  it('leaves organisations and anonymous sources unattributed, with a warning', () => {
    const d = parse('"We regret the delay," the company said in a statement.\n"It is chaos," a senior official said.');
    expect(speakers(d)).toEqual([null, null]);
    expect(d.warnings.filter((w) => w.code === 'unattributed-quote')).toHaveLength(2);
  });

  it('never guesses a speaker from an unknown single word', () => {
    const d = parse('"This is over," Smith said.');
    expect(speakers(d)).toEqual([null]);
    expect(d.people).toEqual([]);
  });

  it('attributes a coordinated verb to the earlier subject', () => {
    const d = parse('Dr. Amira Haddou spoke to staff. She said the ward was "stretched" but insisted it was "safe for now".');
    expect(speakers(d)).toEqual(['Amira Haddou', 'Amira Haddou']);
    expect(d.quotes[1]!.verb).toBe('insisted');
  });

  it('does not give a quote the verb that introduces the next one', () => {
    const d = parse('Minister Piet Vos spoke. Vos said the company had made "a fair and final offer." He added: "The door remains open."');
    expect(d.quotes.map((q) => [q.speaker, q.verb])).toEqual([
      ['Piet Vos', 'said'],
      ['Piet Vos', 'added'],
    ]);
  });

  it('keeps "he said" after an unnamed subject unattributed', () => {
    const d = parse('Mayor Ana Lind spoke first.\nA council spokesman said the vote was close. "It went to the wire," he said.');
    expect(speakers(d)).toEqual([null]);
  });

  it('carries a paragraph-ending "said:" to the quote opening the next paragraph', () => {
    const d = parse('Union leader Rosa Diaz addressed the rally and said:\n"We are not going anywhere."');
    expect(speakers(d)).toEqual(['Rosa Diaz']);
  });
});

describe('pronoun gender learnt from the text', () => {
  it('passes over a person a nearby "she" referred to when a later quote says "he"', () => {
    const d = parse('Tom Vale stepped off the ship.\nJo Morrow ran down the pier to meet him.\n"My heart is beating," she said.\n"I missed you," he said.');
    expect(speakers(d)[0]).toBe('Jo Morrow');
    expect(speakers(d)[1]).not.toBe('Jo Morrow');
  });
});

describe('a sentence opening with whose view it gives', () => {
  it('makes "For <name>," and "According to <name>," the antecedent of the next "he said"', () => {
    const painter = 'Painter Ida Morrow died in 1990.\n';
    expect(speakers(parse(`${painter}For Tom Vale, a teacher in Harwick, Morrow was a giant. He said, "Nobody came close."`))).toEqual(['Tom Vale']);
    expect(speakers(parse(`${painter}According to Tom Vale, Morrow was a giant. "Nobody came close," he said.`))).toEqual(['Tom Vale']);
  });
  it('keeps a prepositional object inside the sentence a poor antecedent', () => {
    expect(speakers(parse('The painter Ida Morrow wrote a letter for Tom Vale. "Nobody came close," she said.'))).toEqual(['Ida Morrow']);
  });
});

describe('a lead that quotes an office and names the person in the next paragraph', () => {
  const lead = '"It is one of the glories of this country," said the Minister of Transport during her first visit to the port.\n';
  it('gives the office, and so the lead\'s quote, to the untitled person the next paragraph opens with', () => {
    const d = parse(`${lead}Ida Morrow began the visit at the ferry terminal. "It works," said Morrow.`);
    expect(d.people.map((p) => [p.name, p.role])).toEqual([['Ida Morrow', 'Minister of Transport']]);
    expect(speakers(d)).toEqual(['Ida Morrow', 'Ida Morrow']);
  });
  it('leaves the lead alone when the next paragraph does not open with a new name', () => {
    const d = parse(`${lead}The visit began at the ferry terminal with Ida Morrow. "It works," said Morrow.`);
    expect(speakers(d)).toEqual([null, 'Ida Morrow']);
  });
});

describe('a speech verb opening the sentence before the name', () => {
  it('is the inverted verb, not part of the name', () => {
    const d = parse('Harbour Vote\n\nSays Ida Morrow: "It is fine."\n\nAdds Tom Vale, "So it is."');
    expect(d.people.map((p) => p.name)).toEqual(['Ida Morrow', 'Tom Vale']);
    expect(speakers(d)).toEqual(['Ida Morrow', 'Tom Vale']);
  });
});

describe('titles between the speech verb and the name', () => {
  const parse = (body: string) => parseDocument(`Case Closed\n\n${body}`, { referenceDate: '2024-06-01' });
  it('finds the speaker after a long capitalised title', () => {
    const d = parse('"It is done," said Harbour County Sheriff and Regional Wardens’ Guild President Ida Morrow. "We go on."');
    expect(d.quotes.map((q) => q.speaker)).toEqual(['Ida Morrow', 'Ida Morrow']);
  });

  it('reads "Secretary of the Navy" and a middle initial as one titled name', () => {
    const d = parse('Secretary of the Navy Ida B. Morrow toured the yard.\n\n"We are ready," Morrow said.');
    expect(d.people.map((p) => [p.name, p.role])).toEqual([['Ida B. Morrow', 'Secretary of the Navy']]);
    expect(d.quotes[0]!.speaker).toBe('Ida B. Morrow');
  });

  it('does not title a place named after "of"', () => {
    const d = parse('"No," said Ida Morrow, director of the Ratepayers Guild of Kenmore. "Never."');
    expect(d.people.map((p) => p.name)).toEqual(['Ida Morrow']);
  });
});

describe('statement framing, labels and evidence', () => {
  const doc = (body: string) => parseDocument(`Agency Responds\n\n${body}`, { referenceDate: '2024-06-01' });

  it('gives the quoted paragraphs after a framed statement to its author', () => {
    const d = doc(
      [
        'WASHINGTON – Senator Ida Morrow (D-N.J.), ranking member of the committee, issued the following statement on the vote.',
        '“This vote was a mistake.',
        '“We will keep working on it.”',
        'The committee meets again in June.',
        '"Nobody expected this."',
      ].join('\n\n'),
    );
    expect(d.quotes.map((q) => [q.speaker, q.attribution])).toEqual([
      ['Ida Morrow', 'statement'],
      ['Ida Morrow', 'statement'],
      [null, 'none'],
    ]);
    expect(d.quotes[2]!.review).toBe(true);
  });

  it('reads "<name>\'s statement added" as the owner speaking', () => {
    const d = doc('Senator Ida Morrow criticised the plan. Morrow\'s statement added, "It is an affront."');
    expect(d.quotes[0]!.speaker).toBe('Ida Morrow');
  });

  it('takes a name label before a colon', () => {
    const d = doc('Regional Administrator Ida Morrow: “This settlement is an important step.”');
    expect(d.quotes.map((q) => [q.speaker, q.attribution])).toEqual([['Ida Morrow', 'label']]);
  });

  it('records the rule and a confidence for every quote', () => {
    const d = doc('"We are ready," said Mayor Ida Morrow. "It was hard," she added.');
    expect(d.quotes.map((q) => [q.attribution, q.confidence > 0.6, q.review])).toEqual([
      ['speech-verb', true, false],
      ['pronoun', true, false],
    ]);
  });
});

describe('paragraph speaker without a speech verb', () => {
  const doc = (body: string) => parseDocument(`Gallery Opens\n\n${body}`, { referenceDate: '2024-06-01' });
  it('gives a quote standing as its own sentence to the one person the paragraph reports', () => {
    const d = doc('Ida Morrow also said the painter was a businessman. "He sold every colour he made."');
    expect(d.quotes.map((q) => [q.speaker, q.attribution])).toEqual([['Ida Morrow', 'paragraph-speaker']]);
  });

  it('is not put off by a name inside what the speaker said', () => {
    const intro = 'The painter Tom Vale died in 1990. Ida Morrow teaches art.\n\n';
    expect(doc(`${intro}Morrow also said Vale was both an artist and a trader. "He sold every colour he made."`).quotes.map((q) => q.speaker)).toEqual(['Ida Morrow']);
    // Named in a sentence of its own, the other person could be the one quoted.
    expect(doc(`${intro}Morrow also said the painter was a trader. Vale sold well. "He sold every colour he made."`).quotes.map((q) => q.speaker)).toEqual([null]);
  });

  it('gives a paragraph that only quotes to the speaker of the paragraph before', () => {
    const d = doc('"We are ready," said Ida Morrow, the curator.\n\n"The rooms open on Friday."');
    expect(d.quotes.map((q) => q.speaker)).toEqual(['Ida Morrow', 'Ida Morrow']);
  });

  it('leaves a fragment inside the reporter\'s sentence alone', () => {
    const d = doc('Ida Morrow asked the council to help. The plan was called a "public benefit."');
    expect(d.quotes.map((q) => q.speaker)).toEqual([null]);
  });
});

describe('attribution forms of published copy', () => {
  const doc = (body: string) => parseDocument(`Court Hears Case\n\n${body}`, { referenceDate: '2024-06-01' });
  it('reads "in the words of <title>, <name>," like "according to"', () => {
    const d = doc('In the words of the Crown prosecutor, Ida Morrow, QC, "The child suffered for months."');
    expect(d.quotes.map((q) => [q.speaker, q.verb])).toEqual([['Ida Morrow', 'in the words of']]);
  });

  it('takes any verb closing the clause after a quote that ends in a comma', () => {
    const d = doc('Ida Morrow waited at the pier.\n\n"My heart is beating," she giggled.');
    expect(d.quotes.map((q) => [q.speaker, q.attribution])).toEqual([['Ida Morrow', 'pronoun']]);
  });

  it('keeps an Arabic article surname in the name', () => {
    const d = doc('Civil Defense director General Suleiman al-Amr, in remarks to television, said "All were taken to hospital."');
    expect(d.quotes.map((q) => q.speaker)).toEqual(['Suleiman al-Amr']);
  });
});

describe('speakers referred to by their age, or named right after their quote', () => {
  const doc = (body: string) => parse(`Range Day\n\n${body}`);
  it('reads "the 19-year-old" as the person the story is about', () => {
    const d = doc('Ida Morrow, a trainee, fired her first rounds.\n\n"It was loud," the 19-year-old told reporters.\n\n"Nobody sleeps," said the 19-year-old trainee.');
    expect(speakers(d)).toEqual(['Ida Morrow', 'Ida Morrow']);
  });
  it('leaves an age that qualifies a thing', () => {
    const d = doc('Ida Morrow fired her first rounds.\n\n"It was loud," reads the 19-year-old rule book.');
    expect(speakers(d)).toEqual([null]);
  });
  it('gives a paragraph\'s opening quote to the person the next sentence opens with, when no one else is named', () => {
    expect(speakers(doc('"We train for this." Ida Morrow, the unit\'s captain, watched from a hill.'))).toEqual(['Ida Morrow']);
    expect(speakers(doc('"We train for this." Ida Morrow watched Tom Vale from a hill.'))).toEqual([null]);
  });
});

describe('a quote-only paragraph after one that reports its speaker', () => {
  const doc = (body: string) => parse(`Final Weekend\n\n${body}`);
  it('takes the subject of a speech verb written as a pronoun', () => {
    const d = doc('His rival, Governor Ida Morrow, campaigned in the south. She said voters wanted change.\n\n"People are tired of waiting."');
    expect(speakers(d)).toEqual(['Ida Morrow']);
  });
  it('takes a name followed by where the person is from', () => {
    const d = doc('Some voters are undecided. Retired teacher Ida Morrow of Harbour Town says she will decide late.\n\n"I like them both."');
    expect(speakers(d)).toEqual(['Ida Morrow']);
  });
});

describe('the antecedent of a pronoun after a sentence about the speaker', () => {
  it('is the subject a person noun stands for, not a name after a preposition or in a "by" phrase', () => {
    const d = parse(
      'Hostage Returns\n\nStanding alongside President Tom Vale, Ida Morrow said, "I cry with joy." The Irish-Canadian activist was greeted by the First Lady, Ann Lee-Vale.\n\n"I have been dreaming of this," she said.',
    );
    expect(speakers(d)).toEqual(['Ida Morrow', 'Ida Morrow']);
  });
});

describe('who an office or an appositive speaks for', () => {
  const doc = (body: string) => parse(`Verdict Day\n\n${body}`);
  it('reads an office with its complement that nobody named holds as someone new, not the last person named', () => {
    const d = doc('Ida Morrow, a lawyer for the family, spoke first.\n\nThe head of the internal inquiry told the court "Basic checks were not done." She also said "We were called too late."');
    expect(speakers(d)).toEqual([null, null]);
  });
  it('gives the verb to the name before the appositive, not to a name the appositive governs', () => {
    const d = doc('Tom Vale, a lawyer representing Ida Morrow, told reporters "My client is relieved."');
    expect(speakers(d)).toEqual(['Tom Vale']);
  });
});

describe('a quote closed without its comma', () => {
  const doc = (body: string) => parse(`Shortage\n\nIda Morrow spoke first.\n\n${body}`);
  it('is still attributed by a speech verb right after the closing mark', () => {
    expect(speakers(doc('"We would calm the panic" said Tom Vale per the radio.'))).toEqual(['Tom Vale']);
    expect(speakers(doc('"We would calm the panic" Tom Vale said.'))).toEqual(['Tom Vale']);
  });
  it('but a fragment flowing on into the sentence is not', () => {
    expect(doc('They were "very worried" but insisted on going.').quotes).toEqual([]);
  });
});

describe('speakers written another way than their name', () => {
  it('matches a surname written without its Arabic article', () => {
    const d = parse('Ultimatum\n\nPrime Minister Karim al-Nouri gave an ultimatum. "They will face penalties," Nouri said.');
    expect(speakers(d)).toEqual(['Karim al-Nouri']);
  });
  it('reads "the native of <place>" as the person the story is about, even when someone else is a native of elsewhere', () => {
    const d = parse('Cavalry Arrives\n\nCol. Tom Vale leads the regiment.\n\n"We are ready," said the native of Harbour Town.\n\nIda Morrow, a Texas native, agreed.');
    expect(speakers(d)).toEqual(['Tom Vale']);
  });
  it('takes "<name> of the <Organisation>" as the subject of the verb after it', () => {
    expect(speakers(parse('Vote\n\nMP Ida Morrow of the Harbour Party added, "This is dangerous."'))).toEqual(['Ida Morrow']);
  });
});

describe('a surname two people share', () => {
  it('is the story\'s subject, the first introduced, not whoever was named last', () => {
    const d = parse('Campaigner Dies\n\nIda Vale, a campaigner, has died. Her husband Tom Vale was a press secretary.\n\nShe and Tom campaigned together. Vale said "it was the best year of our lives" in an interview.');
    expect(speakers(d)).toEqual(['Ida Vale']);
  });
});

describe('an appositive missing its closing comma', () => {
  it('still lets the name before it be the subject of the verb', () => {
    const d = parse('Basra\n\nTom Vale, a security analyst at the Harbour Centre told reporters: "The fighting is a power struggle."');
    expect(speakers(d)).toEqual(['Tom Vale']);
  });
});

describe('a speech verb between two quotes', () => {
  it('introduces the next quote when a comma and its opening mark follow it, not the one before', () => {
    const d = parse('Withdrawal\n\nThe alliance opposed the move and said it had been given "assurances that no attack would come." Tom Vale said, "It was a stab in the back."');
    expect(d.quotes.map((q) => [q.text.slice(0, 10), q.speaker])).toEqual([
      ['assurances', null],
      ['It was a s', 'Tom Vale'],
    ]);
  });
});

describe('a name and its appositive between the quote and the verb', () => {
  it('is the speaker', () => {
    expect(speakers(parse('Colors\n\n"What a difference a year makes," Col. Tom Vale, 2nd Brigade commander, said to the troops.'))).toEqual(['Tom Vale']);
    expect(speakers(parse('Colors\n\n"It is far too late for all of us now," Tom Vale, the mayor, and others agreed.'))).toEqual([null]);
  });
});

describe('a participle after a quote ("…", adding)', () => {
  it('shares the subject of the sentence the quote sits in', () => {
    const d = parse('Verdict\n\nIda Morrow thought of Vale as "a danger" who "deserved prison", adding to reporters: "I feel nothing."');
    expect(d.quotes.map((q) => [q.text, q.speaker])).toEqual([
      ['deserved prison', 'Ida Morrow'],
      ['I feel nothing.', 'Ida Morrow'],
    ]);
    expect(speakers(parse('Verdict\n\nTom Vale believes the verdict was wrong. He described the day as "a sad time", telling the radio he was "sure of it".'))).toEqual(['Tom Vale', 'Tom Vale']);
  });
  it('finds that subject after a few describing words ("US citizen Ida Morrow")', () => {
    expect(speakers(parse('Verdict\n\nUS citizen Ida Morrow, the mother of one of the victims, thought it "deserved", adding to reporters: "I feel nothing."'))).toEqual(['Ida Morrow', 'Ida Morrow']);
  });
  it('stays unattributed when the sentence opens with no one', () => {
    expect(speakers(parse('Verdict\n\nThe court heard the plan was "a danger", adding to the delays.'))).toEqual([null]);
  });
});

describe('"<name> of the <capitalised run that names no one> said"', () => {
  it('gives the quote to the name before the organisation', () => {
    expect(speakers(parse('Decree\n\nCardinal Tom Vale of the Holy See said, "We have said this for years."'))).toEqual(['Tom Vale']);
  });
  it('leaves it to no one when the run is the subject', () => {
    expect(speakers(parse('Decree\n\nThe Holy See said, "We have said this for years."'))).toEqual([null]);
  });
});

describe('a pronoun after a prepositional phrase naming someone ("Speaking to X, he said")', () => {
  it('is the subject of the sentence before, not the person spoken to', () => {
    const d = parse('Interview\n\nCrown Prince Tom Vale accepted responsibility for the decision. Speaking to Jim Morrow of Harbour Radio, he said, "It happened under my watch."');
    expect(speakers(d)).toEqual(['Tom Vale']);
  });
});

describe('"according to" a title that runs into a name', () => {
  it('is that name\'s', () => {
    expect(speakers(parse('Planet\n\nAccording to the university\'s astronomy professor Tom Vale, it is "the hottest planet yet found".'))).toEqual(['Tom Vale']);
  });
});

describe('"spoke" and "informed" as speech verbs', () => {
  it('attribute the quote in their sentence', () => {
    expect(speakers(parse('Syria\n\nSenator Ida Morrow spoke on Harbour Radio, "This is going to end badly."'))).toEqual(['Ida Morrow']);
    expect(speakers(parse('Crash\n\nIda Morrow informed police she had immunity, but "that she had no plans to leave".'))).toEqual(['Ida Morrow']);
  });
});

describe('a second quote after an attribution that names someone in its appositive', () => {
  it('still continues the first speaker', () => {
    const d = parse('Review\n\n"It is not a pass-fail," said Ida Morrow, the Harbour Office project manager for Tom Vale. "We will get actions from the board."');
    expect(speakers(d)).toEqual(['Ida Morrow', 'Ida Morrow']);
  });
  it('not when another person is named in a sentence of their own between the quotes', () => {
    const d = parse('Review\n\n"It is not a pass-fail," said Ida Morrow. Tom Vale disagreed. "We will get actions from the board."');
    expect(speakers(d)).toEqual(['Ida Morrow', null]);
  });
});

describe('an inverted verb before a lower-case description and a name ("tweeted former thinktank executive X")', () => {
  it('is that name\'s', () => {
    expect(speakers(parse('Call\n\n"It is over," tweeted former thinktank executive Tom Vale.'))).toEqual(['Tom Vale']);
  });
  it('not when a verb form makes the name its object', () => {
    expect(speakers(parse('Call\n\n"It is over," said reporters covering Tom Vale.'))).toEqual([null]);
  });
});

describe('"Said <surname>, "…"" opening a sentence', () => {
  it('is the inverted verb before a single name and a quote', () => {
    expect(speakers(parse('Drill\n\nStaff Sgt. Joe Vale leads the section.\n\nSaid Vale, "Our sole purpose is to be ready."'))).toEqual(['Joe Vale']);
  });
  it('is a given name otherwise', () => {
    expect(parse('Drill\n\nSaid Ali Vale spoke first.').people.map((p) => p.name)).toEqual(['Said Ali Vale']);
  });
});

describe('"according to <outlet>" after a quote its sentence gives to a named speaker', () => {
  it('leaves the quote to that speaker', () => {
    expect(speakers(parse('Inquiry\n\nIda Morrow called the conduct a "breach of his duties," according to Harbour News.'))).toEqual(['Ida Morrow']);
  });
  it('still speaks for the quote when no one in the sentence does', () => {
    expect(speakers(parse('Inquiry\n\nThe conduct was "a breach of duty," according to Harbour News.'))).toEqual([null]);
  });
});

describe('"reacted" and "talked" as speech verbs', () => {
  it('attribute the quote in their sentence', () => {
    expect(speakers(parse('Drummer Dies\n\nTom Vale of the Harbour Band also reacted on social media, "Sad news, he was a fiery drummer."'))).toEqual(['Tom Vale']);
    expect(speakers(parse('Drummer Dies\n\nTom Vale talked of the drummer\'s "countless discoveries".'))).toEqual(['Tom Vale']);
  });
});

describe('a name followed by a participle phrase before the verb ("X speaking to Y called it")', () => {
  it('is the subject of the verb', () => {
    expect(speakers(parse('Summit\n\nOn Tuesday, prime minister Tom Vale speaking to the Harbour Council think tank called the deal "null and void".'))).toEqual(['Tom Vale']);
  });
  it('not a name the verb is far from without a participle', () => {
    expect(speakers(parse('Summit\n\nTom Vale met the team whose coach called it "fantastic".'))).toEqual([null]);
  });
});

describe('an aside set off by dashes between the verb and the quote', () => {
  it('is skipped: its own verb does not take the quote', () => {
    expect(speakers(parse('Parliament\n\nSpeaker Tom Vale commented on the matter — which the Harbour News noted as an unusual move — "However it is dressed up, it is obvious."'))).toEqual(['Tom Vale']);
  });
});

describe('"said they …" after a plural subject', () => {
  it('does not give the quote to the one person named before', () => {
    expect(speakers(parse('Rally\n\nIda Vale said it was "the moment".\n\nSome of the protesters said they had gone to "defend the right to work".'))).toEqual(['Ida Vale', null]);
  });
  it('while "went on to say he …" still reads the pronoun as the speaker', () => {
    expect(speakers(parse('Sentence\n\nJudge Tom Vale spoke. Vale went on to say he was lenient because they had "accepted responsibility early".'))).toEqual(['Tom Vale']);
  });
});

describe('a speech verb in an infinitive ("She went on to say, "…"")', () => {
  it('belongs to the sentence\'s subject', () => {
    expect(speakers(parse('Naming\n\nIda Vale spoke on Monday.\n\nShe went on to say, "People tend to think of it."'))).toEqual(['Ida Vale']);
  });
  it('not when someone else is named before it ("asked X to say")', () => {
    expect(speakers(parse('Naming\n\nIda Vale asked Tom Morrow to say "yes".'))).toEqual([null]);
  });
});

describe('"the 12-year veteran said"', () => {
  it('stands for the person the story is about, as "the veteran said" does', () => {
    expect(speakers(parse('Flightline\n\nTim Vale is a crew chief.\n\n"That is why I will be ready," the 12-year veteran said.'))).toEqual(['Tim Vale']);
  });
});

describe('an inverted verb set off by commas mid-sentence ("…, said Vale, "…"")', () => {
  it('is the name\'s right after it', () => {
    expect(speakers(parse('Grant\n\nDr. Tom Vale leads the lab.\n\nWere it not for the early grant, said Vale, "I do not think we would have it today."'))).toEqual(['Tom Vale']);
  });
});

describe('"who said" after a name and its appositive', () => {
  it('is the name\'s, past a capitalised title inside the appositive', () => {
    const d = parse('Reef Study\n\nThe study was led by Ida Morrow, a harbour ecologist and Senior Fellow at Harbour Tech, who said "It is clear."');
    expect(speakers(d)).toEqual(['Ida Morrow']);
  });
  it('is no one\'s when the appositive names another person', () => {
    const d = parse('Reef Study\n\nThe study was led by Ida Morrow, a student of Professor Tom Vale at Harbour Tech, who said "It is clear."');
    expect(speakers(d)).not.toContain('Ida Morrow');
  });
});

describe('a speech verb in the passive', () => {
  it('does not give the quote to whoever was spoken of', () => {
    const d = parse('Attack\n\nJo Vale, who was described as "pier-obsessed" by the police, sent videos. Tom Reed was widely described as "a recluse".');
    expect(speakers(d)).toEqual([null, null]);
  });
  it('leaves "was quoted as saying" to its subject', () => {
    const d = parse('Attack\n\nJo Vale was quoted as saying "It is over."');
    expect(speakers(d)).toEqual(['Jo Vale']);
  });
});

describe('an unnamed speaker introduced after a quote', () => {
  it('is who "the spokesperson" means later, not the last person named', () => {
    const d = parse('Warrants\n\nPresident Jo Marsh was named.\n\nThe rules forbid "any meddling," a harbour board spokesperson stated. The spokesperson added that they "would not look at requests like this".');
    expect(speakers(d)).toEqual([null, null]);
  });
  it('after an inverted verb too ("…," said a police officer)', () => {
    const d = parse('Warrants\n\nPresident Jo Marsh was named.\n\n"It is closed," said a police officer. "We will reopen it," the officer added.');
    expect(speakers(d)).toEqual([null, null]);
  });
});

describe('a role noun with a name in apposition', () => {
  it('is that name, not an earlier holder of a shorter role ("the prosecutor general of Harbour, Jo Bloggs," after "the general X")', () => {
    const d = parse('Warrants\n\nThe warrants concern the killing of the general Tom Vale in January.\n\nThe prosecutor general of Harbour, Ida Morrow, said the nine must face "piracy and arson charges", adding the case will go on.');
    expect(speakers(d)).toEqual(['Ida Morrow']);
  });
});

describe('"elaborated" and "clarified"', () => {
  it('are speech verbs', () => {
    const d = parse('Abortion Bill\n\nPresident Jo Marsh elaborated, "A state must protect citizens." Marsh clarified, "Every society must decide."');
    expect(speakers(d)).toEqual(['Jo Marsh', 'Jo Marsh']);
  });
});

describe('a speech verb\'s form after a preposition ("in remarks printed by …")', () => {
  it('is a noun, so the verb before it keeps the quote', () => {
    const d = parse('Pandemic\n\nAccording to Dr. Tom Vale, the pandemic is "unprecedented." He said, in remarks printed by the Harbour Times in February, "No other virus has spread so far."');
    expect(speakers(d)).toEqual(['Tom Vale', 'Tom Vale']);
  });
  it('is still a verb after a comma ("who voted against, accused …")', () => {
    const d = parse('Library Closures\n\nCouncillor Tom Vale, who voted against, accused the majority of taking "the easy way out."');
    expect(speakers(d)).toEqual(['Tom Vale']);
  });
});

describe('a role noun after a capitalised place or institution ("the Wooster professor")', () => {
  it('stands for the person the story is about, like "the professor"', () => {
    const d = parse('Ice Study\n\n"Warm water is attacking the shelves," said study co-author Ida Morrow. The Harbour professor added, "We need to know more."');
    expect(speakers(d)).toEqual(['Ida Morrow', 'Ida Morrow']);
  });
});

describe('"<name> from the <group> said"', () => {
  it('is the name\'s, whatever case the group is written in', () => {
    const d = parse('Policy Address\n\nIda Morrow from the pro-harbour camp said in a press conference: "The behaviour of my colleagues is anti-democratic."');
    expect(speakers(d)).toEqual(['Ida Morrow']);
  });
  it('is not an object\'s ("met Ida Morrow of the harbour board and said")', () => {
    const d = parse('Policy Address\n\nThe mayor met Ida Morrow of the harbour board said to be "unhappy".');
    expect(speakers(d)).not.toContain('Ida Morrow');
  });
});

describe('a speech verb\'s form after a possessive ("the team\'s claims")', () => {
  it('is a noun, so the verb before it keeps the quote', () => {
    const d = parse('Transition\n\nJo Marsh denounced the legal team\'s claims as a "harbour-wide disgrace".');
    expect(speakers(d)).toEqual(['Jo Marsh']);
  });
});

describe('"expressed", "This man", "<name>\'s remarks"', () => {
  it('"expressed" is a speech verb', () => {
    expect(speakers(parse('Wildfires\n\n"It is devastating," expressed Chief Jo Marsh.'))).toEqual(['Jo Marsh']);
  });
  it('"This man" opening a sentence is someone unnamed, not the last person named', () => {
    expect(speakers(parse('Quake\n\nRelief worker Ida Vale arrived on Monday. This man was shaken. "I heard a loud bang," he said.'))).toEqual([null]);
  });
  it('"highlights from <name>\'s remarks" frames the quoted paragraphs after it, across a paragraph without words', () => {
    const d = parse('Staff Address\n\nToday, Acting Administrator Ida Vale addressed employees. The following are highlights from Administrator Vale’s remarks\n\n“I am humbled to lead this agency.”\n\n...\n\n“You came here to help the environment.”');
    expect(speakers(d)).toEqual(['Ida Vale', 'Ida Vale']);
  });
});

describe('a role noun with a name set off by dashes ("The senior senator in the Assembly - Jo Marsh - spoke")', () => {
  it('is that name, and so is the "he" after it', () => {
    const d = parse('Shootings\n\nPresident Tom Reed spoke on Monday. "It is a sad day," Reed said.\n\nThe senior senator in the Assembly - Jo Marsh - spoke of the shootings. He said many questions remain.\n\n"What we know breaks our hearts," he said.');
    expect(speakers(d)).toEqual(['Tom Reed', 'Jo Marsh']);
  });
});

describe('"A spokeswoman for <name> said"', () => {
  it('is the spokeswoman\'s, not the name\'s', () => {
    const d = parse('Syria\n\nA spokeswoman for Ida Vale said Wednesday she found the district "completely devastated," and few people were around. The lawyer for Jo Marsh said he was "very pleased".');
    expect(speakers(d)).toEqual([null, null]);
  });
});
