import { findPublishedDate, normalisePublished } from './dates';
import { scalarString } from './front-matter';
import { findOutlet } from './outlet';
import type { BodyLayout } from './paragraphs';
import { deriveTitle } from './title';
import type { ParseOptions, ParseWarning, TitleSource } from './types';

const KNOWN_KEYS = new Set(['title', 'outlet', 'published', 'url']);
const OUTLET_SCAN_PARAGRAPHS = 30;

/** Front matter values that must be text: a list or mapping there is ignored, with a warning. */
export function checkFrontMatterText(data: Record<string, unknown>, warnings: ParseWarning[]): void {
  for (const key of ['title', 'outlet', 'url'] as const) {
    const value = data[key];
    if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
      warnings.push({ code: 'invalid-front-matter', message: `front matter "${key}" is a list or mapping, not text; ignored`, start: null });
    }
  }
}

/** The title from front matter, else the headline line, else derived from the lead (or the file name). */
export function chooseTitle(fmTitle: string | null, layout: BodyLayout, lead: string, options: ParseOptions): { title: string; titleSource: TitleSource } {
  if (fmTitle !== null) return { title: fmTitle, titleSource: 'front-matter' };
  if (layout.headline) return { title: layout.headline.text, titleSource: 'first-line' };
  let title = deriveTitle(lead);
  if (title === '' && options.fileName) title = options.fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
  return { title, titleSource: 'derived' };
}

export function publishedDate(data: Record<string, unknown>, layout: BodyLayout, lead: string, ref: Date, warnings: ParseWarning[]): string | null {
  let published: string | null = null;
  const fmPublished = data.published ?? data.date;
  if (fmPublished !== undefined && fmPublished !== null) {
    published = normalisePublished(fmPublished, ref);
    if (published === null) warnings.push({ code: 'invalid-published', message: `front matter "published" is not a date: ${String(fmPublished)}`, start: null });
  } else {
    // A date line of its own above the lead ("Tuesday, June 19, 2018") dates the article; a date in the lead may be the event's.
    for (let i = 0; published === null && i < layout.preamble.length; i++) published = findPublishedDate(layout.preamble[i]!, ref);
    published ??= findPublishedDate(lead, ref);
  }
  return published;
}

export function outletOf(data: Record<string, unknown>, layout: BodyLayout): string | null {
  return scalarString(data.outlet) ?? findOutlet(layout.paragraphs.slice(0, OUTLET_SCAN_PARAGRAPHS).map((p) => p.text.slice(0, 4000)));
}

/** Front matter keys the parser does not read itself, passed through. */
export function extraMetadata(data: Record<string, unknown>): Record<string, unknown> {
  const metadata: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(data)) if (!KNOWN_KEYS.has(k)) metadata[k] = v;
  return metadata;
}
