import type { ParsedRelatedLink, RelatedLinkKind } from './types';

/**
 * "Read Also : …", "Read more: …", "Related: …", "See also …" and friends.
 * Cue words that also open ordinary sentences ("Related to this, …",
 * "More than 200 …") only count when a separator follows them.
 */
const STRONG_CUE = /^(?:read\s+also|also\s+read|read\s+more|see\s+also|further\s+reading|read\s+next|you\s+may\s+also\s+like|recommended\s+reading|more\s+reading)\b/i;
const WEAK_CUE =
  /^(?:related(?:\s+(?:articles?|stories|story|news|content|reading|coverage|links?|posts?))?|more(?:\s+(?:on\s+this(?:\s+story)?|coverage|stories|news))?|recommended|watch|listen|also\s+on\s+\S+)\b/i;
const SEPARATOR = /^\s*[:：\-–—|>»]+/;
const URL_RE = /(?:https?:\/\/|www\.)[^\s<>()"'\u201C\u201D\]]+/i;
const TRIM_RE = /^[\s:：\-–—|>»«<()[\]•*]+|[\s:：\-–—|>»«<()[\]•*]+$/g;

const KINDS: Array<[RegExp, RelatedLinkKind]> = [
  [/^read\s+also\b/i, 'read-also'],
  [/^read\s+more\b/i, 'read-more'],
  [/^related\b/i, 'related'],
  [/^see\s+also\b/i, 'see-also'],
];

/** The kind a cue names; the other cues ("Also read", "Watch"...) are `other`. */
const kindOfCue = (cue: string): RelatedLinkKind => KINDS.find(([pattern]) => pattern.test(cue))?.[1] ?? 'other';

/** A cue line with its entry (`link`), a cue alone on its line that heads a list of entries (`bare`), or neither (null). */
export type RelatedLine = { kind: 'link'; link: ParsedRelatedLink } | { kind: 'bare'; linkKind: RelatedLinkKind } | null;

/** Classifies one trimmed line; null when it is not a related-link line. */
export function parseRelatedLine(line: string): RelatedLine {
  // Cheap pre-check: every cue starts with one of these letters.
  if (!/^[ramswylf]/i.test(line)) return null;
  let rest: string | null = null;
  let cue: string;
  const strong = STRONG_CUE.exec(line);
  if (strong) {
    cue = strong[0];
    rest = line.slice(strong[0].length);
  } else {
    const weak = WEAK_CUE.exec(line);
    if (!weak) return null;
    cue = weak[0];
    const after = line.slice(weak[0].length);
    // "RELATED LINKS" alone on its line heads a list, with or without a colon.
    if (/^related\b/i.test(cue) && after.trim() === '') return { kind: 'bare', linkKind: 'related' };
    const sep = SEPARATOR.exec(after);
    if (!sep) return null;
    rest = after.slice(sep[0].length);
  }
  const sep = SEPARATOR.exec(rest);
  if (sep) rest = rest.slice(sep[0].length);
  else if (rest !== '' && !/^\s/.test(rest)) return null; // "Readmore" / "See alsoX": not the cue
  return linkFromRest(rest, kindOfCue(cue));
}

function linkFromRest(raw: string, kind: RelatedLinkKind): RelatedLine {
  let rest = raw.trim();
  // Markdown-style [title](url).
  const md = /^\[([^\]]+)\]\(([^)\s]+)\)/.exec(rest);
  if (md) return { kind: 'link', link: { title: md[1]!.trim(), url: cleanUrl(md[2]!), kind } };
  let url: string | null = null;
  const u = URL_RE.exec(rest);
  if (u) {
    url = cleanUrl(u[0]);
    rest = rest.slice(0, u.index) + ' ' + rest.slice(u.index + u[0].length);
  }
  let title = rest.replace(/\s+/g, ' ').replace(TRIM_RE, '').trim();
  if (title === '' && url) title = url;
  if (title === '') return { kind: 'bare', linkKind: kind };
  return { kind: 'link', link: { title, url, kind } };
}

/** An entry may be this long and still read as a title rather than prose. */
const ENTRY_WORDS = 20;

/**
 * One line of the list under a bare cue ("Related Links:" on its own line):
 * a title, a URL, or both. A line that reads as prose (a sentence's end, or
 * too long) ends the list: null.
 */
export function parseRelatedEntry(line: string, kind: RelatedLinkKind): ParsedRelatedLink | null {
  const trimmed = line.trim();
  const url = URL_RE.exec(trimmed);
  const words = trimmed.replace(URL_RE, ' ').trim();
  if (url === null && (/[.!?;:,]["'\u201D\u2019]?$/.test(words) || words.split(/\s+/).length > ENTRY_WORDS)) return null;
  const entry = linkFromRest(trimmed.replace(/^[•*\-–—]\s+/, ''), kind);
  return entry?.kind === 'link' ? entry.link : null;
}

/** Is the line only a URL (the address of the entry above it)? */
export const isBareUrl = (line: string): boolean => {
  const m = URL_RE.exec(line.trim());
  return m !== null && m.index === 0 && m[0].length === line.trim().length;
};

function cleanUrl(url: string): string {
  const bare = url.replace(/[.,;:!?]+$/, '');
  return /^www\./i.test(bare) ? `https://${bare}` : bare;
}

const FOR_MORE = /^((?:for (?:more|further) (?:information|details|info)|(?:to )?(?:learn|find out|read) more|to find (?:more )?information)\b[^:]*?),?\s+(?:please\s+)?(?:visit|see|go to|log on to|at)\s*:?\s*(\S*)$/i;

/**
 * "For more information about the regional, visit: https://…", "Learn more
 * about the campaign at:", "To find information on …, please visit: …": the
 * closing pointer of a release, a link titled by its lead-in. The URL may
 * stand on the next line (url null: isBareUrl on the next line completes it).
 */
export function parseForMoreLine(line: string): ParsedRelatedLink | null {
  if (!/^(?:for|to|learn) /i.test(line)) return null;
  const m = FOR_MORE.exec(line.trim());
  if (!m) return null;
  const rest = m[2]!;
  const url = rest === '' ? null : URL_RE.exec(rest)?.index === 0 ? cleanUrl(rest) : undefined;
  if (url === undefined) return null;
  return { title: m[1]!.trim(), url, kind: 'other' };
}

/** "Source: https://…" lines give the article's URL. */
export function parseSourceLine(line: string): string | null {
  if (!/^[soulc]/i.test(line)) return null;
  const m = /^(?:source|original(?:\s+article)?|originally\s+published(?:\s+(?:at|on|in))?|url|link|canonical)\s*[:：]\s*((?:https?:\/\/|www\.)\S+)\s*$/i.exec(line);
  return m ? cleanUrl(m[1]!) : null;
}
