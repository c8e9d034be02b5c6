import { parseDocument } from '../../../server/src/parse';
import { findPublishedDate, yearForWeekday } from '../../../server/src/parse/dates';

const ref = new Date(Date.UTC(2025, 0, 15, 12));

describe('published date', () => {
  it('resolves a weekday + month/day without a year to the latest matching year', () => {
    // 9 November was a Thursday in 2023 (and 2017), not in 2024.
    expect(findPublishedDate('Officials met on Thursday (November 9), where they agreed', ref)).toBe('2023-11-09');
    expect(findPublishedDate('on Thursday, November 9, the talks resumed', ref)).toBe('2023-11-09');
    expect(yearForWeekday(11, 9, 4, ref)).toBe(2023);
  });

  it('never resolves to a date after the reference date', () => {
    const early = new Date(Date.UTC(2023, 10, 8, 12)); // 8 Nov 2023
    expect(findPublishedDate('on Thursday (November 9) the talks resumed', early)).toBe('2017-11-09');
  });

  it('parses explicit dates as written', () => {
    expect(findPublishedDate('LONDON, March 5, 2024 - The bank said', ref)).toBe('2024-03-05');
    expect(findPublishedDate('Published 5 March 2024. The bank said', ref)).toBe('2024-03-05');
  });

  it('a month/day without weekday takes the latest year not after the reference', () => {
    expect(findPublishedDate('On March 3 the bank said', ref)).toBe('2024-03-03');
  });

  it('is conservative: no calendar date, no published date', () => {
    expect(findPublishedDate('Officials said yesterday that talks stalled.', ref)).toBeNull();
    expect(findPublishedDate('On Thursday the talks stalled.', ref)).toBeNull();
    expect(findPublishedDate('', ref)).toBeNull();
  });

  it('a deadline or period in the lead is not the date it was written', () => {
    // Casual phrases a lenient date parser reads as a day ("the end of June" as 30 June).
    expect(findPublishedDate('The council voted to close the branch by the end of June, after a long meeting.', ref)).toBeNull();
    expect(findPublishedDate('Work should finish by mid-March, the contractor said.', ref)).toBeNull();
    expect(findPublishedDate('The plant will shut at the end of this month.', ref)).toBeNull();
  });

  it('uses only the lead', () => {
    const d = parseDocument('The talks stalled again.\nOn March 3, 2021, a first round failed.', { referenceDate: '2025-01-15' });
    expect(d.published).toBeNull();
  });

  it('is deterministic for a fixed reference date string', () => {
    const a = parseDocument('Talks on Thursday (November 9) failed.', { referenceDate: '2025-01-15' });
    expect(a.published).toBe('2023-11-09');
  });
});
