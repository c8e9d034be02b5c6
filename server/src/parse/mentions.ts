import { LEX_INDEFINITE_OPENER, LEX_NATIONALITY, LEX_PREPOSITION, LEX_PRONOUN_SUBJECT, LEX_RANK_MODIFIER, LEX_ROLE_HEAD, LEX_ROLE_MODIFIER, LEX_SPEECH_VERB, LEX_STOPWORD, RANK_MODIFIERS, ROLE_HEADS, ROLE_ABBREVIATIONS, STOPWORDS, lexiconBits } from './lexicon';
import type { Mention, ParagraphModel, Token } from './paragraph-model';
import type { NameCandidate, PeopleRegistry, Person } from './people';
import { addAlias, isCommaThenBlanks, isPersonNoun } from './people';
import { isSingleSpace, stripMarks } from './text';

interface RoleKey {
  head: string;
  ranks: string;
}

/** "French Vice President" → head "president", ranks "vice". */
export function roleKey(role: string, extraHeads?: ReadonlySet<string>): RoleKey | null {
  const words = role
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .split(/\s+/)
    .map((w) => w.replace(/[.,]+$/, ''))
    .map((w) => ROLE_ABBREVIATIONS.get(w) ?? w);
  let headAt = -1;
  for (let i = words.length - 1; i >= 0; i--) {
    if (ROLE_HEADS.has(words[i]!) || extraHeads?.has(words[i]!)) {
      // "Secretary of State": the head is the word before "of".
      headAt = i;
      break;
    }
  }
  const ofAt = words.indexOf('of');
  if (ofAt > 0 && ROLE_HEADS.has(words[ofAt - 1]!)) headAt = ofAt - 1;
  if (headAt < 0) return null;
  const ranks = words.slice(0, headAt).filter((w) => RANK_MODIFIERS.has(w)).sort().join(' ');
  let head = words[headAt]!;
  // "Prime Minister" and "Attorney General" are offices of their own.
  if (head === 'minister' && words[headAt - 1] === 'prime') head = 'prime minister';
  return { head, ranks: ranks.replace(/\bprime\b/, '').trim() };
}

const sameRole = (a: RoleKey, b: RoleKey): boolean => a.head === b.head && a.ranks === b.ranks;

/**
 * Turns names, pronouns and role nouns ("the president") into mentions of
 * people, one paragraph at a time and in document order. Pronouns go to the
 * nearest fitting subject in the same sentence, else to the subject of the
 * last sentence that mentioned someone: the usual reading of news prose.
 */
export class MentionResolver {
  private readonly people: Person[];
  private readonly extraHeads = new Set<string>();
  private readonly roleKeys: Array<RoleKey | null>;
  private readonly byHead = new Map<string, number[]>();
  private readonly recency = new Map<number, number>();
  private clock = 0;
  /** The few most recently mentioned people, newest last. */
  private readonly recent: number[] = [];
  private currentSent = -1;
  private current: Seen[] = [];
  private lastSentence: Seen[] = [];
  private lastSentenceId = -1;
  /** Heads of people introduced without a name ("a trust spokesman"). */
  private readonly anonymousHeads = new Set<string>();
  /**
   * Per person, the alias strings already passed to addAlias: a name recurs
   * thousands of times, and a set look-up replaces addAlias's collapsing and
   * its scan of the alias list (aliases are only ever added).
   */
  private readonly aliasesSeen: Array<Set<string> | undefined> = [];

  constructor(private readonly registry: PeopleRegistry) {
    this.people = registry.people;
    // Any noun that ends someone's role can be used to refer back to them ("the centre-back").
    for (const p of this.people) {
      const last = p.role?.toLowerCase().split(/\s+/).pop();
      if (last && /^[\p{Ll}-]+$/u.test(last) && !STOPWORDS.has(last)) this.extraHeads.add(last);
    }
    this.roleKeys = this.people.map((p) => (p.role ? roleKey(p.role, this.extraHeads) : null));
    this.roleKeys.forEach((rk, i) => {
      if (!rk) return;
      const list = this.byHead.get(rk.head);
      if (list) list.push(i);
      else this.byHead.set(rk.head, [i]);
    });
  }

