import { parseDocument } from '../../../server/src/parse';
import { parseRelatedLine } from '../../../server/src/parse/related-links';
import { deriveTitle } from '../../../server/src/parse/title';
import { isHeadingLike } from '../../../server/src/parse/paragraphs';

describe('title', () => {
  it('takes a headline-like first line', () => {
    const d = parseDocument('Storm Hits the Coast\n\nA storm hit the coast on Monday, officials said.');
    expect(d.title).toBe('Storm Hits the Coast');
    expect(d.titleSource).toBe('first-line');
    expect(d.lead).toBe('A storm hit the coast on Monday, officials said.');
  });

  it('does not take a sentence as the headline', () => {
    const d = parseDocument('The storm hit the coast on Monday.\nOfficials said damage was limited.');
    expect(d.titleSource).toBe('derived');
    expect(d.lead).toBe('The storm hit the coast on Monday.');
  });

  it('derives a title of at most 90 characters cut at a word boundary', () => {
    const lead =
      'Regional transport officials announced an extraordinarily complicated restructuring plan for the northern commuter rail network yesterday';
    const t = deriveTitle(lead);
    expect(t.length).toBeLessThanOrEqual(90);
    const words = lead.split(' ');
    const body = t.replace(/…$/, '');
    for (const w of body.split(' ')) expect(words).toContain(w);
  });

  it('prefers the first clause and drops parentheticals', () => {
    const t = deriveTitle(
      'Acme Corp reported record profits on Monday (March 4), where executives praised the new strategy in a long presentation to investors.',
    );
    expect(t).toBe('Acme Corp reported record profits on Monday');
  });

  it('keeps a short first sentence whole', () => {
    expect(deriveTitle('Rain closed the roads. Then it stopped.')).toBe('Rain closed the roads');
  });
});

describe('paragraphs and sections', () => {
  const text = [
    'Mayor Opens New Bridge',
    '',
    'The mayor opened the new bridge on Friday.',
    'Crowds gathered on both banks.',
    'Years in the Making',
    'Work began in 2019 after a long debate.',
    '',
    'Read more: Bridge costs double https://example.com/costs',
    'The bridge cost $40 million.',
  ].join('\n');
  const d = parseDocument(text);

  it('splits on single and blank lines and starts sections at subheadings', () => {
    expect(d.sections.map((s) => s.heading)).toEqual([null, 'Years in the Making']);
    expect(d.sections[0]!.paragraphs.map((p) => p.text)).toEqual([
      'The mayor opened the new bridge on Friday.',
      'Crowds gathered on both banks.',
    ]);
    expect(d.sections[1]!.paragraphs.map((p) => p.text)).toEqual(['Work began in 2019 after a long debate.', 'The bridge cost $40 million.']);
  });

  it('paragraph offsets point into the source', () => {
    for (const s of d.sections) for (const p of s.paragraphs) expect(text.slice(p.start, p.start + p.text.length)).toBe(p.text);
  });

  it('pulls related-link lines out of the body', () => {
    expect(d.relatedLinks).toEqual([{ title: 'Bridge costs double', url: 'https://example.com/costs', kind: 'read-more' }]);
    const body = d.sections.flatMap((s) => s.paragraphs.map((p) => p.text)).join('\n');
    expect(body).not.toMatch(/Read more/);
  });

  it('recognises heading-like lines', () => {
    expect(isHeadingLike('Efforts to Rebuild the Town')).toBe(true);
    expect(isHeadingLike('The town was rebuilt.')).toBe(false);
    expect(isHeadingLike('the town was rebuilt slowly')).toBe(false);
  });

  it('does not take a line of a list of people ("Name, director, Organisation") for a heading', () => {
    expect(isHeadingLike('Ida Vale, director, Harbour Propulsion Laboratory in Southern Harbour')).toBe(false);
    expect(isHeadingLike('Triumphs, Challenges')).toBe(true);
    const turn = parseDocument(['Lander Tips Over', '', 'The lander touched down.', '', 'Tilted, not toppled', '', 'It still works.'].join('\n'), { referenceDate: '2024-06-01' });
    expect(turn.sections.map((s) => s.heading)).toEqual([null, 'Tilted, not toppled']);
    const d = parseDocument(['Helicopter Ends Mission', '', 'Participants in the call include:', '', 'Tom Reed, director, Harbour Science Division', '', 'Ida Vale, director, Harbour Propulsion Laboratory in Southern Harbour', '', '"It flew," said Vale.'].join('\n'), { referenceDate: '2024-06-01' });
    expect(d.sections.map((s) => s.heading)).toEqual([null]);
    expect(d.quotes.map((q) => q.speaker)).toEqual(['Ida Vale']);
  });
});

