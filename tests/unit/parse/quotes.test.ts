import { parseDocument, type ParsedDocument } from '../../../server/src/parse';

const parse = (text: string): ParsedDocument => {
  const d = parseDocument(text, { referenceDate: '2025-01-01' });
  for (const q of d.quotes) expect(text.slice(q.start, q.end)).toBe(q.text);
  return d;
};
const quotes = (d: ParsedDocument) => d.quotes.map((q) => [q.text, q.speaker, q.kind]);

describe('quote spans', () => {
  it('reads straight and curly double quotes', () => {
    const d = parse('Mayor Ana Quintero spoke on Monday.\n"We will rebuild," she said.\n“It will take time,” Quintero added.');
    expect(quotes(d)).toEqual([
      ['We will rebuild,', 'Ana Quintero', 'full'],
      ['It will take time,', 'Ana Quintero', 'full'],
    ]);
  });

  it('keeps nested single quotes and apostrophes inside the quote', () => {
    const d = parse("Coach Ted Price spoke after the game.\n\"They told me, 'Don't give up,' and we didn't. That's the Rangers' view too,\" Price said.");
    expect(d.quotes).toHaveLength(1);
    expect(d.quotes[0]!.text).toBe("They told me, 'Don't give up,' and we didn't. That's the Rangers' view too,");
    expect(d.quotes[0]!.speaker).toBe('Ted Price');
  });

  it('splits a split quote into two items with one speaker', () => {
    const d = parse('Senator Janet Doe was blunt. "This bill is dead," she said, "and everyone knows it."');
    expect(quotes(d)).toEqual([
      ['This bill is dead,', 'Janet Doe', 'full'],
      ['and everyone knows it.', 'Janet Doe', 'full'],
    ]);
  });

  it('gives each paragraph of a multi-paragraph quote its own item', () => {
    const text = [
      'Professor Loreto Ortiz described the findings.',
      'She said: "The reef is changing faster than we thought.',
      '"We have perhaps a decade to act."',
      'Other scientists agreed.',
    ].join('\n');
    const d = parse(text);
    expect(quotes(d)).toEqual([
      ['The reef is changing faster than we thought.', 'Loreto Ortiz', 'full'],
      ['We have perhaps a decade to act.', 'Loreto Ortiz', 'full'],
    ]);
    expect(d.quotes.map((q) => q.paragraph)).toEqual([1, 2]);
  });

  it('reads British-style curly single quotes as outer marks', () => {
    const text = 'Nurse Hilda Shaw was angry.\n‘We were told this is “temporary”. It won’t be,’ Shaw said.\nThe nurses’ union agreed.';
    const d = parse(text);
    expect(quotes(d)).toEqual([['We were told this is “temporary”. It won’t be,', 'Hilda Shaw', 'full']]);
  });

  it('warns about an unclosed quote', () => {
    const d = parse('Officials met.\n"This will not stand, said nobody in particular.\nThe end.');
    expect(d.warnings.some((w) => w.code === 'unbalanced-quote')).toBe(true);
  });
});

describe('what is not a quote', () => {
  it('skips titles, operation names and nicknames', () => {
    const d = parse(
      'Director Maya Chen premiered "The Long Night Home" on Friday. The army launched "Operation Iron Shield" later. Dwight "The Rock" Johnson attended.',
    );
    expect(d.quotes).toEqual([]);
    expect(d.people.map((p) => p.name)).toContain('Dwight Johnson');
  });

  it('skips scare quotes nobody says', () => {
    const d = parse('The so-called "smart" meters failed across the region on Monday.');
    expect(d.quotes).toEqual([]);
  });

  it('keeps a fragment that a speech verb attributes', () => {
    const d = parse('Mayor Ana Quintero spoke on Monday. She called the plan "a disgrace" and said the city had "thousands" of empty homes.');
    expect(quotes(d)).toEqual([
      ['a disgrace', 'Ana Quintero', 'partial'],
      ['thousands', 'Ana Quintero', 'partial'],
    ]);
  });

  it('keeps editorial brackets inside a partial quote', () => {
    const d = parse('Governor Sam Reed visited. He said the losses were "tear[ing his] heart" on Sunday.');
    expect(quotes(d)).toEqual([['tear[ing his] heart', 'Sam Reed', 'partial']]);
  });
});