  private touch(person: number, prep: boolean, sent: number): void {
    this.recency.set(person, ++this.clock);
    // Move (or add) the person to the end, keeping at most eight, in place:
    // splice and shift allocated on every mention.
    const recent = this.recent;
    const at = recent.indexOf(person);
    const from = at >= 0 ? at : recent.length < 8 ? -1 : 0;
    if (from < 0) recent.push(person);
    else {
      for (let i = from; i < recent.length - 1; i++) recent[i] = recent[i + 1]!;
      recent[recent.length - 1] = person;
    }
    this.current.push({ person, prep });
    this.currentSent = sent;
  }

  private addAlias(person: number, alias: string): void {
    const seen = (this.aliasesSeen[person] ??= new Set());
    if (seen.has(alias)) return;
    seen.add(alias);
    addAlias(this.people[person]!, alias);
  }

  private fits(person: number, pronoun: string): boolean {
    if (person === ANONYMOUS) return true;
    const g = this.people[person]!.gender;
    if (pronoun === 'he') return g !== 'f';
    if (pronoun === 'she') return g !== 'm';
    return true;
  }

  /**
   * "Ann Lee … she giggled": a person of unknown gender referred to by "he" or
   * "she" as the only possible antecedent nearby is that gender from then on, so a later "he said"
   * passes over her to the man next to her.
   */
  /**
   * The person is the only one named outside a prepositional phrase in this
   * sentence, or failing any, in the last sentence that named someone: the
   * pronoun could mean no one else. ("Ann and Tom Lee … She died" teaches nothing.)
   */
  private onlySubjectNearby(person: number): boolean {
    const pool = this.current.some((c) => !c.prep) ? this.current : this.lastSentence;
    for (const c of pool) if (!c.prep && c.person !== person) return false;
    return pool.some((c) => !c.prep && c.person === person);
  }

  private learnGender(person: number, pronoun: string): void {
    const p = this.people[person]!;
    if (p.gender === null && (pronoun === 'he' || pronoun === 'she')) p.gender = pronoun === 'he' ? 'm' : 'f';
  }

  /** Like resolvePronoun, but an anonymous antecedent yields null. */
  private resolveRef(pronoun: string, sent: number): number | null {
    const p = this.resolvePronoun(pronoun, sent);
    return p === ANONYMOUS ? null : p;
  }

  private resolvePronoun(pronoun: string, sent: number): number | null {
    const { current, lastSentence } = this;
    if (pronoun === 'they') {
      const pool = current.length > 0 ? current : this.lastSentenceId >= sent - 1 ? lastSentence : [];
      const distinct = new Set(pool.map((s) => s.person));
      return distinct.size === 1 ? [...distinct][0]! : null;
    }
    for (let i = current.length - 1; i >= 0; i--) {
      const c = current[i]!;
      if (!c.prep && this.fits(c.person, pronoun)) return c.person;
    }
    // "Speaking to Jo Bloggs, he said": a prepositional object is the subject's company, not the subject.
    for (const c of lastSentence) if (!c.prep && this.fits(c.person, pronoun)) return c.person;
    for (let i = current.length - 1; i >= 0; i--) if (this.fits(current[i]!.person, pronoun)) return current[i]!.person;
    for (const c of lastSentence) if (this.fits(c.person, pronoun)) return c.person;
    for (let i = this.recent.length - 1; i >= 0; i--) {
      if (this.fits(this.recent[i]!, pronoun)) {
        this.resolvedFarBack = true;
        return this.recent[i]!;
      }
    }
    return null;
  }

  /** Set by resolvePronoun when its answer came from before the previous sentence (read once by the caller). */
  private resolvedFarBack = false;

  /** resolvedFarBack, reset. */
  private takeFarBack(): boolean {
    const v = this.resolvedFarBack;
    this.resolvedFarBack = false;
    return v;
  }

