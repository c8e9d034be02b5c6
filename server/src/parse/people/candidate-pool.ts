import { collapseSpaces } from '../text';

/**
 * Per-document pool: candidates are kept for the whole document, and most of
 * them repeat the same few names, roles and key-token lists. Sharing one copy
 * of each keeps the candidate list small (less to copy in garbage collection).
 */
export class CandidatePool {
  private readonly strings = new Map<string, string>();
  /** A trie over the words of each list (no joined key string per look-up). */
  private readonly lists: ListNode = { next: new Map(), list: null };

  str(s: string): string;
  str(s: string | null): string | null;
  str(s: string | null): string | null {
    if (s === null) return null;
    const v = this.strings.get(s);
    if (v !== undefined) return v;
    this.strings.set(s, s);
    return s;
  }

  /** Open addressing over written ranges: slot → index into rangeText, -1 empty. */
  private rangeSlots = new Int32Array(1 << 10).fill(-1);
  private rangeHash: number[] = [];
  /** Each range as written, and its pooled collapsed form. */
  private rangeText: string[] = [];
  private rangeValue: string[] = [];

  /** The pooled collapseSpaces(text.slice(from, to)), looked up by the written characters. */
  range(text: string, from: number, to: number): string {
    let h = 0x811c9dc5 | 0;
    for (let i = from; i < to; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
    const mask = this.rangeSlots.length - 1;
    const len = to - from;
    let slot = h & mask;
    for (let r = this.rangeSlots[slot]!; r >= 0; slot = (slot + 1) & mask, r = this.rangeSlots[slot]!) {
      const w = this.rangeText[r]!;
      // startsWith compares in native code, not a charCodeAt call per character.
      if (this.rangeHash[r] === h && w.length === len && text.startsWith(w, from)) return this.rangeValue[r]!;
    }
    const written = text.slice(from, to);
    const r = this.rangeText.length;
    this.rangeText.push(written);
    this.rangeHash.push(h);
    this.rangeValue.push(this.str(collapseSpaces(written)));
    this.rangeSlots[slot] = r;
    if (this.rangeText.length * 2 > this.rangeSlots.length) this.growRanges();
    return this.rangeValue[r]!;
  }

  private growRanges(): void {
    const slots = new Int32Array(this.rangeSlots.length * 2).fill(-1);
    const mask = slots.length - 1;
    for (let r = 0; r < this.rangeText.length; r++) {
      let slot = this.rangeHash[r]! & mask;
      while (slots[slot]! >= 0) slot = (slot + 1) & mask;
      slots[slot] = r;
    }
    this.rangeSlots = slots;
  }

  /** The pooled copy of words[0, count) (a scratch list: copied only when new). */
  list(words: readonly string[], count: number): string[] {
    let node = this.lists;
    for (let i = 0; i < count; i++) {
      const w = words[i]!;
      let child = node.next.get(w);
      if (child === undefined) {
        child = { next: new Map(), list: null };
        node.next.set(w, child);
      }
      node = child;
    }
    if (node.list !== null) return node.list;
    node.list = words.slice(0, count);
    return node.list;
  }
}

interface ListNode {
  next: Map<string, ListNode>;
  list: string[] | null;
}
