import type { Core } from '@strapi/strapi';
import type { Actor, ImportOptions } from '../sync/types';
import type { ImportBody } from '../validation/import-request';

/** Strapi's Koa context, as its controller handlers receive it. */
export type Context = Parameters<Core.ControllerHandler>[0];

/** The import options a request body carries. */
export const importOptions = ({ dryRun, publish, overwrite, referenceDate }: ImportBody): ImportOptions => ({
  dryRun,
  publish,
  overwrite,
  referenceDate,
});

/**
 * Koa types `ctx.state` loosely; these are the parts Strapi's auth strategies
 * set that the import history records.
 */
interface AuthState {
  user?: { id?: number | string; email?: string; firstname?: string | null; lastname?: string | null };
  auth?: { credentials?: { name?: string } };
}

/** The API token behind a content-API import, by name. */
export const apiTokenActor = (ctx: Context): Actor => {
  const name = (ctx.state as AuthState).auth?.credentials?.name;
  return { type: 'api-token', name: name ? `token:${name}` : 'token' };
};

/** The admin user behind an admin-page import, by e-mail. */
export const adminActor = (ctx: Context): Actor => {
  const user = (ctx.state as AuthState).user;
  return { type: 'admin', name: user?.email ?? `admin:${user?.id ?? 'unknown'}` };
};

/** The admin user behind a review action, as the quote records it: "Firstname Lastname", else the e-mail. */
export const adminName = (ctx: Context): string => {
  const user = (ctx.state as AuthState).user;
  const name = [user?.firstname, user?.lastname].filter(Boolean).join(' ').trim();
  return name || user?.email || `admin:${user?.id ?? 'unknown'}`;
};
