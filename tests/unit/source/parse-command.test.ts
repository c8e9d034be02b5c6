import path from 'path';
import { runParse } from '../../../scripts/cli/parse';
import { FORMATS } from './helpers';
import { captureOutput } from '../../helpers/capture-output';

describe('newsroom parse <file> in any format', () => {
  const output = captureOutput();

  it('parses a web page; --text shows what it was normalised to', async () => {
    expect(await runParse(path.join(FORMATS, 'page.html'), { json: true, referenceDate: '2024-06-01' })).toBe(0);
    expect(JSON.parse(output.out())).toMatchObject({ title: 'Council approves harbour plan', sourceUrl: 'https://valleytimes.example/news/harbour-plan' });
    output.clear();
    expect(await runParse(path.join(FORMATS, 'page.html'), { text: true })).toBe(0);
    expect(output.out()).toMatch(/^---\ntitle: Council approves harbour plan\n/);
    expect(output.out()).toContain('## Funding from the region');
  });

  it('prints every item of a feed; --format forces a format', async () => {
    expect(await runParse(path.join(FORMATS, 'feed.rss'), { json: true })).toBe(0);
    expect(JSON.parse(output.out()).map((d: { title: string }) => d.title)).toEqual(['Council approves harbour plan', 'School garden wins award']);
    expect(await runParse(path.join(FORMATS, 'feed.rss'), { json: true, format: 'nitf' })).toBe(1);
    expect(output.err()).toMatch(/feed\.rss: NITF: no <nitf> root element\n$/);
  });

  it('refuses a broken file in one line and an unknown --format', async () => {
    expect(await runParse(path.join(FORMATS, 'bad', 'broken.nitf.xml'), {})).toBe(1);
    expect(await runParse(path.join(FORMATS, 'page.html'), { format: 'pdf' })).toBe(1);
    expect(output.err().trimEnd().split('\n')).toEqual([expect.stringMatching(/^newsroom: .*broken\.nitf\.xml: NITF: not well-formed XML/), 'newsroom: --format: expected one of text, markdown, html, docx, rss, atom, nitf, newsml, ninjs, got "pdf"']);
  });
});
