import type { Core } from '@strapi/strapi';
import { PLUGIN_ID, UID } from './uids';

const ROLE = 'plugin::users-permissions.role';
const PERMISSION = 'plugin::users-permissions.permission';
const READ_ACTIONS = [UID.article, UID.person, UID.quote, UID.relatedLink].flatMap((uid) => [`${uid}.find`, `${uid}.findOne`]);

/**
 * `publicRead` is the source of truth for the Public role's read access to the
 * four editorial types (REST and GraphQL alike, populate included: relations
 * are only populated for a role that may `find` the related type, which is
 * why this grants permissions instead of marking routes `auth: false`).
 *
 * On a fresh database the Public role is created by users-permissions'
 * bootstrap, which may run after ours. The grant must then wait until
 * users-permissions has written its own default permissions: it only writes
 * them (login, register, …) when the permission table is empty, so granting
 * on the role's creation would silently leave the app without them. Its
 * first default permission, the Public role's auth.callback, is the signal.
 */
const FIRST_DEFAULT_PERMISSION = 'plugin::users-permissions.auth.callback';

export const syncPublicRead = async (strapi: Core.Strapi) => {
  if (!strapi.plugin('users-permissions')) return;
  const enabled = strapi.plugin(PLUGIN_ID).config('publicRead') === true;

  const apply = async (roleId: number) => {
    const existing: Array<{ id: number; action: string }> = await strapi.db
      .query(PERMISSION)
      .findMany({ where: { role: roleId, action: { $in: READ_ACTIONS } }, select: ['id', 'action'] });
    if (enabled) {
      const have = new Set(existing.map((p) => p.action));
      for (const action of READ_ACTIONS.filter((a) => !have.has(a))) {
        await strapi.db.query(PERMISSION).create({ data: { action, role: roleId } });
      }
    } else if (existing.length) {
      await strapi.db.query(PERMISSION).deleteMany({ where: { id: { $in: existing.map((p) => p.id) } } });
    }
  };
  const publicRole = () => strapi.db.query(ROLE).findOne({ where: { type: 'public' }, select: ['id'] });

  const role = await publicRole();
  if (role) {
    await apply(role.id);
    return;
  }
  let granted = false;
  strapi.db.lifecycles.subscribe({
    models: [PERMISSION],
    async afterCreate(event: any) {
      if (granted || event.result?.action !== FIRST_DEFAULT_PERMISSION) return;
      granted = true;
      const created = await publicRole();
      if (created) await apply(created.id);
    },
  });
};
