/**
 * The author a byline names ("Story by Staff Sgt. Jo Bloggs", "By Journalist
 * Seaman Jo Bloggs, 7th Fleet public affairs"): a person of the article, with
 * the rank or title written before the name as their role, or "story author".
 */
import { LEX_NAME_PARTICLE, LEX_ROLE_WORD, lexiconBits } from './lexicon';
import { normaliseName, type NameCandidate } from './people';
import type { ParsedParagraph } from './types';

const BYLINE = /^(?:(?:story|text|words|report)\s+)?by\s+([^,|–—]+?)\s*(?:[,|–—].*)?$/i;
/** The role of a byline's author who has no rank or title. */
const STORY_AUTHOR = 'story author';
/** Evidence of a byline name: a line that says who wrote the article names a person. */
const BYLINE_EVIDENCE = 3;

const isGrade = (w: string): boolean => /^(?:\d|[1-9](?:st|nd|rd|th))$/.test(w);
const bare = (w: string): string => w.replace(/\.$/, '').toLowerCase();
const isNameWord = (w: string): boolean => /^\p{Lu}/u.test(w) || (lexiconBits(w.toLowerCase()) & LEX_NAME_PARTICLE) !== 0;

export function bylineCandidate(line: ParsedParagraph): NameCandidate | null {
  const m = BYLINE.exec(line.text);
  if (!m) return null;
  const words = m[1]!.split(/\s+/).filter((w) => w !== '');
  // Rank and title words come first ("Staff Sgt.", "1st Lt.", "Journalist Seaman").
  let from = 0;
  while (from < words.length - 2 && ((lexiconBits(bare(words[from]!)) & LEX_ROLE_WORD) !== 0 || isGrade(words[from]!))) from++;
  const name = words.slice(from);
  if (name.length < 2 || name.length > 4 || !name.every(isNameWord)) return null;
  if (name.some((w) => (lexiconBits(bare(w)) & LEX_ROLE_WORD) !== 0)) return null;
  const keyTokens = name.filter((w) => (lexiconBits(w.toLowerCase()) & LEX_NAME_PARTICLE) === 0).map((w) => normaliseName(w));
  // Without a rank or title, what the byline says of them is that they wrote the story.
  const role = from > 0 ? words.slice(0, from).join(' ').replace(/\.$/, '') : STORY_AUTHOR;
  return {
    paragraph: -1,
    tokStart: 0,
    tokEnd: 0,
    nameStart: 0,
    kind: 'full',
    name: name.join(' '),
    role,
    titledForm: from > 0 ? words.join(' ') : null,
    gender: null,
    offset: line.start + line.text.indexOf(name[0]!),
    nickname: null,
    nicknameQuote: null,
    evidence: BYLINE_EVIDENCE,
    keyTokens,
  };
}
