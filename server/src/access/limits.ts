/**
 * Caps on what one content-API read may ask for. Pure: the REST policy and
 * the GraphQL plugin both call these, with the plugin's configured limits.
 *
 * Strapi's own `api.rest.maxLimit` silently clamps an oversized page; here an
 * oversized request is refused with a 400 that names the cap, so a client
 * that asked for 10 000 rows learns it got none rather than a quiet 100.
 */
import { errors } from '@strapi/utils';

export interface ReadLimits {
  maxPageSize: number;
  maxPopulateDepth: number;
}

const asNumber = (value: unknown): number | undefined => {
  if (value === undefined || value === null || value === '') return undefined;
  const number = Number(value);
  return Number.isFinite(number) ? number : undefined;
};

/** pageSize / limit above the cap (limit -1, "everything", counts as above). */
export const checkPageSize = (pagination: unknown, maxPageSize: number, where: string) => {
  if (!pagination || typeof pagination !== 'object') return;
  for (const key of ['pageSize', 'limit'] as const) {
    const value = asNumber((pagination as Record<string, unknown>)[key]);
    if (value !== undefined && (value > maxPageSize || value === -1)) {
      throw new errors.ValidationError(`${where}.${key} must be at most ${maxPageSize} (newsroom maxPageSize), got ${value}`, {
        key,
        maxPageSize,
      });
    }
  }
};

/** How deep a REST `populate` reaches: 'quotes.speaker' and { quotes: { populate: { speaker: true } } } are both 2. */
export const populateDepth = (populate: unknown): number => {
  if (populate === undefined || populate === null || populate === false || populate === '') return 0;
  if (typeof populate === 'string') {
    return Math.max(0, ...populate.split(',').map((path) => path.trim().split('.').length));
  }
  if (Array.isArray(populate)) return Math.max(0, ...populate.map(populateDepth));
  if (typeof populate !== 'object') return 1;
  let deepest = 0;
  for (const value of Object.values(populate as Record<string, unknown>)) {
    const nested = value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
    const below = nested ? Math.max(populateDepth(nested.populate), ...Object.values((nested.on as object) ?? {}).map((on) => populateDepth((on as Record<string, unknown>)?.populate))) : 0;
    deepest = Math.max(deepest, 1 + below);
  }
  return deepest;
};

/** A REST read's query string (as parsed by Strapi's query middleware) against the caps. */
export const checkRestQuery = (query: Record<string, unknown> | undefined, limits: ReadLimits) => {
  if (!query) return;
  checkPageSize(query.pagination, limits.maxPageSize, 'pagination');
  const depth = populateDepth(query.populate);
  if (depth > limits.maxPopulateDepth) {
    throw new errors.ValidationError(`populate is ${depth} levels deep; at most ${limits.maxPopulateDepth} (newsroom maxPopulateDepth)`, {
      key: 'populate',
      maxPopulateDepth: limits.maxPopulateDepth,
    });
  }
};
