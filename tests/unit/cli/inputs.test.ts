import fs from 'fs';
import os from 'os';
import path from 'path';
import { expandInputs } from '../../../scripts/cli/inputs';

describe('CLI inputs', () => {
  const cwd = process.cwd();
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-inputs-'));
    fs.mkdirSync(path.join(dir, 'work', 'articles', '2024'), { recursive: true });
    for (const name of ['articles/a.txt', 'articles/2024/b.md', 'articles/skip.png']) fs.writeFileSync(path.join(dir, 'work', name), 'x');
    process.chdir(path.join(dir, 'work'));
  });
  afterAll(() => {
    process.chdir(cwd);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('names each file as the user named it, whatever the working directory', async () => {
    const found = await expandInputs(['articles/', './articles/a.txt', 'articles/**/*.md', '../work/articles/a.txt', 'missing.txt']);
    expect(found.map((f) => f.name)).toEqual(['articles/2024/b.md', 'articles/a.txt', 'missing.txt']);
    expect(found.map((f) => f.file)).toEqual(found.map((f) => path.join(fs.realpathSync(path.join(dir, 'work')), f.name)));
  });
});
