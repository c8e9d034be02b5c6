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
