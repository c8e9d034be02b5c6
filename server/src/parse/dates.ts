import * as chrono from 'chrono-node';
import { scalarString } from './front-matter';

const WEEKDAY_NAMES = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTH_WORD = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\b/i;
const NUMERIC_DATE = /\b\d{4}-\d{1,2}-\d{1,2}\b|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b/;
/** Looser than MONTH_WORD / NUMERIC_DATE (no word boundaries): a pre-check. */
const DATE_HINT = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}/i;
/** Only the start of the article can carry its dateline date. */
const DATELINE_WINDOW = 400;

const pad = (n: number): string => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number): string => `${y}-${pad(m)}-${pad(d)}`;

function validDate(y: number, m: number, d: number): boolean {
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}

export function toReferenceDate(ref: Date | string | undefined): Date {
  if (ref === undefined) return new Date();
  if (ref instanceof Date) return Number.isNaN(ref.getTime()) ? new Date() : ref;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(ref);
  if (m) return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12));
  const d = new Date(ref);
  return Number.isNaN(d.getTime()) ? new Date() : d;
}

/**
 * The most recent year (not after the reference date) in which month/day fell
 * on the given weekday: "Thursday (November 9)" written without a year. The
 * Gregorian calendar repeats every 400 years, so the search is bounded.
 */
export function yearForWeekday(month: number, day: number, weekday: number, ref: Date): number | null {
  const refY = ref.getUTCFullYear();
  const refKey = refY * 10000 + (ref.getUTCMonth() + 1) * 100 + ref.getUTCDate();
  for (let y = refY; y > refY - 400; y--) {
    if (y * 10000 + month * 100 + day > refKey) continue;
    if (!validDate(y, month, day)) continue;
    if (new Date(Date.UTC(y, month - 1, day)).getUTCDay() === weekday) return y;
  }
  return null;
}

function latestYear(month: number, day: number, ref: Date): number | null {
  const refY = ref.getUTCFullYear();
  const refKey = refY * 10000 + (ref.getUTCMonth() + 1) * 100 + ref.getUTCDate();
  for (let y = refY; y > refY - 8; y--) {
    if (y * 10000 + month * 100 + day <= refKey && validDate(y, month, day)) return y;
  }
  return null;
}

/**
 * The article's date from its opening: the first explicit calendar date
 * (month and day) in the first paragraph. Relative words ("yesterday") and
 * weekday-only mentions are too uncertain to publish.
 */
export function findPublishedDate(lead: string, ref: Date): string | null {
  const window = lead.slice(0, DATELINE_WINDOW);
  // Only results naming a month or written as digits count (below); text with
  // neither anywhere cannot produce one, so chrono need not run.
  if (!DATE_HINT.test(window)) return null;
  let results: chrono.ParsedResult[];
  try {
    // Strict: formal dates only. The casual parser also reads deadlines and
    // periods ("by the end of June") as a day, and costs three to four times
    // as much (most of a short article's parse before it is warm).
    results = chrono.strict.parse(window, ref, { forwardDate: false });
  } catch {
    return null;
  }
  for (const r of results) {
    if (!MONTH_WORD.test(r.text) && !NUMERIC_DATE.test(r.text)) continue;
    const c = r.start;
    if (!c.isCertain('month') || !c.isCertain('day')) continue;
    const month = c.get('month');
    const day = c.get('day');
    if (month === null || day === null) continue;
    if (c.isCertain('year')) {
      const y = c.get('year');
      return y !== null && validDate(y, month, day) ? iso(y, month, day) : null;
    }
    let weekday: number | null = c.isCertain('weekday') ? c.get('weekday') : null;
    if (weekday === null) {
      // "Thursday (November 9)": the weekday sits just before the date.
      const before = window.slice(Math.max(0, r.index - 16), r.index).toLowerCase();
      const m = /(sunday|monday|tuesday|wednesday|thursday|friday|saturday)[\s,(]*$/.exec(before);
      if (m) weekday = WEEKDAY_NAMES.indexOf(m[1]!);
    }
    const year = weekday !== null ? yearForWeekday(month, day, weekday, ref) : latestYear(month, day, ref);
    return year === null ? null : iso(year, month, day);
  }
  return null;
}

/** Front-matter `published`/`date` as YYYY-MM-DD, or null when unreadable. */
export function normalisePublished(value: unknown, ref: Date): string | null {
  const s = scalarString(value);
  if (s === null) return null;
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[T\s])/.exec(s);
  if (m) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    const d = Number(m[3]);
    return validDate(y, mo, d) ? iso(y, mo, d) : null;
  }
  return findPublishedDate(s, ref);
}
