import type { Core } from '@strapi/strapi';
import slugify from '@sindresorhus/slugify';
import { contentTypes } from '@strapi/utils';
import { UID } from '../../uids';
import { MAX_STRING } from '../plan/fit-columns';

type SluggedUid = typeof UID.article | typeof UID.person;

/** The slug attribute's options, as the Content Manager reads them (`targetField`, slugify `options`). */
const slugAttribute = (strapi: Core.Strapi, uid: SluggedUid): { targetField: string; options?: slugify.Options } => {
  const attribute = strapi.getModel(uid).attributes.slug;
  const targetField = attribute && 'targetField' in attribute && typeof attribute.targetField === 'string' ? attribute.targetField : null;
  if (!targetField) throw new Error(`${uid}.slug is not a uid attribute with a target field`);
  const options = 'options' in attribute && attribute.options && typeof attribute.options === 'object' ? (attribute.options as slugify.Options) : undefined;
  return { targetField, options };
};

interface UidService {
  generateUIDField(params: { contentTypeUID: string; field: string; data: Record<string, unknown> }): Promise<string>;
  findUniqueUID(params: { contentTypeUID: string; field: string; value: string }): Promise<string>;
}

/**
 * The Content Manager's own uid rules, so slugs look like the ones editors
 * get: its slugify (the same package and version) on the target field, then
 * its uniqueness rules (packages/core/content-manager/server/src/services/uid.ts).
 * The usual case, a slug no draft has, is settled with one exact count that
 * the slug index answers (what the Content Manager's availability check asks,
 * without a Document Service call); only a taken slug goes through its prefix
 * search for a free "-N" suffix (a LIKE the index cannot serve, over whole
 * documents).
 */
export async function uniqueSlug(strapi: Core.Strapi, uid: SluggedUid, data: Record<string, unknown>): Promise<string> {
  const slugs: UidService = strapi.plugin('content-manager').service('uid');
  const attribute = slugAttribute(strapi, uid);
  const source = data[attribute.targetField];
  if (typeof source === 'string' && source.trim()) {
    const base = slugify(source, attribute.options);
    // Drafts only, as the Content Manager looks; a type without draft & publish has no status.
    const where = contentTypes.hasDraftAndPublish(strapi.getModel(uid)) ? { slug: base, publishedAt: null } : { slug: base };
    if (base && base.length <= MAX_STRING && (await strapi.db.query(uid).count({ where })) === 0) return base;
  }
  const slug = await slugs.generateUIDField({ contentTypeUID: uid, field: 'slug', data });
  // uid columns are varchar(255) on PostgreSQL, and transliteration can make the slug of a
  // 255-character title longer ("щ" → "shch"): cut it, leaving room for a "-2" suffix.
  if (slug.length <= MAX_STRING) return slug;
  return slugs.findUniqueUID({ contentTypeUID: uid, field: 'slug', value: slug.slice(0, MAX_STRING - 15).replace(/-+$/, '') });
}
