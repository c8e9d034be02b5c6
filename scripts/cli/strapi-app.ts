import fs from 'fs';
import path from 'path';
import type { Core } from '@strapi/strapi';

/**
 * Boot a Strapi app in this process, quietly: the importer talks to the same
 * Document Service the admin uses. Strapi's logger writes to stdout, which
 * --json output needs for itself, so boot logs go to stderr.
 */
export async function loadStrapi(appDir: string, { compile = true }: { compile?: boolean } = {}): Promise<Core.Strapi> {
  const resolved = path.resolve(appDir);
  if (!fs.existsSync(path.join(resolved, 'package.json'))) {
    throw new Error(`${appDir}: not a Strapi app (no package.json); pass --app <dir>`);
  }
  process.env.STRAPI_TELEMETRY_DISABLED ??= 'true';
  const { compileStrapi, createStrapi } = await import('@strapi/strapi');

  const restore = redirectStdoutToStderr();
  try {
    // A TypeScript app runs from its compiled dist/; --no-compile reuses an existing build.
    const distDir = path.join(resolved, 'dist');
    const context = compile || !fs.existsSync(distDir) ? await compileStrapi({ appDir: resolved }) : { appDir: resolved, distDir };
    const app = createStrapi({ ...context, autoReload: false, serveAdminPanel: false } as any);
    app.log.level = process.env.NEWSROOM_LOG_LEVEL ?? 'warn';
    await app.load();
    return app;
  } finally {
    restore();
  }
}

function redirectStdoutToStderr(): () => void {
  const original = process.stdout.write.bind(process.stdout);
  process.stdout.write = ((chunk: any, ...rest: any[]) => (process.stderr.write as any)(chunk, ...rest)) as any;
  return () => {
    process.stdout.write = original;
  };
}
