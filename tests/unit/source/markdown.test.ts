import { extract, extractFile, failure, parsed } from './helpers';

describe('source/markdown: remark-parse', () => {
  it('keeps the front matter, turns headings into sections and drops inline markup', async () => {
    const [article] = await extractFile('article.md');
    expect(article!.format).toBe('markdown');
    expect(parsed(article!)).toEqual({
      title: 'Bridge repairs to finish early',
      published: '2024-04-02',
      outlet: 'Valley Times',
      url: 'https://valleytimes.example/news/bridge-repairs',
      id: null,
      sections: ['Detours lifted'],
      people: ['Mark Olsen'],
      quotes: [
        ['Mark Olsen', 'The weather was on our side this spring,'],
        ['Mark Olsen', 'Traffic will flow normally from the first of May.'],
      ],
      links: [{ title: 'Bridge closed for repairs', url: 'https://valleytimes.example/news/bridge-closed' }],
      offsetsHold: true,
    });
    expect(article!.text).not.toMatch(/\*\*|\]\(/);
  });

  it('reads raw HTML inside Markdown as HTML: no script gets through', async () => {
    const [article] = await extract({ name: 'x.md', text: 'Para one by Ann Lee.\n\n<div><script>alert("INJECTED")</script><p>Para two.</p></div>\n' });
    expect(article!.text).toContain('Para two.');
    expect(article!.text).not.toMatch(/INJECTED|script/);
  });

  it('refuses broken front matter in one line', async () => {
    expect(await failure(extractFile('bad/broken-front-matter.md'))).toMatch(/^bad\/broken-front-matter\.md: Markdown: invalid YAML in front matter: /);
  });
});
