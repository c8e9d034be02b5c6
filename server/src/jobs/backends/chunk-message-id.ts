/**
 * The pg-boss id of a chunk's message: a name-based UUID (RFC 9562 version 5,
 * SHA-1 of a namespace and a name) of the job and the chunk. pg-boss inserts
 * with `ON CONFLICT DO NOTHING`, so a chunk sent twice (a resume, a node's
 * periodic re-send, an enqueue retried) is still one message.
 */
import { createHash } from 'crypto';

/** This plugin's namespace for chunk messages: any fixed UUID, as long as it never changes. */
const CHUNK_NAMESPACE = '6f1d6c2e-8a4b-4f3a-9c0e-5b7d2a1f9e43';

export function uuidV5(namespace: string, name: string): string {
  const bytes = createHash('sha1').update(Buffer.from(namespace.replace(/-/g, ''), 'hex')).update(name, 'utf8').digest().subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export const chunkMessageId = (jobId: string, chunkId: number): string => uuidV5(CHUNK_NAMESPACE, `${jobId}/${chunkId}`);