  /**
   * "A trust spokesman said …" opening a sentence, or the speaker of a quote
   * before it (`"…," a harbour board spokesperson stated`, `"…," said a police
   * officer`): later "he said" or "the spokesperson added" means that unnamed
   * person, so the quote stays unattributed rather than going to whoever was
   * named before.
   */
  private indefiniteSubject(par: ParagraphModel, k: number): string | null {
    const T = par.tokens;
    const opening = k === 0 || T[k - 1]!.sent !== T[k]!.sent;
    if (!opening && !this.speaksAfterQuote(par, k)) return null;
    for (let j = k + 1; j < Math.min(T.length, k + 6); j++) {
      const t = T[j]!;
      if (t.quote >= 0 || t.sent !== T[k]!.sent) return null;
      if (!isSingleSpace(par.text, T[j - 1]!.e - par.start, t.s - par.start)) return null;
      // "a Harbour Board spokesperson": capitalised words before the head name whom the person speaks for.
      if (t.cap && (t.lex & (LEX_STOPWORD | LEX_SPEECH_VERB)) !== 0) return null;
      if ((t.lex & LEX_ROLE_HEAD) !== 0 || PERSON_NOUNS.has(t.lower) || this.extraHeads.has(t.lower)) return t.lower;
    }
    return null;
  }

  /**
   * The person named right after a role phrase ending before token `end`,
   * past its complement ("of Harbour"), set off by a comma: null when no full
   * name stands there.
   */
  private appositiveName(par: ParagraphModel, end: number, candidates: readonly NameCandidate[]): number | null {
    const T = par.tokens;
    let k = end;
    if (hasComplement(par, end) || (T[end]?.lower === 'in' && T[end]!.quote < 0)) {
      k = end + 1;
      while (k < T.length && k - end <= COMPLEMENT_WORDS && T[k]!.quote < 0 && isSingleSpace(par.text, T[k - 1]!.e - par.start, T[k]!.s - par.start)) k++;
    }
    if (k >= T.length || T[k]!.quote >= 0) return null;
    // Set off by a comma, or by a dash ("The senior senator in the Assembly - Jo Bloggs - spoke").
    const from = T[k - 1]!.e - par.start;
    const to = T[k]!.s - par.start;
    if (!isCommaThenBlanks(par.text, from, to) && !/^\s+[-–—]\s+$/.test(par.text.slice(from, to))) return null;
    const ci = this.candAt[k]!;
    if (ci === 0 || candidates[ci - 1]!.kind !== 'full') return null;
    return this.registry.resolveCandidate(candidates[ci - 1]!, this.recency);
  }

  /** `"…," a spokesman said` / `"…," said a spokesman`: the indefinite at k follows a quote's closing comma, perhaps after a speech verb. */
  private speaksAfterQuote(par: ParagraphModel, k: number): boolean {
    const T = par.tokens;
    let q = k - 1;
    if ((T[q]!.lex & LEX_SPEECH_VERB) !== 0 && !T[q]!.cap) q--;
    if (q < 0 || T[q]!.quote < 0 || T[q]!.sent !== T[k]!.sent) return false;
    const between = par.text.slice(T[q]!.e - par.start, T[q + 1]!.s - par.start);
    return between.includes(',') || (q < k - 1 && /[,.!?…]/.test(between));
  }

  private resolveRole(key: RoleKey): number | null {
    let best: number | null = null;
    let bestT = -1;
    for (const i of this.byHead.get(key.head) ?? []) {
      const rk = this.roleKeys[i];
      if (!rk || !sameRole(rk, key)) continue;
      const t = this.recency.get(i) ?? 0;
      if (best === null || t > bestT) {
        best = i;
        bestT = t;
      }
    }
    return best;
  }

  private add(par: ParagraphModel, m: Mention, sent: number): void {
    par.mentionsByStart[m.tokStart] = m;
    par.mentionsByEnd[m.tokEnd - 1] = m;
    if (m.person !== null) this.touch(m.person, m.prepObject, sent);
  }

  /** Token index → 1 + index of the candidate starting there (0: none); all zero between paragraphs. */
  private candAt = new Int32Array(256);

