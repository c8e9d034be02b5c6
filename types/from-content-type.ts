/**
 * A content type's document as Strapi 5's REST API returns it, written from
 * its schema.json: `id` and `documentId`, every attribute that is not
 * private, the timestamps, and the relations (present only when populated).
 * Strapi's response sanitiser drops private attributes
 * (@strapi/utils, sanitize/visitors/remove-private.ts); every content type
 * carries publishedAt in Strapi 5 (@strapi/core, domain/content-type/index.ts),
 * null on a draft.
 */
import { LARGE_FIELDS } from '../server/src/access/default-fields';
import { docComment } from './from-json-schema';

export interface Attribute {
  type: string;
  required?: boolean;
  private?: boolean;
  enum?: string[];
  relation?: string;
  target?: string;
}

export interface ContentTypeSchema {
  info: { displayName: string; singularName: string; description?: string };
  options?: { draftAndPublish?: boolean };
  attributes: Record<string, Attribute>;
}

/** Attribute types and the JSON value the REST API gives for each (biginteger travels as a string). */
const SCALARS: Record<string, string> = {
  string: 'string',
  text: 'string',
  richtext: 'string',
  email: 'string',
  uid: 'string',
  date: 'string',
  datetime: 'string',
  time: 'string',
  timestamp: 'string',
  biginteger: 'string',
  integer: 'number',
  float: 'number',
  decimal: 'number',
  boolean: 'boolean',
  json: 'unknown',
  blocks: 'BlocksContent',
};

const TO_MANY = new Set(['oneToMany', 'manyToMany', 'manyWay']);

/** The public attributes, in schema order. */
export const publicAttributes = (schema: ContentTypeSchema): Array<[string, Attribute]> =>
  Object.entries(schema.attributes).filter(([, attribute]) => !attribute.private);

/** A large field the REST API sends only when asked for (server/src/access/default-fields.ts). */
const sentOnRequest = (schema: ContentTypeSchema, name: string): boolean =>
  (LARGE_FIELDS[`plugin::newsroom.${schema.info.singularName}`] ?? []).includes(name);

/** Every key of a document the REST API returns with `populate=*` and no `fields`. */
export const restKeys = (schema: ContentTypeSchema): string[] => [
  'id',
  'documentId',
  ...publicAttributes(schema)
    .filter(([name]) => !sentOnRequest(schema, name))
    .map(([name]) => name),
  'createdAt',
  'updatedAt',
  'publishedAt',
];

function attributeType(name: string, attribute: Attribute, typeNames: Record<string, string>, file: string): string {
  if (attribute.type === 'relation') {
    const target = typeNames[attribute.target ?? ''];
    if (!target) throw new Error(`${file}: relation ${name} targets ${attribute.target}, which is not one of the public types`);
    return TO_MANY.has(attribute.relation ?? '') ? `${target}[]` : `${target} | null`;
  }
  const base = attribute.type === 'enumeration' ? (attribute.enum ?? []).map((value) => JSON.stringify(value)).join(' | ') : SCALARS[attribute.type];
  if (!base) throw new Error(`${file}: attribute ${name} has type ${attribute.type}, which the public types do not describe yet`);
  // `unknown` (json) already holds null.
  return attribute.required || base === 'unknown' ? base : `${base} | null`;
}

/**
 * `export type <Name> = { … }`: a type alias rather than an interface, so that
 * it fits generic constraints with an index signature (`@strapi/client`'s
 * `Document`).
 */
export function contentTypeDeclaration(typeName: string, schema: ContentTypeSchema, typeNames: Record<string, string>, file: string): string {
  const fields = publicAttributes(schema).map(([name, attribute]) => {
    const large = sentOnRequest(schema, name);
    const optional = attribute.type === 'relation' || large ? '?' : '';
    const note = attribute.type === 'relation' ? 'Present when populated.' : large ? 'Sent only when asked for: `fields=*` or by name.' : undefined;
    const doc = note ? docComment(note, '  ') : '';
    return `${doc}  ${name}${optional}: ${attributeType(name, attribute, typeNames, file)};\n`;
  });
  const publishedAt = schema.options?.draftAndPublish ? 'string | null' : 'string';
  return (
    docComment(`${schema.info.displayName}: ${schema.info.description ?? ''}`.trim(), '') +
    `export type ${typeName} = {\n` +
    '  id: number;\n' +
    '  documentId: string;\n' +
    fields.join('') +
    '  createdAt: string;\n' +
    '  updatedAt: string;\n' +
    `${docComment(schema.options?.draftAndPublish ? 'null on a draft (`status=draft`).' : undefined, '  ')}` +
    `  publishedAt: ${publishedAt};\n` +
    '};\n'
  );
}