describe('a short title-case line ending in a colon', () => {
  it('heads a section, and is no person', () => {
    const d = parseDocument('Crews Train\n\nThe crews trained on Friday.\n\nNight Training:\n\nThey drove without lights.\n');
    expect(d.sections.map((s) => s.heading)).toEqual([null, 'Night Training']);
    expect(d.people).toEqual([]);
  });
  it('but a lead-in to a quote is not a heading', () => {
    const d = parseDocument('Vote Day\n\nThe mayor spoke on Friday.\n\nShe told the crowd:\n\n"We will win."\n');
    expect(d.sections.map((s) => s.heading)).toEqual([null]);
  });
});

describe('related links', () => {
  it.each([
    ['Read Also : Some Headline Here', { title: 'Some Headline Here', url: null, kind: 'read-also' }],
    ['Read more: Another Story https://example.com/a', { title: 'Another Story', url: 'https://example.com/a', kind: 'read-more' }],
    ['READ MORE - Story https://example.com/b.', { title: 'Story', url: 'https://example.com/b', kind: 'read-more' }],
    ['Related: Council Budget Vote', { title: 'Council Budget Vote', url: null, kind: 'related' }],
    ['See also: What Comes Next (https://example.com/c)', { title: 'What Comes Next', url: 'https://example.com/c', kind: 'see-also' }],
    ['see also Older Coverage', { title: 'Older Coverage', url: null, kind: 'see-also' }],
    ['Also read: "Quoted" Headline', { title: '"Quoted" Headline', url: null, kind: 'other' }],
  ])('%s', (line, expected) => {
    expect(parseRelatedLine(line)).toEqual({ kind: 'link', link: expected });
  });

  it('does not take ordinary sentences', () => {
    expect(parseRelatedLine('Related to this, officials said more was needed.')).toBeNull();
    expect(parseRelatedLine('More than 200 people attended.')).toBeNull();
  });

  it('reads the lines under a cue alone on its line as its entries, until prose resumes', () => {
    const d = parseDocument(
      'Harbour Opens\n\nThe harbour opened on Friday.\n\nRELATED LINKS\n\nHarbour homepage\nhttps://example.com/harbour\n\nFerry times https://example.com/ferry\n\nThe harbour will close for the winter in November.\n',
    );
    expect(d.relatedLinks).toEqual([
      { title: 'Harbour homepage', url: 'https://example.com/harbour', kind: 'related' },
      { title: 'Ferry times', url: 'https://example.com/ferry', kind: 'related' },
    ]);
    expect(d.sections.flatMap((s) => s.paragraphs.map((p) => p.text))).toEqual(['The harbour opened on Friday.', 'The harbour will close for the winter in November.']);
  });

  it('reads a release\'s "For more information …, visit" as a link titled by its lead-in, the URL on its line or the next', () => {
    const d = parseDocument('Probe Lands\n\nThe probe landed.\n\nFor more information about the mission, visit:\n\nhttps://example.gov/probe\n\nFor more details on the crew, see https://example.gov/crew.\n');
    expect(d.relatedLinks).toEqual([
      { title: 'For more information about the mission', url: 'https://example.gov/probe', kind: 'other' },
      { title: 'For more details on the crew', url: 'https://example.gov/crew', kind: 'other' },
    ]);
    expect(d.sections.flatMap((s) => s.paragraphs.map((p) => p.text))).toEqual(['The probe landed.']);
    expect(parseDocument('Probe Lands\n\nThe probe landed.\n\nFor more information, visit:\n\nThe agency will brief reporters.\n').relatedLinks).toEqual([]);
  });

  it('reads "Learn more about … at:", "To learn more …, visit:" and "To find information …, please visit:" the same way', () => {
    const d = parseDocument('Probe Lands\n\nThe probe landed.\n\nLearn more about the campaign at:\n\nhttps://example.gov/campaign\n\nTo learn more about the centre, visit:\n\nhttps://example.gov/centre\n\nTo find information on the mission, please visit: https://example.gov/mission.\n');
    expect(d.relatedLinks.map((l) => [l.title, l.url])).toEqual([
      ['Learn more about the campaign', 'https://example.gov/campaign'],
      ['To learn more about the centre', 'https://example.gov/centre'],
      ['To find information on the mission', 'https://example.gov/mission'],
    ]);
    expect(d.sections.flatMap((s) => s.paragraphs.map((p) => p.text))).toEqual(['The probe landed.']);
    expect(parseDocument('Probe Lands\n\nTo learn more, the crew went out at dawn.\n').relatedLinks).toEqual([]);
  });

  it('names in related links are not people and quotes there are not quotes', () => {
    const d = parseDocument('A lead paragraph about the council.\nRead more: Mayor John Smith says "no way" to plan');
    expect(d.people).toEqual([]);
    expect(d.quotes).toEqual([]);
    expect(d.relatedLinks[0]!.title).toBe('Mayor John Smith says "no way" to plan');
  });
});

