/**
 * A chunk's source documents as the database keeps them (a JSON column every
 * node reads): bytes as base64, so a .docx travels as safely as text.
 */
import { z } from '@strapi/utils';
import { SOURCE_FORMATS } from '../../source/types';
import type { SourceDocument } from '../../sync/types';

const storedDocument = z.object({
  name: z.string(),
  text: z.string().optional(),
  base64: z.string().optional(),
  contentType: z.string().optional(),
  format: z.enum(SOURCE_FORMATS).optional(),
  error: z.string().optional(),
});
export type StoredDocument = z.infer<typeof storedDocument>;

export const storeDocument = ({ name, text, data, contentType, format, error }: SourceDocument): StoredDocument => ({
  name,
  ...(text !== undefined && { text }),
  ...(data !== undefined && { base64: Buffer.from(data).toString('base64') }),
  ...(contentType !== undefined && { contentType }),
  ...(format !== undefined && { format }),
  ...(error !== undefined && { error }),
});

export const readStoredDocuments = (value: unknown): SourceDocument[] =>
  z
    .array(storedDocument)
    .parse(value)
    .map(({ base64, ...rest }) => (base64 === undefined ? rest : { ...rest, data: Buffer.from(base64, 'base64') }));
