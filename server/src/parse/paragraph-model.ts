import { NO_FORM, type WordForm } from './vocabulary';

/**
 * A word of a paragraph. Token objects are pooled and refilled for each
 * paragraph in each pass (see DocumentTokens); what depends on the word
 * alone is read through its shared form, so a refill writes six fields.
 */
export class Token {
  /** Absolute offsets in the source. */
  s = 0;
  e = 0;
  form: WordForm = NO_FORM;
  /** Index of the quote (in the document's quote list) the token lies in, or -1 for prose. */
  quote = -1;
  /** Sentence number, unique over the document; a quote never splits a reporter's sentence. */
  sent = 0;
  /** Ends in 's, or is a capitalised word ending in s followed by a bare apostrophe ("Jones'"). */
  possessive = false;

  /** Id of the word form in the document's vocabulary. */
  get word(): number {
    return this.form.id;
  }
  get text(): string {
    return this.form.text;
  }
  get lower(): string {
    return this.form.lower;
  }
  get cap(): boolean {
    return this.form.cap;
  }
  /** The word without a possessive ending. */
  get base(): string {
    return this.form.base;
  }
  /** base in lower case. */
  get baseLower(): string {
    return this.form.baseLower;
  }
  /** The word lists holding `lower` (LEX_ bits of lexicon.ts). */
  get lex(): number {
    return this.form.lex;
  }
  /** The lists holding the word as a name reads it: `baseLower` when possessive, else `lower`. */
  get nameLex(): number {
    return this.possessive ? this.form.baseLex : this.form.lex;
  }
}

/**
 * A reference to a person in a paragraph: a name, a pronoun or a role noun.
 * Declared here, beside the paragraph model that holds it, so that model,
 * people and mentions import one another in one direction only.
 */
export interface Mention {
  tokStart: number;
  tokEnd: number;
  /** Person index, or null when the mention could not be resolved. */
  person: number | null;
  kind: 'name' | 'pronoun' | 'role';
  possessive: boolean;
  /** Object of a preposition ("an interview with X"): a poor antecedent. */
  prepObject: boolean;
  /** A pronoun or role noun resolved to someone last mentioned before the previous sentence. */
  distant?: boolean;
}

export interface ParagraphModel {
  index: number;
  start: number;
  text: string;
  tokens: Token[];
  /** The LEX_ bits of all its words together (a list none of its words is in needs no token walk). */
  lex: number;
  /** The paragraph's quotes: document quote indices [quoteFrom, quoteTo). */
  quoteFrom: number;
  quoteTo: number;
  /**
   * For each quote of the paragraph: [first token, one past last token), as
   * paragraph token indices; indexed by document quote index.
   */
  quoteA: Int32Array;
  quoteB: Int32Array;
  /** Filled by the mention resolver: token index → mention starting / ending there. */
  mentionsByStart: Array<Mention | undefined>;
  mentionsByEnd: Array<Mention | undefined>;
}
