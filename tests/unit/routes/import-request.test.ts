import { errors, validateZodSchema, z } from '@strapi/utils';
import type controllers from '../../../server/src/controllers';
import type { RouteInputFor } from '../../../server/src/routes/router-input';
import { historyQuerySchema, importRequestSchema } from '../../../server/src/validation/import-request';

const validate = validateZodSchema(importRequestSchema({ maxBytes: 20, maxDocuments: 2 }));
const doc = (name: string, text: string) => ({ name, text });

/** The ValidationError a body gets, as Strapi's error middleware would send it. */
const rejection = (body: unknown) => {
  try {
    validate(body);
  } catch (error) {
    expect(error).toBeInstanceOf(errors.ValidationError);
    const { message, details } = error as errors.ValidationError<string, { errors: Array<{ path: string[] }> }>;
    return { message, paths: details.errors.map((e) => e.path.join('.')) };
  }
  throw new Error('the body was accepted');
};

describe('import request body', () => {
  it('accepts a well-formed body and keeps its options', () => {
    const body = validate({ documents: [doc(' a.txt ', 'Title')], dryRun: true, referenceDate: '2024-06-01' });
    expect(body).toEqual({ documents: [doc('a.txt', 'Title')], dryRun: true, referenceDate: '2024-06-01' });
  });

  it('names the document whose text is over the byte limit, counting UTF-8 bytes', () => {
    expect(rejection({ documents: [doc('a.txt', 'short'), doc('b.txt', 'é'.repeat(11))] })).toEqual({
      message: 'text is larger than 20 bytes',
      paths: ['documents.1.text'],
    });
  });

  it('refuses more documents than the limit, an empty list and an empty text', () => {
    expect(rejection({ documents: [doc('a', 'x'), doc('b', 'x'), doc('c', 'x')] }).message).toBe(
      'documents must hold at most 2 documents (newsroom maxDocumentsPerRequest)'
    );
    expect(rejection({ documents: [] }).message).toBe('documents must hold at least one document');
    expect(rejection({ documents: [doc('a', '')] })).toEqual({ message: 'text is a required field', paths: ['documents.0.text'] });
  });

  it('refuses unknown keys, a body that is no object and a malformed reference date', () => {
    expect(rejection({ documents: [doc('a', 'x')], drop: true }).message).toMatch(/drop/);
    expect(rejection({ documents: [{ ...doc('a', 'x'), kind: 'html' }] }).paths).toEqual(['documents.0']);
    expect(rejection('documents').message).toBe('Request body must be a JSON object');
    expect(rejection({ documents: [doc('a', 'x')], referenceDate: '1 June 2024' }).message).toBe('referenceDate must be YYYY-MM-DD');
  });
});

describe('import history query', () => {
  const query = validateZodSchema(z.object(historyQuerySchema));
  it('reads numbers from query strings, with defaults and a page-size cap', () => {
    expect(query({})).toEqual({ page: 1, pageSize: 20 });
    expect(query({ page: '3', pageSize: '50' })).toEqual({ page: 3, pageSize: 50 });
    expect(() => query({ pageSize: '500' })).toThrow(errors.ValidationError);
  });
});

describe('route handlers', () => {
  it('must name an action of the plugin controllers (checked by `npm run typecheck`)', () => {
    const good: RouteInputFor<typeof controllers, 'plugin::newsroom'> = { method: 'POST', path: '/imports', handler: 'import.create' };
    // @ts-expect-error "import.crate" is no action of the import controller.
    const typo: RouteInputFor<typeof controllers, 'plugin::newsroom'> = { method: 'POST', path: '/imports', handler: 'import.crate' };
    expect([good.handler, typo.handler]).toEqual(['import.create', 'import.crate']);
  });
});
