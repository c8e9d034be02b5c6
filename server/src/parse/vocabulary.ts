import { lexiconBits } from './lexicon';
import { isAbbreviation, isArabicArticleName, isUpperCode } from './text';

/** FNV-1a over UTF-16 code units: the tokeniser hashes each word as it scans it. */
export const FNV_OFFSET = 0x811c9dc5 | 0;
export const FNV_PRIME = 16777619;

/**
 * Everything the token model derives from a word form alone, worked out once
 * per distinct form and shared by all its tokens: a token points at its form
 * instead of carrying copies (fewer writes per token per pass).
 */
export interface WordForm {
  /** Id of the form in the document's vocabulary. */
  readonly id: number;
  readonly text: string;
  readonly lower: string;
  /** The word without a possessive ending ('s written as part of the word). */
  readonly base: string;
  /** base in lower case. */
  readonly baseLower: string;
  readonly cap: boolean;
  /** Ends in 's: possessive by its own letters. */
  readonly possessive: boolean;
  /** An abbreviation or a single capital: a following period may not end the sentence. */
  readonly abbreviation: boolean;
  /** The word lists (LEX_ bits of lexicon.ts) that hold `lower`. */
  readonly lex: number;
  /** The same for `baseLower`. */
  readonly baseLex: number;
}

/** The form of pooled tokens not yet filled. */
export const NO_FORM: WordForm = { id: -1, text: '', lower: '', base: '', baseLower: '', cap: false, possessive: false, abbreviation: false, lex: 0, baseLex: 0 };

function makeForm(id: number, word: string): WordForm {
  const len = word.length;
  const lower = word.toLowerCase();
  const cap = isUpperCode(word.charCodeAt(0), word.charAt(0));
  const pc = len > 2 ? word.charCodeAt(len - 2) : 0;
  const possessive = (pc === 39 || pc === 0x2019) && (word.charCodeAt(len - 1) === 115 || word.charCodeAt(len - 1) === 83);
  const abbreviation = isAbbreviation(lower, len, cap);
  const base = possessive ? word.slice(0, len - 2) : word;
  const baseLower = possessive ? base.toLowerCase() : lower;
  const lex = lexiconBits(lower);
  return { id, text: word, lower, base, baseLower, cap, possessive, abbreviation, lex, baseLex: possessive ? lexiconBits(baseLower) : lex };
}

/**
 * Distinct word forms of the document, interned straight from the source's
 * code units (no substring per token). Each form's code units are kept in
 * one typed pool too, so telling a form from a hash collision reads no string.
 */
export class Vocabulary {
  readonly forms: WordForm[] = [];
  private table = new Int32Array(1 << 12).fill(-1);
  /** FNV-1a hash of form i (typed: hashes are 32-bit and would not all fit a small integer). */
  private hashes = new Int32Array(1 << 12);
  /** Form i's code units are units[unitStart[i], unitStart[i] + forms[i].text.length). */
  private unitStart = new Int32Array(1 << 12);
  private units = new Uint16Array(1 << 14);
  private unitsUsed = 0;

  /** The form of the code units src[from, to) of `text`, whose FNV-1a hash is h. */
  internHashed(text: string, src: Uint16Array, from: number, to: number, h: number): WordForm {
    const mask = this.table.length - 1;
    let slot = h & mask;
    const len = to - from;
    const units = this.units;
    for (;;) {
      const id = this.table[slot]!;
      if (id < 0) break;
      if (this.hashes[id] === h) {
        const form = this.forms[id]!;
        if (form.text.length === len) {
          const u = this.unitStart[id]! - from;
          let k = from;
          while (k < to && units[u + k] === src[k]) k++;
          if (k === to) return form;
        }
      }
      slot = (slot + 1) & mask;
    }
    const id = this.forms.length;
    const form = makeForm(id, text.slice(from, to));
    this.forms.push(form);
    this.hashes[id] = h;
    this.table[slot] = id;
    this.keepUnits(id, src, from, to);
    // The table stays at most half full, so hashes (as long as the table) has room for every form.
    if (this.forms.length * 2 > this.table.length) this.grow();
    return form;
  }

  private keepUnits(id: number, src: Uint16Array, from: number, to: number): void {
    const need = this.unitsUsed + (to - from);
    if (need > this.units.length) {
      const units = new Uint16Array(Math.max(need, this.units.length * 2));
      units.set(this.units);
      this.units = units;
    }
    this.unitStart[id] = this.unitsUsed;
    this.units.set(src.subarray(from, to), this.unitsUsed);
    this.unitsUsed = need;
  }

  private grow(): void {
    const table = new Int32Array(this.table.length * 2).fill(-1);
    const hashes = new Int32Array(table.length);
    hashes.set(this.hashes);
    const unitStart = new Int32Array(table.length);
    unitStart.set(this.unitStart);
    const mask = table.length - 1;
    for (let id = 0; id < this.forms.length; id++) {
      let slot = hashes[id]! & mask;
      while (table[slot]! >= 0) slot = (slot + 1) & mask;
      table[slot] = id;
    }
    this.table = table;
    this.hashes = hashes;
    this.unitStart = unitStart;
  }
}

/**
 * The lower-case words of a vocabulary: those the text writes in lower case
 * at least once. A surname with the Arabic article ("al-Nouri") opens in
 * lower case but is a name all the same.
 */
export function wordsWrittenLower(vocab: Vocabulary): Set<string> {
  const out = new Set<string>();
  for (const f of vocab.forms) if (!f.cap && !isArabicArticleName(f.base)) out.add(f.baseLower);
  return out;
}
