import { editDistance, keyOf, normaliseName } from './names';
import type { NameCandidate, Person } from './types';
import { isRoleWord } from './words';

/** Ranks a person named only in a byline after everyone named in the text (offsets are far smaller). */
const BYLINE_ONLY = 1e11;
/** Evidence a speech verb next to a word gives (context.ts evidenceFor): a bare surname with as much is a speaker. */
const SPEAKER_EVIDENCE = 2;

/** The registry of people, built once from every candidate in the document. */
export class PeopleRegistry {
  readonly people: Person[] = [];
  private byKey = new Map<string, number>();
  /** Name word → people having it (surname or given name), for O(1) look-ups. */
  private byWord = new Map<string, number[]>();

  /** keyOf per word list: candidates share pooled lists, so each key is built once. */
  private readonly keys = new Map<string[], string>();

  private keyOf(tokens: string[]): string {
    let key = this.keys.get(tokens);
    if (key === undefined) {
      key = keyOf(tokens);
      this.keys.set(tokens, key);
    }
    return key;
  }

  private indexWords(i: number): void {
    for (const w of new Set(this.people[i]!.tokens)) {
      const list = this.byWord.get(w);
      if (list) list.push(i);
      else this.byWord.set(w, [i]);
    }
  }

  /**
   * Registers full names first so titles and surnames can attach to them.
   * `wordsInLowerCase`: the document's words written in lower case somewhere.
   */
  build(candidates: NameCandidate[], wordsInLowerCase: ReadonlySet<string> = new Set()): void {
    // Indexed loops: build runs once per document, mostly before it is
    // optimised, and there for-of allocates an iterator result per candidate.
    // Evidence is pooled per name; a bare surname used elsewhere also counts.
    const singles = new Set<string>();
    /** The strongest evidence of a person a bare word had ("Bloggs said"), by word. */
    const singleEvidence = new Map<string, number>();
    const fulls: NameCandidate[] = [];
    for (let i = 0; i < candidates.length; i++) {
      const c = candidates[i]!;
      if (c.kind === 'full') fulls.push(c);
      else {
        const word = c.keyTokens[c.keyTokens.length - 1] ?? '';
        singles.add(word);
        singleEvidence.set(word, Math.max(singleEvidence.get(word) ?? c.evidence, c.evidence));
      }
    }
    // Evidence pooled per distinct name (a name can recur thousands of times).
    const byKey = new Map<string, { tokens: string[]; evidence: number; least: number }>();
    for (let i = 0; i < fulls.length; i++) {
      const c = fulls[i]!;
      const key = this.keyOf(c.keyTokens);
      const e = byKey.get(key);
      if (!e) byKey.set(key, { tokens: c.keyTokens, evidence: c.evidence, least: c.evidence });
      else {
        e.evidence = Math.max(e.evidence, c.evidence);
        e.least = Math.min(e.least, c.evidence);
      }
    }
    const bySurname = new Map<string, Array<{ tokens: string[]; evidence: number; least: number }>>();
    for (const e of byKey.values()) {
      const sn = e.tokens[e.tokens.length - 1]!;
      const list = bySurname.get(sn);
      if (list) list.push(e);
      else bySurname.set(sn, [e]);
    }
    for (const [key, e] of byKey) {
      const surname = e.tokens[e.tokens.length - 1]!;
      let total = e.evidence + (singles.has(surname) ? 2 : 0);
      // "Ortega Ruiz said" is evidence for "Ana Ortega Ruiz".
      for (const other of bySurname.get(surname) ?? []) {
        if (other.tokens.length < e.tokens.length && e.tokens.slice(-other.tokens.length).join(' ') === other.tokens.join(' ')) {
          total = Math.max(total, e.evidence + 2 + Math.max(0, other.evidence));
        }
      }
      // A name with no context for or against it anywhere ("beat Jo Bloggs 6-2") is a
      // person unless the text writes one of its words in lower case too: then
      // it is a capitalised noun phrase ("Harbour Rescue Unit", "Night Ferry").
      // "Ortega Prize": a run opening with another person's surname is that person's thing.
      const opensWithSurname = e.tokens.length >= 2 && (bySurname.get(e.tokens[0]!) ?? []).some((o) => o.tokens.length >= 2);
      // A surname also used alone ("Bloggs travelled …") outweighs one mild doubt ("the arrest of Jo Bloggs").
      const clean = e.least >= (singles.has(surname) ? -1 : 0) && !opensWithSurname && e.tokens.every((w) => w.length < 2 || (!wordsInLowerCase.has(w) && !isRoleWord(w)));
      // Evidence of its own (a title, a speech verb, an appositive) makes a
      // person; evidence only from elsewhere (a bare word used alone) or none
      // needs the name to look like one: "Space Shuttle Atlantis" and "Atlantis" are no person.
      // A bare surname that itself reads as a person ("Bloggs said") vouches for the full name
      // whatever doubt its first mention raised ("throughout Jo Bloggs's career").
      const vouched = (singleEvidence.get(surname) ?? 0) >= SPEAKER_EVIDENCE && total >= 0;
      if (e.evidence >= 1 ? total >= 1 : (total >= 0 && clean) || vouched) this.accepted.add(key);
    }
    this.acceptListed(candidates);
    // Longest names first, so "García Márquez" attaches to the full name.
    const longest = longestFirst(fulls);
    for (let i = 0; i < longest.length; i++) {
      const c = longest[i]!;
      const key = this.keyOf(c.keyTokens);
      if (!this.accepted.has(key)) continue;
      if (!this.byKey.has(key) && this.suffixOf(c.keyTokens) !== null) continue;
      this.addFull(c);
    }
    for (let i = 0; i < candidates.length; i++) if (candidates[i]!.kind === 'titled') this.addTitled(candidates[i]!);
  }

