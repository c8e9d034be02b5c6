import { chunkMessageId, uuidV5 } from '../../../server/src/jobs/backends/chunk-message-id';

describe('jobs/backends/chunk-message-id', () => {
  it('is RFC 9562 version 5 (the RFC\'s DNS example)', () => {
    expect(uuidV5('6ba7b810-9dad-11d1-80b4-00c04fd430c8', 'www.example.com')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
  });

  it('names one message per job and chunk, the same every time it is sent', () => {
    const id = chunkMessageId('k3j9x2', 41);
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(chunkMessageId('k3j9x2', 41)).toBe(id);
    expect(new Set([id, chunkMessageId('k3j9x2', 42), chunkMessageId('k3j9x3', 41), chunkMessageId('k3j9x', 241)]).size).toBe(4);
  });
});
