/**
 * The author a byline names ("Story by Staff Sgt. Jo Bloggs", "By Journalist
 * Seaman Jo Bloggs, 7th Fleet public affairs"): a person of the article, with
 * the rank or title written before the name as their role, or "story author".
 */
import { LEX_NAME_PARTICLE, LEX_ORG_CUE, LEX_ROLE_ABBREVIATION, LEX_ROLE_WORD, lexiconBits } from './lexicon';
import { isGradeWord, normaliseName, type NameCandidate } from './people';
import type { ParsedParagraph } from './types';

const BYLINE = /^(?:(?:story|text|words|report)\s+)?by\s+([^,|–—]+?)\s*(?:[,|–—].*)?$/i;
/** "18 Nov 2010 | Lance Cpl. Jo Bloggs": the date a story ran, a bar, then its author. */
const DATED_BYLINE = /^\d{1,2}\s+\p{L}{3,9}\.?\s+\d{4}\s*\|\s*([^,|–—]+?)\s*(?:[,|–—].*)?$/u;
/** "Spc. Jo Bloggs" on its own line under the headline: a rank or title and a name, nothing else. */
const TITLED_NAME_LINE = /^(?:\p{Lu}[\p{L}.'’-]*\s+){2,6}\p{Lu}[\p{L}'’-]*$/u;
/** The role of a byline's author who has no rank or title. */
const STORY_AUTHOR = 'story author';
/** Evidence of a byline name: a line that says who wrote the article names a person. */
const BYLINE_EVIDENCE = 3;

const bare = (w: string): string => w.replace(/\.$/, '').toLowerCase();
const isNameWord = (w: string): boolean => /^\p{Lu}/u.test(w) || (lexiconBits(w.toLowerCase()) & LEX_NAME_PARTICLE) !== 0;

/** A rank or title word of a byline ("Staff", "Sgt.", "Tech.", "Journalist"). */
const isRankWord = (w: string): boolean => (lexiconBits(bare(w)) & (LEX_ROLE_WORD | LEX_ROLE_ABBREVIATION)) !== 0;

/**
 * Is this line a byline? "By …" lines are told by their first word (see
 * paragraphs.ts); a dated byline ("18 Nov 2010 | Cpl. Jo Bloggs") and a
 * titled name alone under the headline ("Spc. Jo Bloggs") only when they
 * name an author.
 */
export function isUnmarkedByline(text: string): boolean {
  return (DATED_BYLINE.test(text) || TITLED_NAME_LINE.test(text)) && authorOf(text) !== null;
}

/** The words naming the author, or null when the line is no byline. */
function authorWords(text: string): string[] | null {
  const m = BYLINE.exec(text) ?? DATED_BYLINE.exec(text);
  if (m) return m[1]!.split(/\s+/).filter((w) => w !== '');
  if (!TITLED_NAME_LINE.test(text)) return null;
  const words = text.split(/\s+/);
  // Without "By", only a rank or title in front says this is a person's line.
  return isRankWord(words[0]!) ? words : null;
}

interface Author {
  name: string[];
  /** The rank and title words before the name. */
  title: string[];
}

function authorOf(text: string): Author | null {
  const words = authorWords(text);
  if (words === null) return null;
  // Rank and title words come first ("Staff Sgt.", "1st Lt.", "Journalist Seaman"), with the
  // capitalised words of a rating before them ("Aviation Ordnance Technician Seaman").
  let from = 0;
  while (from < words.length - 2 && (isRankWord(words[from]!) || isGradeWord(words[from]!))) from++;
  for (let i = words.length - 3; i >= from; i--) {
    if (isRankWord(words[i]!)) {
      from = i + 1;
      break;
    }
  }
  let name = words.slice(from);
  // "LCpl. Jo Bloggs 2nd Harbour Division": a unit run on after the name starts at its number.
  const unit = name.findIndex((w, i) => i >= 2 && /^\d/.test(w));
  if (unit > 0) name = name.slice(0, unit);
  if (name.length < 2 || name.length > 4 || !name.every(isNameWord)) return null;
  if (name.some((w) => (lexiconBits(bare(w)) & (LEX_ROLE_WORD | LEX_ORG_CUE)) !== 0)) return null;
  return { name, title: words.slice(0, from) };
}

export function bylineCandidate(line: ParsedParagraph): NameCandidate | null {
  const author = authorOf(line.text);
  if (author === null) return null;
  const { name, title } = author;
  const keyTokens = name.filter((w) => (lexiconBits(w.toLowerCase()) & LEX_NAME_PARTICLE) === 0).map((w) => normaliseName(w));
  // Without a rank or title, what the byline says of them is that they wrote the story.
  const role = title.length > 0 ? title.join(' ').replace(/\.$/, '') : STORY_AUTHOR;
  return {
    paragraph: -1,
    tokStart: 0,
    tokEnd: 0,
    nameStart: 0,
    kind: 'full',
    name: name.join(' '),
    role,
    titledForm: title.length > 0 ? [...title, ...name].join(' ') : null,
    gender: null,
    offset: line.start + line.text.indexOf(name[0]!),
    nickname: null,
    nicknameQuote: null,
    evidence: BYLINE_EVIDENCE,
    keyTokens,
  };
}
