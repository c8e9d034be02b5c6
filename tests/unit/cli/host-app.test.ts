import fs from 'fs';
import os from 'os';
import path from 'path';
import { resolveHostApp } from '../../../scripts/cli/host-app';

const root = path.resolve(__dirname, '..', '..', '..');

describe('--app', () => {
  it("finds the playground and the .env beside it, from any folder's relative path", () => {
    const app = resolveHostApp(path.relative(process.cwd(), path.join(root, 'playground')));
    expect(app).toEqual({ dir: path.join(root, 'playground'), envFile: path.join(root, 'playground', '.env'), isPlayground: true });
  });

  it('refuses, in one line, a folder that is no Strapi app', () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-noapp-'));
    try {
      expect(() => resolveHostApp(empty)).toThrow(`${empty}: not a Strapi app (no package.json); pass --app <dir>`);
      // The plugin's own checkout has @strapi/strapi only as a dev and peer dependency.
      expect(() => resolveHostApp(root)).toThrow(/not a Strapi app \(its package.json does not depend on @strapi\/strapi\)/);
    } finally {
      fs.rmSync(empty, { recursive: true, force: true });
    }
  });
});
