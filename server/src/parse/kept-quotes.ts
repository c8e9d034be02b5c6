import type { Attribution } from './attribution';
import type { AttributionRule } from './evidence';
import type { QuoteSpans } from './quotes';
import type { QuoteKind } from './types';

/**
 * The quotes kept as speech, on their way to the output: one column per
 * field (kept quote k is entry k of each), so no object per quote lives
 * through the parse before the output's own. At most one entry per span.
 */
export class KeptQuotes {
  length = 0;
  /** Index of the quote in the document's span list. */
  readonly span: Int32Array;
  readonly kind: QuoteKind[];
  /** 1: a speech verb of its own attributes the quote (even to no one we can name). */
  readonly found: Uint8Array;
  /** Person index, or -1 for none. */
  readonly person: Int32Array;
  readonly verb: Array<string | null>;
  readonly rule: AttributionRule[];
  /** 1: the rule's referent lies sentences back (see Attribution.distant). */
  readonly distant: Uint8Array;
  readonly sent: Int32Array;
  /** Token range of the quote in its paragraph. */
  readonly qa: Int32Array;
  readonly qb: Int32Array;

  constructor(spans: number) {
    this.span = new Int32Array(spans);
    this.kind = new Array<QuoteKind>(spans).fill('full');
    this.verb = new Array<string | null>(spans).fill(null);
    this.rule = new Array<AttributionRule>(spans).fill('none');
    this.distant = new Uint8Array(spans);
    this.found = new Uint8Array(spans);
    this.person = new Int32Array(spans);
    this.sent = new Int32Array(spans);
    this.qa = new Int32Array(spans);
    this.qb = new Int32Array(spans);
  }

  push(span: number, kind: QuoteKind, attribution: Attribution, sent: number, qa: number, qb: number): number {
    const k = this.length++;
    this.span[k] = span;
    this.kind[k] = kind;
    this.found[k] = attribution.found ? 1 : 0;
    this.person[k] = attribution.person ?? -1;
    this.verb[k] = attribution.verb;
    this.rule[k] = attribution.rule;
    this.distant[k] = attribution.distant ? 1 : 0;
    this.sent[k] = sent;
    this.qa[k] = qa;
    this.qb[k] = qb;
    return k;
  }

  /** Quote k takes quote `from`'s speaker by `rule` (and its verb, or none). */
  inherit(k: number, from: number, rule: AttributionRule, keepVerb: boolean): void {
    this.person[k] = this.person[from]!;
    this.verb[k] = keepVerb ? this.verb[from]! : null;
    this.rule[k] = rule;
    this.distant[k] = this.distant[from]!;
  }

  /** Quote k is given `person` by `rule`. */
  assign(k: number, person: number | null, rule: AttributionRule, verb: string | null = null): void {
    this.person[k] = person ?? -1;
    this.verb[k] = verb;
    this.rule[k] = person === null && rule !== 'none' ? 'anonymous' : rule;
    this.distant[k] = 0;
  }
}

/** Pieces of a multi-paragraph quote share the speaker found for any of them. */
export function inheritAcrossParagraphs(kept: KeptQuotes, spans: QuoteSpans): void {
  let chains = 0;
  for (let q = 0; q < spans.length; q++) chains = Math.max(chains, spans.chain[q]! + 1);
  const chainSpeaker = new Int32Array(chains).fill(-1);
  for (let k = 0; k < kept.length; k++) {
    const chain = spans.chain[kept.span[k]!]!;
    if (kept.person[k]! >= 0 && chainSpeaker[chain] === -1) chainSpeaker[chain] = k;
  }
  for (let k = 0; k < kept.length; k++) {
    if (kept.person[k]! >= 0) continue;
    const owner = chainSpeaker[spans.chain[kept.span[k]!]!]!;
    if (owner >= 0 && owner !== k && kept.found[k] === 0) kept.inherit(k, owner, 'continuation', false);
  }
}
