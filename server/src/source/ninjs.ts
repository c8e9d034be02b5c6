/**
 * IPTC ninjs, JSON news items. 1.x: `headline`, `body_html` / `body_text`,
 * `byline`, `versioncreated`. 2.x: `headlines[]` and `bodies[]` (each with a
 * role, the main one first), `by`, `infosources[]`. Both: `uri`, the
 * Article's id, and `firstcreated` / `versioncreated`.
 */
import { htmlBlocks } from './html';
import { collapse } from './html-dom';
import { SourceError } from './read-source';
import type { BodyBlock, ExtractedArticle } from './types';

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const isObject = (value: Json | undefined): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);
const str = (value: Json | undefined): string | null => (typeof value === 'string' && value.trim() ? collapse(value) : null);

/** ninjs 2.x role lists: the entry whose role is `main` (or has none), else the first. */
function main(list: Json | undefined): JsonObject | null {
  if (!Array.isArray(list)) return null;
  const objects = list.filter(isObject);
  return objects.find((o) => o.role === 'main' || o.role === undefined) ?? objects[0] ?? null;
}

const textBlocks = (text: string): BodyBlock[] =>
  text.split(/\n\s*\n|\r\n\s*\r\n/).map(collapse).filter(Boolean).map((t) => ({ kind: 'paragraph' as const, text: t }));

function bodyOf(item: JsonObject): BodyBlock[] {
  const body = main(item.bodies);
  if (body && typeof body.value === 'string') {
    const type = str(body.contenttype) ?? 'text/plain';
    return /html/i.test(type) ? htmlBlocks(body.value, null) : textBlocks(body.value);
  }
  if (typeof item.body_html === 'string') return htmlBlocks(item.body_html, null);
  if (typeof item.body_xhtml === 'string') return htmlBlocks(item.body_xhtml, null);
  if (typeof item.body_text === 'string') return textBlocks(item.body_text);
  return [];
}

const names = (value: Json | undefined): string | null =>
  Array.isArray(value) ? value.map((v) => (isObject(v) ? str(v.name) : str(v))).filter(Boolean).join(', ') || null : null;

export function extractNinjs(json: string, label: string): ExtractedArticle {
  let item: Json;
  try {
    item = JSON.parse(json) as Json;
  } catch (error) {
    throw new SourceError(label, `ninjs: not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  if (!isObject(item)) throw new SourceError(label, 'ninjs: expected one JSON object (a news item)');
  if (!str(item.uri)) throw new SourceError(label, 'ninjs: no "uri" (every ninjs item has one), not a ninjs news item');
  const blocks = bodyOf(item);
  if (!blocks.some((b) => b.kind === 'paragraph')) throw new SourceError(label, 'ninjs: no body (body_html, body_text or bodies[]) with text');
  return {
    meta: {
      title: str(main(item.headlines)?.value) ?? str(item.headline),
      id: str(item.uri),
      outlet: names(item.infosources) ?? str(item.copyrightholder),
      // First publication, not the latest correction: a corrected item keeps its date.
      published: str(item.firstcreated) ?? str(item.versioncreated),
      author: str(item.by) ?? str(item.byline),
    },
    blocks,
    original: json,
  };
}