describe('outlet and source url', () => {
  it('finds outlets from interview and reporting cues', () => {
    expect(parseDocument('CNN made an exclusive interview with the minister.').outlet).toBe('CNN');
    expect(parseDocument('The minister told the Daily Herald that talks had stalled.').outlet).toBe('Daily Herald');
    expect(parseDocument('In an interview with Sky News, the minister said talks had stalled.').outlet).toBe('Sky News');
    expect(parseDocument('The Washington Post reported on Monday that talks had stalled.').outlet).toBe('The Washington Post');
  });

  it('reads a wire dateline', () => {
    expect(parseDocument('MADRID (Reuters) - The central bank held rates on Tuesday.').outlet).toBe('Reuters');
  });

  it('does not take a person as outlet', () => {
    expect(parseDocument('In an interview with Mayor John Smith, residents asked questions.').outlet).toBeNull();
    expect(parseDocument('She told John Smith that she would go.').outlet).toBeNull();
  });

  it('reads a Source: line as the source URL, not body text', () => {
    const d = parseDocument('A lead paragraph.\nSource: https://example.com/story');
    expect(d.sourceUrl).toBe('https://example.com/story');
    expect(d.sections.flatMap((s) => s.paragraphs)).toHaveLength(1);
  });
});

describe('front block and subheadings as published', () => {
  const text = [
    'Harbour Crews Finish Night Drills',
    '',
    'Tuesday, March 4, 2014',
    '',
    'Story by Sgt. 1st Class Ida Brennholt',
    '12th Public Affairs Detachment (Forward)',
    '',
    'PORT ELLIS – Crews trained through the night, officials said.',
    '',
    'Harbour drills',
    '',
    'The drills ran until dawn.',
    '',
    '2. Second Crew From the Northern Harbour Completes Its Longest Night Exercise Since the Start of the Program',
    '',
    'The second crew followed.',
    '',
    'What the Crews Said After the Drills...',
    '',
    'They were tired.',
  ].join('\n');
  const d = parseDocument(text, { referenceDate: '2024-06-01' });

  it('keeps date lines, bylines and the unit under them out of the sections and the lead', () => {
    expect(d.lead).toBe('PORT ELLIS – Crews trained through the night, officials said.');
    expect(d.published).toBe('2014-03-04');
  });

  it('finds sentence-case, numbered and ellipsis-ended subheadings', () => {
    expect(d.sections.map((s) => s.heading)).toEqual([
      null,
      'Harbour drills',
      '2. Second Crew From the Northern Harbour Completes Its Longest Night Exercise Since the Start of the Program',
      'What the Crews Said After the Drills...',
    ]);
  });
});

