import { buildDocx, zipBomb } from '../../helpers/docx';
import { extract, failure, parsed } from './helpers';

const STORY = [
  { title: 'Council approves harbour plan' },
  { paragraph: 'Mayor Lena Ortiz said the vote marked a turning point. "The harbour will open in May," she said.' },
  { heading: 'Funding from the region' },
  { paragraph: '"The money is already set aside," finance officer Priya Nair told reporters.' },
  { paragraph: 'Read more: ', link: { text: 'Harbour plan delayed again', url: 'https://valleytimes.example/news/harbour-delay' } },
];

describe('source/docx: Word files through mammoth', () => {
  it('reads the Title style as the headline, headings as sections, hyperlinks as related links', async () => {
    const data = await buildDocx(STORY);
    const [article] = await extract({ name: 'story.docx', data });
    expect(article!.format).toBe('docx');
    expect(parsed(article!)).toMatchObject({
      title: 'Council approves harbour plan',
      sections: ['Funding from the region'],
      people: ['Lena Ortiz', 'Priya Nair'],
      quotes: [
        ['Lena Ortiz', 'The harbour will open in May,'],
        ['Priya Nair', 'The money is already set aside,'],
      ],
      links: [{ title: 'Harbour plan delayed again', url: 'https://valleytimes.example/news/harbour-delay' }],
      offsetsHold: true,
    });
    // The original bytes, kept whole.
    expect(Buffer.from(article!.original.replace(/^data:[^,]+;base64,/, ''), 'base64').equals(data)).toBe(true);
  });

  it('is detected by its bytes, whatever its name', async () => {
    const [article] = await extract({ name: 'upload.bin', data: await buildDocx(STORY) });
    expect(article!.format).toBe('docx');
  });

  it('refuses a zip bomb from its directory, before inflating it', async () => {
    const message = await failure(extract({ name: 'bomb.docx', data: await zipBomb(4_000_000_000) }, 5 * 1024 * 1024));
    expect(message).toMatch(/^bomb\.docx: DOCX: inflates to more than 52428800 bytes \(zip directory declares \d+ by word\/document\.xml\); refused before inflating$/);
  });

  it('caps the extracted text, which may be far larger than the file', async () => {
    const data = await buildDocx([{ paragraph: 'The council met again and talked about the harbour. '.repeat(400) }]);
    expect(data.length).toBeLessThan(3000);
    expect(await failure(extract({ name: 'long.docx', data }, 3000))).toMatch(/^long\.docx: DOCX: extracted text is \d+ bytes, over the 3000-byte limit$/);
  });

  it('refuses a zip that is no Word document, and a truncated one', async () => {
    const JSZip = (await import('jszip')).default;
    const zip = new JSZip();
    zip.file('hello.txt', 'hello');
    const plain = await zip.generateAsync({ type: 'nodebuffer' });
    expect(await failure(extract({ name: 'archive.docx', data: plain }))).toBe('archive.docx: DOCX: a zip archive without word/document.xml, not a Word document');
    const truncated = (await buildDocx(STORY)).subarray(0, 200);
    expect(await failure(extract({ name: 'cut.docx', data: truncated }))).toMatch(/^cut\.docx: DOCX: not a readable zip archive/);
  });
});
