import { OUTLET_CUES } from './lexicon';
import { isAllCaps } from './text';

/**
 * An outlet name: up to eight words. The two word shapes must never match the
 * same text (the digit one needs a digit) and the word count is bounded:
 * otherwise a paragraph of capitalised words backtracks exponentially (an
 * all-caps article stalled the parser for minutes).
 */
const WORD = String.raw`(?:[\p{Lu}][\p{L}&.'’-]*|(?=[\p{Lu}\d]*\d)[\p{Lu}\d]{2,})`;
const NAME = String.raw`((?:The\s+)?${WORD}(?:\s+(?:${WORD}|&|of|the)){0,7})`;

interface Cue {
  re: RegExp;
  /** The cue itself proves the name is an outlet ("X made an exclusive interview"). */
  strong: boolean;
}

const CUES: Cue[] = [
  { re: new RegExp(String.raw`${NAME}\s+(?:made|conducted|aired|published|broadcast|held|carried|secured|obtained)\s+an?\s+(?:exclusive\s+)?interview`, 'gu'), strong: true },
  { re: new RegExp(String.raw`\b(?:[Ii]n|[Dd]uring)\s+an?\s+(?:\w+\s+){0,3}?interview\s+(?:with|on|for|aired\s+by|published\s+by)\s+(?:the\s+)?${NAME}`, 'gu'), strong: false },
  { re: new RegExp(String.raw`\btold\s+(?:the\s+)?${NAME}`, 'gu'), strong: false },
  { re: new RegExp(String.raw`${NAME}\s+(?:reported|reports|has\s+reported|first\s+reported|revealed|learned|has\s+learned)\b`, 'gu'), strong: false },
  { re: new RegExp(String.raw`\b(?:reported\s+by|[Aa]ccording\s+to|[Ss]peaking\s+to|[Ss]peaking\s+with|quoted\s+by|interviewed\s+by)\s+(?:the\s+)?${NAME}`, 'gu'), strong: false },
];

/** Names that read as a news outlet: "… News", "… Times", an acronym such as "CNN". */
export function isOutletLike(name: string): boolean {
  const words = name.replace(/^The\s+/, '').split(/\s+/);
  const last = words[words.length - 1]!.replace(/[.'’]+$/, '').toLowerCase();
  if (OUTLET_CUES.has(last)) return true;
  return words.length === 1 && isAllCaps(words[0]!) && /^[A-Z]{2,6}$/.test(words[0]!);
}

function trimName(raw: string): string {
  return raw.replace(/\s+(?:of|the|&)$/i, '').replace(/['’]s$/, '').trim();
}

/** Wire datelines: "DURBAN, South Africa (AP) —", "LONDON (Reuters) -". */
const DATELINE = /^[\p{Lu}][\p{Lu}\p{L} .,'’-]{1,60}?\((\p{Lu}[\p{L}&.' ]{0,30})\)\s*[-—–]/u;

/** The outlet named by the earliest cue in the body, or null. */
export function findOutlet(paragraphs: string[]): string | null {
  const dateline = paragraphs[0] !== undefined ? DATELINE.exec(paragraphs[0]) : null;
  if (dateline && isOutletLike(dateline[1]!.trim())) return dateline[1]!.trim();
  for (const text of paragraphs) {
    let best: { at: number; name: string } | null = null;
    for (const cue of CUES) {
      cue.re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = cue.re.exec(text)) !== null) {
        const name = trimName(m[1]!);
        if (name && (cue.strong || isOutletLike(name))) {
          if (!best || m.index < best.at) best = { at: m.index, name };
          break;
        }
        if (m[0].length === 0) cue.re.lastIndex++;
      }
    }
    if (best) return best.name;
  }
  return null;
}