describe('a name given after a naming verb', () => {
  it('is not speech, even with a speaker nearby', () => {
    const d = parse('Club Wins\n\nThe team named their robot "Rowbot." Coach Ida Morrow said the robot, named "Steady Eddie of the North," won twice.');
    expect(d.quotes).toEqual([]);
    expect(quotes(parse('Club Wins\n\nCoach Ida Morrow called the result "a small miracle."'))).toEqual([['a small miracle.', 'Ida Morrow', 'partial']]);
  });
});

describe('words the reporter cites as words', () => {
  it('are not speech', () => {
    expect(parse('Name Change\n\nThe clerk renamed the file, adding the words "and Harbour" to it, Ida Morrow said.').quotes).toEqual([]);
    expect(parse('Name Change\n\nThe party kept the slogan "Forward Together" for the vote.').quotes).toEqual([]);
  });
  it('nor are names given in the passive or as a designation ("was commonly called "…"", "its designation "…"")', () => {
    expect(parse('Name Change\n\nThat year the illness was commonly called "harbour flu." The agency replaced its temporary designation "2019-hx." on Monday.').quotes).toEqual([]);
    expect(quotes(parse('Name Change\n\nIda Morrow called the plan "a small miracle."'))).toEqual([['a small miracle.', 'Ida Morrow', 'partial']]);
  });
});

describe('kind', () => {
  it('is full after "said:" and partial inside the reporter\'s sentence', () => {
    const d = parse('Judge Edith Park ruled on Friday. She said: "The law is clear." She added that the defendant had "no remorse at all."');
    expect(quotes(d)).toEqual([
      ['The law is clear.', 'Edith Park', 'full'],
      ['no remorse at all.', 'Edith Park', 'partial'],
    ]);
  });
});

describe('a quote running on into the next paragraph without a reopening mark', () => {
  it('is continued up to its closing mark and keeps its speaker', () => {
    const d = parseDocument('Match Report\n\nAfter the match, coach Ida Morrow said, "We learned a lot.\n\nIt was an emotional day for all of us." The team flies home on Monday.', {
      referenceDate: '2024-06-01',
    });
    expect(d.quotes.map((q) => [q.text, q.speaker])).toEqual([
      ['We learned a lot.', 'Ida Morrow'],
      ['It was an emotional day for all of us.', 'Ida Morrow'],
    ]);
  });
});

describe('quote kind as published', () => {
  const kinds = (body: string) => parseDocument(`Council Meets\n\n${body}`, { referenceDate: '2024-06-01' }).quotes.map((q) => q.kind);
  it('reads a quote the speech verb introduces as full, capital or not', () => {
    expect(kinds('The mayor said "a discussion table will be opened with the unions."')).toEqual(['full']);
  });
  it('reads a lower-case fragment finishing the reporter\'s clause as partial', () => {
    expect(kinds('He told the police, "everything he did" was legal.')).toEqual(['partial']);
  });
  it('reads the second part of a split quote as full', () => {
    expect(kinds('"It is a chance," Ida Morrow told the press, "to show what we can do."')).toEqual(['full', 'full']);
  });
});

describe('a quote opening with an editor\'s bracket', () => {
  it('is a full quote after a comma: the bracket stands for the sentence\'s first word', () => {
    const d = parseDocument('Pandemic\n\nTom Vale said, in remarks printed in February, "[w]e have never seen tides like these." Ida Marsh added, "[Vale] had warned us."', { referenceDate: '2024-06-01' });
    expect(d.quotes.map((q) => q.kind)).toEqual(['full', 'full']);
  });
});

describe('a capitalised quote a few words after its speech verb, or after a semicolon', () => {
  it('is full ("told reporters "We …"", "wrote that "Looking …"", "; "The government …"")', () => {
    const d = parseDocument('Verdict\n\nIda Marsh told reporters "We do not have to justify ourselves." The poster wrote that "Looking at the tides, a new worry is taking hold." The office will appeal; "The government needs a strong law."', { referenceDate: '2024-06-01' });
    expect(d.quotes.map((q) => q.kind)).toEqual(['full', 'full', 'full']);
  });
  it('stays partial in lower case ("called the ruling "a disgrace"")', () => {
    const d = parseDocument('Verdict\n\nIda Marsh called the ruling "a disgrace".', { referenceDate: '2024-06-01' });
    expect(d.quotes.map((q) => q.kind)).toEqual(['partial']);
  });
});
