/**
 * The parser keeps per-item data (tokens, quote spans, lines) in typed
 * columns instead of objects: nothing for the garbage collector to trace.
 * Columns start at a guessed capacity and double when it runs out.
 */

/** `a`'s entries at the start of a new, zeroed column of length n (n ≥ a.length). */
export function grown<A extends Int32Array | Uint8Array>(a: A, n: number): A {
  const b = (a instanceof Uint8Array ? new Uint8Array(n) : new Int32Array(n)) as A;
  b.set(a);
  return b;
}