  private accepted = new Set<string>();

  /**
   * "such as Ann Lee, Jo Bloggs, Tom Vale and …": a full name listed between
   * two full names that are people is one too, even with no evidence of its
   * own and a word the text also writes in lower case ("Lane").
   */
  private acceptListed(candidates: readonly NameCandidate[]): void {
    for (let i = 1; i + 1 < candidates.length; i++) {
      const c = candidates[i]!;
      const before = candidates[i - 1]!;
      const after = candidates[i + 1]!;
      if (c.kind !== 'full' || !c.listed || !after.listed || before.kind !== 'full' || after.kind !== 'full') continue;
      if (this.accepted.has(this.keyOf(before.keyTokens)) && this.accepted.has(this.keyOf(after.keyTokens))) this.accepted.add(this.keyOf(c.keyTokens));
    }
  }

  /** misspeltSurname answers, per word (a text repeats its unknown words). */
  private readonly misspelt = new Map<string, number | null>();

  /**
   * A surname written with a typo ("Kowalsky" for "Kowalski", "Reed" for
   * "Reeds"): the one person whose surname is one edit away (two for long
   * names), same first letter. Two such people: nobody.
   */
  private misspeltSurname(word: string): number | null {
    if (word.length < 5) return null;
    let v = this.misspelt.get(word);
    if (v !== undefined) return v;
    v = null;
    const limit = word.length >= 7 ? 2 : 1;
    for (let i = 0; i < this.people.length; i++) {
      const p = this.people[i]!;
      if (p.tokens.length < 2 || p.surname.charCodeAt(0) !== word.charCodeAt(0) || editDistance(word, p.surname, limit) > limit) continue;
      if (v !== null && this.people[v]!.key !== p.key) {
        v = null;
        break;
      }
      v = i;
    }
    this.misspelt.set(word, v);
    return v;
  }

  /** A known person whose name ends with these words (and is longer). */
  private suffixOf(tokens: string[]): number | null {
    const last = tokens[tokens.length - 1]!;
    for (const i of this.byWord.get(last) ?? []) {
      const p = this.people[i]!;
      if (p.tokens.length <= tokens.length) continue;
      const tail = p.tokens.slice(p.tokens.length - tokens.length);
      if (tail.every((w, j) => w === tokens[j])) return i;
    }
    return null;
  }

