import { spawnSync } from 'child_process';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'fs';
import { tmpdir } from 'os';
import { join, resolve } from 'path';
import { runParse } from '../../../scripts/cli/parse';
import { captureOutput } from '../../helpers/capture-output';

const root = resolve(__dirname, '..', '..', '..');
const bin = join(root, 'bin', 'newsroom.js');
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'newsroom-parse-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [bin, 'parse', ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, STRAPI_TELEMETRY_DISABLED: 'true' },
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function file(name: string, content: string | Buffer): string {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
}

const ARTICLE = [
  'Mayor Opens New Bridge',
  '',
  'Mayor Ana Quintero opened the bridge on Friday, March 1, 2024.',
  '"This took ten years," Quintero said. "It was worth it."',
  'Read more: Bridge costs https://example.com/costs',
].join('\n');

describe('newsroom parse', () => {
  it('prints exactly the contract JSON with --json', () => {
    const path = file('good.txt', ARTICLE);
    const r = run(path, '--json', '--reference-date', '2025-01-01');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(Object.keys(json)).toEqual(['title', 'titleSource', 'lead', 'published', 'outlet', 'sourceUrl', 'sections', 'people', 'quotes', 'relatedLinks', 'warnings']);
    expect(json.title).toBe('Mayor Opens New Bridge');
    expect(json.published).toBe('2024-03-01');
    expect(Object.keys(json.sections[0])).toEqual(['heading', 'paragraphs']);
    expect(Object.keys(json.sections[0].paragraphs[0])).toEqual(['text', 'start']);
    expect(Object.keys(json.people[0])).toEqual(['name', 'role', 'aliases']);
    expect(Object.keys(json.quotes[0])).toEqual(['text', 'speaker', 'kind', 'start', 'end', 'paragraph', 'verb', 'attribution', 'confidence', 'review']);
    expect(Object.keys(json.relatedLinks[0])).toEqual(['title', 'url']);
    const names = json.people.map((p: { name: string }) => p.name);
    expect(names).toEqual(['Ana Quintero']);
    for (const q of json.quotes) {
      expect(ARTICLE.slice(q.start, q.end)).toBe(q.text);
      expect(q.speaker === null || names.includes(q.speaker)).toBe(true);
    }
    expect(json.quotes).toHaveLength(2);
  });

  const bad: Array<[string, () => string[], RegExp]> = [
    ['a missing file', () => [join(dir, 'nope.txt')], /no such file/],
    ['a directory', () => [(mkdirSync(join(dir, 'sub'), { recursive: true }), join(dir, 'sub'))], /is a directory/],
    ['an empty file', () => [file('empty.txt', '')], /empty/],
    ['whitespace only', () => [file('blank.txt', ' \n\t\n ')], /whitespace/],
    ['binary content', () => [file('bin.txt', Buffer.from([0x48, 0x00, 0x49]))], /binary content/],
    ['invalid UTF-8', () => [file('latin1.txt', Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]))], /not valid UTF-8/],
    ['a file over the limit', () => [file('big.txt', 'word '.repeat(400)), '--max-size', '1KB'], /over the 1\.0 KB limit/],
    ['unterminated front matter', () => [file('fm1.txt', '---\ntitle: x\nBody text.')], /unterminated front matter/],
    ['invalid front-matter YAML', () => [file('fm2.txt', '---\ntitle: [oops\n---\nBody.')], /invalid YAML in front matter/],
  ];

  it.each(bad)('rejects %s with one line on stderr and exit code 1', (_label, args, problem) => {
    const argv = args();
    const r = run(...argv, '--json');
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^newsroom: ${argv[0]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: `));
    expect(lines[0]).toMatch(problem);
  });

});

/**
 * The remaining options run in-process (runParse is what the command calls):
 * each spawned CLI pays ~1 s of TypeScript start-up, so only the cases that
 * need a real process and exit code are spawned above.
 */
describe('newsroom parse, in-process', () => {
  const output = captureOutput();

  it('prints a readable summary without --json', async () => {
    expect(await runParse(file('summary.txt', ARTICLE), { referenceDate: '2025-01-01' })).toBe(0);
    expect(output.out()).toMatch(/Title:\s+Mayor Opens New Bridge/);
    expect(output.out()).toMatch(/Ana Quintero, Mayor/);
    expect(output.out()).toMatch(/This took ten years/);
    expect(output.out()).toMatch(/Bridge costs <https:\/\/example.com\/costs>/);
    expect(output.err()).toBe('');
  });

  it('--max-size raises (and lowers) the limit', async () => {
    const path = file('big2.txt', `A lead. ${'word '.repeat(400)}`);
    expect(await runParse(path, { maxSize: '1KB', json: true })).toBe(1);
    expect(output.err()).toMatch(/over the 1\.0 KB limit/);
    expect(await runParse(path, { maxSize: '5MB', json: true })).toBe(0);
  });

  it('rejects a malformed --max-size or --reference-date', async () => {
    expect(await runParse(file('ok.txt', ARTICLE), { maxSize: 'lots' })).toBe(1);
    expect(await runParse(file('ok.txt', ARTICLE), { referenceDate: 'yesterday' })).toBe(1);
    expect(output.err().trimEnd().split('\n')).toHaveLength(2);
  });

  it('strips a BOM and keeps offsets consistent with the parsed text', async () => {
    expect(await runParse(file('bom.txt', `\uFEFF${ARTICLE}`), { json: true })).toBe(0);
    const json = JSON.parse(output.out());
    for (const q of json.quotes) expect(ARTICLE.slice(q.start, q.end)).toBe(q.text);
  });
});
