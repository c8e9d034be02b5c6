import { ABBREVIATIONS } from './lexicon';
import { isUpperCode } from './text';

/** FNV-1a over UTF-16 code units: the tokeniser hashes each word as it scans it. */
export const FNV_OFFSET = 0x811c9dc5 | 0;
export const FNV_PRIME = 16777619;

/**
 * Distinct word forms of the document, interned straight from the source
 * text (no substring per token): each form carries everything the token
 * model derives from the word alone.
 */
export class Vocabulary {
  text: string[] = [];
  lower: string[] = [];
  base: string[] = [];
  baseLower: string[] = [];
  /** Bit 1: capitalised; bit 2: ends in 's (possessive by its own letters); bit 4: abbreviation-like. */
  flags: number[] = [];
  private table = new Int32Array(1 << 12).fill(-1);
  private hashes: number[] = [];

  /** Id of src[from, to), whose FNV-1a hash (over UTF-16 code units) is h. */
  internHashed(src: string, from: number, to: number, h: number): number {
    const mask = this.table.length - 1;
    let slot = h & mask;
    const len = to - from;
    for (;;) {
      const id = this.table[slot]!;
      if (id < 0) break;
      if (this.hashes[id] === h) {
        const w = this.text[id]!;
        if (w.length === len) {
          let k = 0;
          while (k < len && w.charCodeAt(k) === src.charCodeAt(from + k)) k++;
          if (k === len) return id;
        }
      }
      slot = (slot + 1) & mask;
    }
    const id = this.text.length;
    this.add(src.slice(from, to), h);
    this.table[slot] = id;
    if (this.text.length * 2 > this.table.length) this.grow();
    return id;
  }

  private add(word: string, h: number): void {
    const len = word.length;
    const lower = word.toLowerCase();
    const cap = isUpperCode(word.charCodeAt(0), word.charAt(0));
    const pc = len > 2 ? word.charCodeAt(len - 2) : 0;
    const possessive = (pc === 39 || pc === 0x2019) && (word.charCodeAt(len - 1) === 115 || word.charCodeAt(len - 1) === 83);
    const abbreviation = ABBREVIATIONS.has(lower) || (len === 1 && cap);
    this.text.push(word);
    this.lower.push(lower);
    this.base.push(possessive ? word.slice(0, len - 2) : word);
    this.baseLower.push(possessive ? word.slice(0, len - 2).toLowerCase() : lower);
    this.flags.push((cap ? 1 : 0) | (possessive ? 2 : 0) | (abbreviation ? 4 : 0));
    this.hashes.push(h);
  }

  private grow(): void {
    const table = new Int32Array(this.table.length * 2).fill(-1);
    const mask = table.length - 1;
    for (let id = 0; id < this.text.length; id++) {
      let slot = this.hashes[id]! & mask;
      while (table[slot]! >= 0) slot = (slot + 1) & mask;
      table[slot] = id;
    }
    this.table = table;
  }
}