  /**
   * Resolves the mentions of one paragraph into `par.mentionsByStart/End`;
   * the paragraph's name candidates are candidates[from, to).
   */
  process(par: ParagraphModel, candidates: readonly NameCandidate[], from: number, to: number): void {
    const T = par.tokens;
    if (this.candAt.length < T.length) this.candAt = new Int32Array(Math.max(T.length, this.candAt.length * 2));
    const candAt = this.candAt;
    // A later candidate with the same start replaces an earlier one.
    for (let c = from; c < to; c++) candAt[candidates[c]!.tokStart] = c + 1;
    this.resolve(par, candidates);
    for (let c = from; c < to; c++) candAt[candidates[c]!.tokStart] = 0;
  }

  private resolve(par: ParagraphModel, candidates: readonly NameCandidate[]): void {
    const T = par.tokens;
    const candAt = this.candAt;

    let k = 0;
    while (k < T.length) {
      const t = T[k]!;
      if (t.sent !== this.currentSent) {
        // Most sentences mention no one: their (empty) list is kept for the next.
        if (this.current.length > 0) {
          this.lastSentence = this.current;
          this.lastSentenceId = this.currentSent;
          this.current = [];
        }
        this.currentSent = t.sent;
      }
      const ci = candAt[k]!;
      if (ci > 0) {
        const cand = candidates[ci - 1]!;
        const person =
          cand.kind === 'single'
            ? this.registry.matchSurname(cand.keyTokens[cand.keyTokens.length - 1] ?? normalise(cand.name), this.recency)
            : this.registry.resolveCandidate(cand, this.recency);
        if (person !== null) {
          this.addAlias(person, cand.name);
          if (cand.titledForm) this.addAlias(person, cand.titledForm);
        }
        const last = T[cand.tokEnd - 1]!;
        // Mentions inside quotes are the speaker's words, not the reporter's
        // subjects: they are recorded as aliases but are no antecedents.
        if (t.quote < 0 && (person !== null || cand.kind !== 'single')) {
          this.add(par, { tokStart: cand.tokStart, tokEnd: cand.tokEnd, person, kind: 'name', possessive: last.possessive, prepObject: isPrepObject(T, k) }, t.sent);
        }
        k = cand.tokEnd;
        continue;
      }
      if (t.quote >= 0) {
        k++;
        continue;
      }
      if ((t.lex & LEX_INDEFINITE_OPENER) !== 0 && t.quote < 0) {
        const head = this.indefiniteSubject(par, k);
        if (head !== null) {
          this.anonymousHeads.add(head);
          this.current.push({ person: ANONYMOUS, prep: false });
          this.currentSent = t.sent;
        }
      }
      if ((t.lex & LEX_PRONOUN_SUBJECT) !== 0) {
        const person = this.resolveRef(t.lower, t.sent);
        const distant = this.takeFarBack();
        if (person !== null && !distant && this.onlySubjectNearby(person)) this.learnGender(person, t.lower);
        this.add(par, { tokStart: k, tokEnd: k + 1, person, kind: 'pronoun', possessive: false, prepObject: false, distant }, t.sent);
        k++;
        continue;
      }
      if (t.lower === 'the') {
        const np = roleNounPhrase(par, k, this.extraHeads);
        if (np) {
          // A role nobody holds: the unnamed person introduced earlier ("the
          // official"), else the person the discourse is about ("the centre-back").
          const complement = hasComplement(par, np.end);
          // "the native of Harbour Town" describes someone known, whoever else is a native of somewhere.
          const origin = np.key.head === 'native';
          // "the prosecutor general of Harbour, Jo Bloggs,": the name in apposition says who holds it.
          const named = this.appositiveName(par, np.end, candidates);
          let person = named ?? (origin && complement ? null : this.resolveRole(np.key));
          this.resolvedFarBack = false;
          // "the head of the inquiry", "the spokesman for the club": an office nobody named holds, with its complement, is someone new.
          if (person === null && complement && !origin) {
            this.anonymousHeads.add(np.key.head);
            this.current.push({ person: ANONYMOUS, prep: isPrepObject(T, k) });
            this.currentSent = t.sent;
          } else if (person === null && !this.anonymousHeads.has(np.key.head)) person = this.resolveRef('any', t.sent);
          this.add(par, { tokStart: k, tokEnd: np.end, person, kind: 'role', possessive: T[np.end - 1]!.possessive, prepObject: isPrepObject(T, k), distant: this.takeFarBack() }, t.sent);
          k = np.end;
          continue;
        }
        const ageEnd = ageDescriptorEnd(par, k);
        if (ageEnd > 0) {
          // "said the 19-year-old": an age stands for the person the discourse is about.
          const person = this.resolveRef('any', t.sent);
          this.add(par, { tokStart: k, tokEnd: ageEnd, person, kind: 'role', possessive: T[ageEnd - 1]!.possessive, prepObject: isPrepObject(T, k), distant: this.takeFarBack() }, t.sent);
          k = ageEnd;
          continue;
        }
      }
      k++;
    }
  }
}