describe('bylines without "By"', () => {
  const parse = (lines: string[]) => parseDocument(lines.join('\n'), { referenceDate: '2024-06-01' });
  it('reads "<date> | <rank> <name>" and a titled name alone under the headline as the author, out of the lead', () => {
    const dated = parse(['Crews Finish Drills', '', '18 Nov 2010 | Lance Cpl. Ida M. Brennholt', '', 'Crews trained through the night, officials said.']);
    expect(dated.lead).toBe('Crews trained through the night, officials said.');
    expect(dated.people.map((p) => [p.name, p.role])).toEqual([['Ida M. Brennholt', 'Lance Cpl']]);
    const alone = parse(['Crews Finish Drills', '', 'Spc. Tom Vale', '12th Public Affairs Detachment', '', 'Crews trained through the night, officials said.']);
    expect(alone.lead).toBe('Crews trained through the night, officials said.');
    expect(alone.people.map((p) => [p.name, p.role])).toEqual([['Tom Vale', 'Spc']]);
  });
  it('reads the Marine Corps\' run-together grades, and ends the name where a numbered unit runs on after it', () => {
    const d = parse(['Crews Finish Drills', '', '21 Oct 2014 | LCpl. Ida M. Brennholt 2nd Harbour Division', '', 'Crews trained through the night, officials said.']);
    expect(d.people.map((p) => [p.name, p.role])).toEqual([['Ida M. Brennholt', 'LCpl']]);
  });
  it('needs a rank before a name alone on its line', () => {
    const d = parse(['Crews Finish Drills', '', 'Harbour Town Council', '', 'Crews trained through the night, officials said.']);
    expect(d.people).toEqual([]);
  });
  it('does not make the author the story\'s subject when a speaker shares the surname', () => {
    const d = parse(['Crews Finish Drills', '', 'By Tech. Sgt. Ida Vale, 12th Wing', '', 'Retired Col. Tom Vale was the guest speaker.', '', '"It was a long night," Vale said.']);
    expect(d.quotes.map((q) => q.speaker)).toEqual(['Tom Vale']);
    expect(d.people.map((p) => [p.name, p.role])).toEqual([['Ida Vale', 'Tech. Sgt'], ['Tom Vale', 'Retired Col']]);
  });
});

describe('longer military bylines', () => {
  const people = (lines: string[]) => parseDocument(lines.join('\n'), { referenceDate: '2024-06-01' }).people.map((p) => [p.name, p.role]);
  it('reads the author after a rating and before a long unit', () => {
    expect(people(['Chiefs Serve Sailors', '', 'By Mass Communication Specialist Seaman Tom Vale, Navy Public Affairs Support Element, Detachment East', '', 'Chiefs served lunch, officials said.'])).toEqual([['Tom Vale', 'Mass Communication Specialist Seaman']]);
    expect(people(['Chiefs Serve Sailors', '', 'By Tech. Sgt. Ida Vale, 379th Air Expeditionary Wing Public Affairs', '', 'Chiefs served lunch, officials said.'])).toEqual([['Ida Vale', 'Tech. Sgt']]);
  });
  it('makes no author of a unit written on after the name', () => {
    expect(people(['Chiefs Serve Sailors', '', 'By Tech. Sgt. Ida B. Vale National Guard Bureau', '', 'Chiefs served lunch, officials said.'])).toEqual([]);
  });
});
