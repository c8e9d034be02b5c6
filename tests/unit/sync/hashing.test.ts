import fc from 'fast-check';
import { hashValue, sha256, stableStringify } from '../../../server/src/sync/plan/import-keys';
import { hashFields, sameHashes, sameJson } from '../../../server/src/sync/plan/hashed-fields';
import { mergeFields } from '../../../server/src/sync/plan/merge-fields';

/** The first implementation, kept as the reference: stored hashes must not change. */
const reference = (value: unknown): string => {
  if (value === undefined) return 'null';
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(reference).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${reference(v)}`).join(',')}}`;
};

// JSON-like values with the awkward cases: undefined members, -0, unicode keys, nesting.
// (NaN and the infinities serialise as null; sameJson calls them different,
// which only costs a serialisation, and stableStringify is checked on them below.)
const value = fc.letrec((tie) => ({
  leaf: fc.oneof(fc.string({ unit: 'grapheme' }), fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(null), fc.constant(undefined), fc.constant(-0)),
  node: fc.oneof({ depthSize: 'small' }, tie('leaf'), fc.array(tie('node'), { maxLength: 4 }), fc.dictionary(fc.string({ unit: 'grapheme' }), tie('node'), { maxKeys: 5 })),
})).node;

describe('record hashing', () => {
  it('stableStringify writes exactly what the first implementation wrote', () => {
    fc.assert(fc.property(value, (v) => stableStringify(v) === reference(v)), { numRuns: 2000, seed: 20261201 });
  });

  it('hashFields gives hashValue of each field', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), value, { maxKeys: 8 }), (fields) => {
        const hashed = hashFields(fields);
        for (const name of Object.keys(fields)) expect(hashed.hashes[name]).toBe(hashValue(fields[name]));
      }),
      { numRuns: 1000, seed: 20261201 }
    );
  });

  it('hashFields keeps a field named __proto__ as a field', () => {
    const fields = JSON.parse('{"__proto__": "x", "a": 1}');
    const hashed = hashFields(fields);
    expect(Object.keys(hashed.hashes)).toEqual(['__proto__', 'a']);
    expect(hashed.hashes.__proto__).toBe(sha256(reference('x')).slice(0, 24));
  });

  it('sameJson says equal only when the stable JSON is equal, and says it for a deep copy', () => {
    fc.assert(
      fc.property(value, value, (a, b) => {
        if (sameJson(a, b)) expect(reference(a)).toBe(reference(b));
        const copy = JSON.parse(JSON.stringify(a ?? null));
        if (reference(copy) === reference(a)) expect(sameJson(a ?? null, copy)).toBe(true);
      }),
      { numRuns: 2000, seed: 20261201 }
    );
    expect(sameJson({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(sameJson([1, undefined], [1, null])).toBe(true);
    expect(sameJson({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(sameJson([1], { 0: 1 })).toBe(false);
    expect(sameJson('1', 1)).toBe(false);
    for (const odd of [NaN, Infinity, -Infinity]) {
      expect(stableStringify({ a: [odd] })).toBe(reference({ a: [odd] }));
      expect(sameJson(odd, null)).toBe(false);
    }
  });

  it('sameHashes compares hash maps as their stable JSON would', () => {
    expect(sameHashes({ a: 'x', b: 'y' }, { b: 'y', a: 'x' })).toBe(true);
    expect(sameHashes({ a: 'x' }, { a: 'x', b: 'y' })).toBe(false);
    expect(sameHashes({ a: 'x' }, { a: 'z' })).toBe(false);
    expect(sameHashes({}, {})).toBe(true);
  });
});

describe('mergeFields', () => {
  const imported = (fields: Record<string, unknown>) => hashFields(fields).hashes;

  it('writes nothing and keeps the bookkeeping when the database holds the source', () => {
    const source = { text: 'A', body: [{ type: 'paragraph', children: [{ type: 'text', text: 'x' }] }] };
    const merge = mergeFields(source, JSON.parse(JSON.stringify(source)), imported(source), false);
    expect(merge).toEqual({ write: {}, conflicts: [], importedFields: imported(source), bookkeepingChanged: false });
  });

  it('takes the source where nobody edited, keeps and reports an edit, and overwrite takes the source', () => {
    const before = { text: 'A', role: 'Mayor' };
    const source = { text: 'B', role: 'Governor' };
    const current = { text: 'A', role: 'Edited' };
    const merge = mergeFields(source, current, imported(before), false);
    expect(merge.write).toEqual({ text: 'B' });
    expect(merge.conflicts).toEqual([{ field: 'role', current: 'Edited', incoming: 'Governor' }]);
    expect(merge.importedFields).toEqual({ text: hashValue('B'), role: hashValue('Mayor') });
    expect(merge.bookkeepingChanged).toBe(true);
    expect(mergeFields(source, current, imported(before), true).write).toEqual(source);
  });

  it('records a field an editor set to the source value as imported again', () => {
    const merge = mergeFields({ text: 'B' }, { text: 'B' }, { text: hashValue('A') }, false);
    expect(merge.write).toEqual({});
    expect(merge.importedFields).toEqual({ text: hashValue('B') });
    expect(merge.bookkeepingChanged).toBe(true);
  });
});