/**
 * The token follows a preposition in the same context ("to the mayor"). A
 * sentence that opens "For Jo Bloggs," or "According to Jo Bloggs," is about
 * her view: she is its topic, the antecedent a following "she said" means.
 */
const isPrepObject = (T: readonly Token[], k: number): boolean =>
  k > 0 && (T[k - 1]!.lex & LEX_PREPOSITION) !== 0 && T[k - 1]!.quote === T[k]!.quote && !opensWithViewpoint(T, k - 1);

/** T[p] is the sentence's first word "For", or the "to" of an opening "According to". */
function opensWithViewpoint(T: readonly Token[], p: number): boolean {
  const first = (i: number): boolean => i === 0 || T[i - 1]!.sent !== T[i]!.sent;
  if (T[p]!.lower === 'for') return first(p);
  return T[p]!.lower === 'to' && p > 0 && T[p - 1]!.lower === 'according' && first(p - 1);
}

type Seen = { person: number; prep: boolean };

/** A role's complement before a name in apposition runs at most this many words ("of the Eastern District of Harbour"). */
const COMPLEMENT_WORDS = 7;

/** Stands for an unnamed person in the sentence history. */
const ANONYMOUS = -1;

/** Nouns for unnamed people that can be referred back to. */
const PERSON_NOUNS = new Set(['man', 'woman', 'person', 'source', 'official', 'boy', 'girl', 'mother', 'father', 'witness', 'resident', 'spokesman', 'spokeswoman', 'spokesperson', 'diplomat', 'insider', 'employee', 'member', 'local', 'parent', 'customer', 'neighbour', 'neighbor', 'bystander', 'student', 'worker', 'passenger', 'fan']);

const normalise = (s: string): string =>
  stripMarks(s).replace(/\./g, '').toLowerCase().trim();

/**
 * The words of tokens [from, to) as the role phrase reads them (possessive
 * endings dropped), joined by spaces. Built only once a head word is found:
 * most phrases after "the" are not roles.
 */
function phraseWords(T: readonly Token[], from: number, to: number): string {
  let words = '';
  for (let i = from; i < to; i++) {
    const t = T[i]!;
    words += (i > from ? ' ' : '') + (t.possessive ? t.baseLower : t.lower);
  }
  return words;
}

/** /^\p{Ll}[\p{Ll}-]*$/u, decided on the code units for ASCII words. */
function isLowerCaseWord(w: string): boolean {
  if (w.length === 0) return false;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 128) return /^\p{Ll}[\p{Ll}-]*$/u.test(w);
    if (!((c >= 97 && c <= 122) || (c === 45 && i > 0))) return false;
  }
  return true;
}

/**
 * "the 19-year-old" or "the 19-year-old medic": one past the phrase, or 0.
 * Only as a whole noun phrase: "the 19-year-old rule" is a thing, so a word
 * after the age must be a person noun or a role.
 */
