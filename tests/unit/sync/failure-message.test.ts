import { failureMessage } from '../../../server/src/sync/file-report';

describe('failureMessage', () => {
  it('keeps the database complaint and drops the SQL statement knex prepends', () => {
    const sql = 'insert into "newsroom_people" ("name") values ($1) returning "id"';
    const error = Object.assign(new Error(`${sql} - value too long for type character varying(255)`), { sql });
    expect(failureMessage(error)).toBe('database error: value too long for type character varying(255)');
  });

  it('makes any message one line', () => {
    expect(failureMessage(new Error('first\n  second\r\nthird'))).toBe('first second third');
    expect(failureMessage('plain')).toBe('plain');
  });
});