  private addFull(c: NameCandidate): void {
    const toks = c.keyTokens;
    const key = this.keyOf(toks);
    let idx = this.byKey.get(key);
    if (idx === undefined) {
      idx = this.people.length;
      this.people.push({
        name: c.name,
        role: c.role,
        aliases: [],
        tokens: toks,
        surname: toks[toks.length - 1]!,
        gender: c.gender,
        firstOffset: c.offset,
        inBody: false,
        key,
      });
      this.byKey.set(key, idx);
      this.indexWords(idx);
    }
    const p = this.people[idx]!;
    p.role ??= c.role;
    p.gender ??= c.gender;
    p.firstOffset = Math.min(p.firstOffset, c.offset);
    if (c.paragraph >= 0) p.inBody = true;
  }

  private addTitled(c: NameCandidate): void {
    const surname = c.keyTokens[c.keyTokens.length - 1] ?? normaliseName(c.name);
    if (this.matchSurname(surname, null) !== null || c.knownOnly === true) return;
    const key = `~${surname}`;
    if (this.byKey.has(key)) return;
    this.byKey.set(key, this.people.length);
    this.people.push({ name: c.name, role: c.role, aliases: [], tokens: [surname], surname, gender: c.gender, firstOffset: c.offset, inBody: c.paragraph >= 0, key });
    this.indexWords(this.people.length - 1);
  }

  /** Index of the person a full or titled candidate denotes. */
  resolveCandidate(c: NameCandidate, recency: Map<number, number>): number | null {
    if (c.kind === 'full') {
      const idx = this.byKey.get(this.keyOf(c.keyTokens));
      return idx ?? this.suffixOf(c.keyTokens);
    }
    return this.matchSurname(c.keyTokens[c.keyTokens.length - 1] ?? normaliseName(c.name), recency);
  }

  /**
   * A single word resolves to the person whose surname it is (or, failing
   * that, whose given name it is); ties go to the most recently mentioned.
   */
  matchSurname(word: string, recency: Map<number, number> | null): number | null {
    let best: number | null = null;
    let bestScore = -Infinity;
    const exact = this.byWord.get(word);
    if (exact === undefined) return this.misspeltSurname(word);
    for (const i of exact) {
      const p = this.people[i]!;
      let score: number;
      if (p.surname === word) score = 2;
      else if (p.tokens.length > 1 && p.tokens.includes(word)) score = 1;
      else continue;
      // Two people with one surname ("Ann and Tom Lee"): the bare surname is the story's subject, the first
      // introduced in the story; a byline's author is not in it.
      const r = score === 2 ? -p.firstOffset - (p.inBody ? 0 : BYLINE_ONLY) : recency?.get(i) ?? -1;
      const total = score * 1e12 + r;
      if (total > bestScore) {
        bestScore = total;
        best = i;
      }
    }
    return best;
  }
}

const byLengthThenOffset = (a: NameCandidate, b: NameCandidate): number => b.keyTokens.length - a.keyTokens.length || a.offset - b.offset;

/**
 * The candidates sorted longest name first, then by offset. Candidates come in
 * text order but for the bylines, and names have a few words: when the offsets
 * already ascend, a stable grouping by length gives the same order as the sort.
 */
function longestFirst(fulls: readonly NameCandidate[]): NameCandidate[] {
  for (let i = 1; i < fulls.length; i++) if (fulls[i]!.offset < fulls[i - 1]!.offset) return [...fulls].sort(byLengthThenOffset);
  const byLength: NameCandidate[][] = [];
  for (let i = 0; i < fulls.length; i++) (byLength[fulls[i]!.keyTokens.length] ??= []).push(fulls[i]!);
  const out: NameCandidate[] = [];
  for (let n = byLength.length - 1; n >= 0; n--) {
    const group = byLength[n] ?? [];
    for (let i = 0; i < group.length; i++) out.push(group[i]!);
  }
  return out;
}
