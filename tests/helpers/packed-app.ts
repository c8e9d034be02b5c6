/**
 * A Strapi 5.54.0 app as `create-strapi-app` lays out a TypeScript project
 * (SQLite), written into a folder, with the plugin installed from its packed
 * tarball. Nothing is downloaded: the app's dependencies are this
 * repository's installed packages, linked one by one into the app's
 * node_modules. Only what the app and the plugin declare is linked, so a
 * package the plugin uses without declaring it fails to resolve, as it would
 * for a user whose tree lacks it.
 */
import { execFileSync } from 'child_process';
import fs from 'fs';
import path from 'path';
import { root } from './paths';
import { testSecrets } from './test-env';

const STRAPI = '5.54.0';

/** The dependencies `create-strapi-app` gives a TypeScript app (without the Cloud plugin, which needs the network). */
const APP_DEPENDENCIES: Record<string, string> = {
  '@strapi/strapi': STRAPI,
  '@strapi/plugin-users-permissions': STRAPI,
  'better-sqlite3': '12.6.2',
  react: '^18.0.0',
  'react-dom': '^18.0.0',
  'react-router-dom': '^6.0.0',
  'styled-components': '^6.0.0',
};
const APP_DEV_DEPENDENCIES: Record<string, string> = { '@types/node': '^20', typescript: '^5' };

/**
 * Hoisted by npm in a real install (dependencies of @strapi/strapi that the
 * generated tsconfig and Strapi's build reach from the app's own folder).
 */
const HOISTED = ['@strapi/typescript-utils', '@strapi/admin'];

const FILES: Record<string, string> = {
  'config/server.ts': `export default ({ env }) => ({
  host: env('HOST', '0.0.0.0'),
  port: env.int('PORT', 1337),
  app: { keys: env.array('APP_KEYS') },
});
`,
  'config/database.ts': `import path from 'path';

export default ({ env }) => ({
  connection: {
    client: 'sqlite',
    connection: { filename: path.join(__dirname, '..', '..', env('DATABASE_FILENAME', '.tmp/data.db')) },
    useNullAsDefault: true,
  },
});
`,
  'config/admin.ts': `export default ({ env }) => ({
  auth: { secret: env('ADMIN_JWT_SECRET') },
  apiToken: { salt: env('API_TOKEN_SALT') },
  transfer: { token: { salt: env('TRANSFER_TOKEN_SALT') } },
  secrets: { encryptionKey: env('ENCRYPTION_KEY') },
  flags: { nps: env.bool('FLAG_NPS', true), promoteEE: env.bool('FLAG_PROMOTE_EE', true) },
});
`,
  'config/api.ts': `export default {
  rest: { defaultLimit: 25, maxLimit: 100, withCount: true },
};
`,
  'config/middlewares.ts': `export default [
  'strapi::logger',
  'strapi::errors',
  'strapi::security',
  'strapi::cors',
  'strapi::poweredBy',
  'strapi::query',
  'strapi::body',
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
];
`,
  // What a generated app has, plus the README's newsroom block.
  'config/plugins.ts': `export default () => ({
  newsroom: {
    enabled: true,
    config: { publicRead: false },
  },
});
`,
  'src/index.ts': `export default {
  register() {},
  bootstrap() {},
};
`,
  'tsconfig.json': `${JSON.stringify(
    {
      extends: '@strapi/typescript-utils/tsconfigs/server',
      compilerOptions: { outDir: 'dist', rootDir: '.' },
      include: ['./', './**/*.ts', './**/*.js', 'src/**/*.json'],
      exclude: ['node_modules/', 'build/', 'dist/', '.cache/', '.tmp/', 'src/admin/', '**/*.test.*', 'src/plugins/**'],
    },
    null,
    2
  )}\n`,
  'public/robots.txt': '',
  'public/uploads/.gitkeep': '',
  'database/migrations/.gitkeep': '',
};

/** Pack the built plugin as `npm publish` would; returns the tarball's path. */
export function packPlugin(destination: string): string {
  const output = execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', destination], { cwd: root, encoding: 'utf8' });
  const [{ filename }] = JSON.parse(output) as Array<{ filename: string }>;
  return path.join(destination, filename);
}

/** The app's files, its package.json and a .env with fresh secrets, in `dir`. */
export function writeHostApp(dir: string): void {
  for (const [file, text] of Object.entries(FILES)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
  const manifest = { name: 'newsroom-host', private: true, version: '0.1.0', scripts: { build: 'strapi build', start: 'strapi start' }, dependencies: APP_DEPENDENCIES, devDependencies: APP_DEV_DEPENDENCIES };
  fs.writeFileSync(path.join(dir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  const env = { HOST: '127.0.0.1', ...testSecrets() };
  fs.writeFileSync(path.join(dir, '.env'), Object.entries(env).map(([key, value]) => `${key}=${value}\n`).join(''));
}

function link(appDir: string, name: string): void {
  const target = path.join(root, 'node_modules', name);
  if (!fs.existsSync(target)) throw new Error(`packed install: ${name} is not installed in this repository`);
  const at = path.join(appDir, 'node_modules', name);
  if (fs.existsSync(at)) return;
  fs.mkdirSync(path.dirname(at), { recursive: true });
  fs.symlinkSync(target, at, 'dir');
}

/**
 * What `npm install <tarball>` leaves in the app: the package unpacked under
 * node_modules, its bin linked, and (here from this repository) the app's
 * dependencies and the plugin's dependencies and peers beside it.
 */
export function installTarball(appDir: string, tarball: string): void {
  const modules = path.join(appDir, 'node_modules');
  const unpacked = path.join(modules, 'strapi-plugin-newsroom');
  fs.mkdirSync(unpacked, { recursive: true });
  execFileSync('tar', ['-xzf', tarball, '-C', unpacked, '--strip-components=1']);
  const plugin = JSON.parse(fs.readFileSync(path.join(unpacked, 'package.json'), 'utf8')) as {
    bin: Record<string, string>;
    dependencies: Record<string, string>;
    peerDependencies: Record<string, string>;
  };
  // npm records the tarball in the app's package.json, which is where Strapi looks for plugins.
  const manifestFile = path.join(appDir, 'package.json');
  const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as { dependencies: Record<string, string> };
  manifest.dependencies['strapi-plugin-newsroom'] = `file:${path.relative(appDir, tarball)}`;
  fs.writeFileSync(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`);
  const names = [...Object.keys(APP_DEPENDENCIES), ...Object.keys(APP_DEV_DEPENDENCIES), ...HOISTED, ...Object.keys(plugin.dependencies), ...Object.keys(plugin.peerDependencies)];
  for (const name of new Set(names)) link(appDir, name);
  fs.mkdirSync(path.join(modules, '.bin'), { recursive: true });
  for (const [command, file] of Object.entries(plugin.bin)) {
    fs.symlinkSync(path.join('..', 'strapi-plugin-newsroom', file), path.join(modules, '.bin', command));
  }
}
