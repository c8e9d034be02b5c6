/** A capitalised run that names (or may name) a person. */
export interface NameCandidate {
  paragraph: number;
  /** Token range of the whole mention, role words included. */
  tokStart: number;
  tokEnd: number;
  /** Token range of the name itself. */
  nameStart: number;
  kind: 'full' | 'titled' | 'single';
  /** Name as written, possessive removed. */
  name: string;
  role: string | null;
  /** Role words written before the name, as written (for the titled alias). */
  titledForm: string | null;
  gender: 'm' | 'f' | null;
  /** Offset of the mention (for ordering people by first appearance). */
  offset: number;
  nickname: string | null;
  /** Quote index of a nickname written inside the name, if any. */
  nicknameQuote: number | null;
  /** Context evidence that the run names a person (roles, speech, appositives). */
  evidence: number;
  /** Lower-case name tokens without particles or suffixes. */
  keyTokens: string[];
  /** Follows the paragraph's previous candidate as the next item of a list (", ", ", and ", " and "). */
  listed?: boolean;
  /** The role came from a plural office before a list ("photographers …"): names listed after share it. */
  listRole?: boolean;
  /** A surname that is also an office word ("Attorney General Bishop"): it names only someone named in full elsewhere. */
  knownOnly?: boolean;
}

export interface Person {
  name: string;
  role: string | null;
  aliases: string[];
  /** Lower-case name tokens, surname last. */
  tokens: string[];
  surname: string;
  gender: 'm' | 'f' | null;
  firstOffset: number;
  /** Named in the article's text, not only in a byline. */
  inBody: boolean;
  key: string;
}
