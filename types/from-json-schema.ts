/**
 * A TypeScript type written from a JSON Schema, for the subset zod's
 * `toJSONSchema` gives the import route's schemas: objects, arrays, strings
 * (and their enums), numbers, booleans, null, `anyOf` and `{}` (unknown).
 * Anything else stops the build: a type silently widened to `unknown` would
 * lie to consumers.
 */

export interface JsonSchema {
  type?: string;
  enum?: unknown[];
  const?: unknown;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  description?: string;
  additionalProperties?: boolean | JsonSchema;
}

/** Keywords that only constrain values, which a TypeScript type does not carry. */
const CONSTRAINTS = new Set([
  '$schema', 'description', 'default', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'minLength',
  'maxLength', 'minItems', 'maxItems', 'pattern', 'format', 'additionalProperties', 'required', 'readOnly',
]);

const literal = (value: unknown): string => JSON.stringify(value);

/** A JSDoc line for a description, or nothing. */
export const docComment = (text: string | undefined, indent: string): string =>
  text ? `${indent}/** ${text.replace(/\*\//g, '*\\/')} */\n` : '';

export function typeFromJsonSchema(schema: JsonSchema, indent = ''): string {
  const keywords = Object.keys(schema).filter((key) => !CONSTRAINTS.has(key));
  if (keywords.length === 0) return 'unknown';
  if (schema.anyOf) return schema.anyOf.map((member) => typeFromJsonSchema(member, indent)).join(' | ');
  if (schema.const !== undefined) return literal(schema.const);
  if (schema.enum) return schema.enum.map(literal).join(' | ');
  switch (schema.type) {
    case 'string':
      return 'string';
    case 'number':
    case 'integer':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'null':
      return 'null';
    case 'array':
      return `Array<${typeFromJsonSchema(schema.items ?? {}, indent)}>`;
    case 'object':
      return objectType(schema, indent);
    default:
      throw new Error(`types: no TypeScript type for the JSON Schema ${JSON.stringify(schema).slice(0, 120)}`);
  }
}

function objectType(schema: JsonSchema, indent: string): string {
  const inner = `${indent}  `;
  const required = new Set(schema.required ?? []);
  const members = Object.entries(schema.properties ?? {}).map(([name, property]) => {
    const key = /^[A-Za-z_$][\w$]*$/.test(name) ? name : literal(name);
    const optional = required.has(name) ? '' : '?';
    return `${docComment(property.description, inner)}${inner}${key}${optional}: ${typeFromJsonSchema(property, inner)};\n`;
  });
  return `{\n${members.join('')}${indent}}`;
}