function ageDescriptorEnd(par: ParagraphModel, k: number): number {
  const T = par.tokens;
  const age = T[k + 1];
  if (!age || age.quote >= 0 || !/^\d{1,3}-years?-old$/.test(age.lower) || !isSingleSpace(par.text, T[k]!.e - par.start, age.s - par.start)) return 0;
  const next = T[k + 2];
  if (!next || !isSingleSpace(par.text, age.e - par.start, next.s - par.start) || next.cap || (next.lex & (LEX_SPEECH_VERB | LEX_STOPWORD)) !== 0) return k + 2;
  if ((next.lex & LEX_ROLE_HEAD) !== 0 || PERSON_NOUNS.has(next.lower)) return k + 3;
  // "said the 22-year-old medic.": a noun the lexicon lacks, closing the clause.
  const after = T[k + 3];
  return !after || !isSingleSpace(par.text, next.e - par.start, after.s - par.start) ? k + 3 : 0;
}

/** The role noun phrase ending before token `end` goes on with "of", "for" or "at" and what it governs. */
function hasComplement(par: ParagraphModel, end: number): boolean {
  const T = par.tokens;
  const prep = T[end];
  const object = T[end + 1];
  return prep !== undefined && object !== undefined && (prep.lower === 'of' || prep.lower === 'for' || prep.lower === 'at') && prep.quote === T[end - 1]!.quote &&
    isSingleSpace(par.text, T[end - 1]!.e - par.start, prep.s - par.start) && isSingleSpace(par.text, prep.e - par.start, object.s - par.start);
}

/** "12-year", "20-year-old": a number joined to what it counts. */
const isDurationWord = (lower: string): boolean => /^\d+-[a-z]+(?:-[a-z]+)?$/.test(lower);

/** "Irish-Canadian", "Franco-German": nationalities joined by hyphens. */
function isNationalityCompound(lower: string): boolean {
  if (!lower.includes('-')) return false;
  return lower.split('-').every((part) => (lexiconBits(part) & LEX_NATIONALITY) !== 0);
}

/** "the president", "the former prime minister", "the flight director", "the union leader". */
function roleNounPhrase(par: ParagraphModel, k: number, extraHeads: ReadonlySet<string>): { end: number; key: RoleKey } | null {
  const T = par.tokens;
  let j = k + 1;
  while (j < T.length && j <= k + 4 && T[j]!.quote < 0) {
    const t = T[j]!;
    const l = t.possessive ? t.baseLower : t.lower;
    const lex = t.nameLex;
    if (!isSingleSpace(par.text, T[j - 1]!.e - par.start, t.s - par.start)) break;
    const personNoun = !t.cap && (lex & LEX_ROLE_HEAD) === 0 && !extraHeads.has(l) && isPersonNoun(l);
    if ((lex & LEX_ROLE_HEAD) !== 0 || extraHeads.has(l) || personNoun) {
      const next = T[j + 1];
      const spaceBefore = next !== undefined && isSingleSpace(par.text, t.e - par.start, next.s - par.start);
      // "the prime minister" continues past "prime"; stop at the last head word.
      if (next && spaceBefore && ((next.lex & LEX_ROLE_HEAD) !== 0 || extraHeads.has(next.lower)) && !t.possessive) {
        j++;
        continue;
      }
      // "the president Joe Biden" is a name mention, handled elsewhere.
      if (next && next.cap && !t.possessive && spaceBefore) return null;
      // A person noun no one's role ends with: held by nobody, so it stands for the person the discourse is about.
      const key = personNoun ? { head: l, ranks: '' } : roleKey(phraseWords(T, k + 1, j + 1), extraHeads);
      return key ? { end: j + 1, key } : null;
    }
    if (t.possessive) break; // "the group's chair": the chair of something, not a role we track
    // "the 30-year officer": a length of service or age qualifies the noun like an adjective.
    // "the Harbourside professor": so does the capitalised name of a place or an institution before a lower-case head.
    const institution = t.cap && j - k <= 2 && (lex & LEX_STOPWORD) === 0 && T[j + 1] !== undefined && !T[j + 1]!.cap;
    if ((lex & (LEX_RANK_MODIFIER | LEX_NATIONALITY | LEX_ROLE_MODIFIER)) !== 0 || institution || (!t.cap && (lex & LEX_STOPWORD) === 0 && (isLowerCaseWord(t.text) || isDurationWord(l))) || isNationalityCompound(l)) {
      j++;
      continue;
    }
    break;
  }
  return null;
}

export type { Mention, Person };
