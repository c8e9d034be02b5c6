/**
 * Shapes of the review and merge admin routes (issue #15), as the contract in
 * server/src/routes/validation declares them: quotes that need an editor,
 * their provenance, and people merged into one.
 */

export type ReviewReason = 'unattributed' | 'low-confidence' | 'diverged';
export type ReviewFilter = 'all' | ReviewReason;

export interface PersonRef {
  documentId: string;
  name: string;
}

export interface PersonOption extends PersonRef {
  role: string | null;
}

export interface ReviewItem {
  documentId: string;
  text: string;
  kind: string;
  reasons: ReviewReason[];
  /** The parser rule that named the speaker ('none': left for an editor). */
  attribution: string | null;
  confidence: number | null;
  speaker: PersonRef | null;
  article: { documentId: string; title: string } | null;
  updatedAt: string | null;
}

export interface ReviewCounts {
  unattributed: number;
  lowConfidence: number;
  diverged: number;
}

export interface ReviewPagination {
  page: number;
  pageSize: number;
  total: number;
  pageCount: number;
}

export interface ReviewQueueResponse {
  results: ReviewItem[];
  pagination: ReviewPagination;
  counts: ReviewCounts;
}

export interface ReviewQueueQuery {
  reason: ReviewFilter;
  page: number;
  pageSize: number;
  article?: string;
}

export interface Provenance {
  /** The source paragraph the quote was read from; quoteStart/quoteEnd index it. */
  paragraph: string;
  quoteStart: number;
  quoteEnd: number;
  /** What the source says at the quote's offsets. */
  sourceText: string;
}

export type DiffOp = 'equal' | 'insert' | 'delete';

export interface DiffPart {
  op: DiffOp;
  text: string;
}

export interface QuoteReview {
  quote: ReviewItem;
  provenance: Provenance | null;
  diverged: boolean;
  accepted: { by: string; at: string } | null;
  /** Word level, from the source span (delete) to the quote's text (insert). */
  diff: DiffPart[];
  /** The people of the quote's article. */
  candidates: PersonOption[];
}

export interface PeopleSearchResponse {
  results: PersonOption[];
}

export interface MergeSuggestionPerson extends PersonOption {
  quotes: number;
  articles: number;
}

export interface MergeSuggestion {
  people: MergeSuggestionPerson[];
  reason: 'surname-initial' | 'alias-overlap';
}

export interface MergeSuggestionsResponse {
  results: MergeSuggestion[];
}

export interface MergeRequest {
  survivor: string;
  absorbed: string[];
}

export interface MergeOutcome {
  survivor: PersonRef;
  absorbed: PersonRef[];
  quotesMoved: number;
  articlesRelinked: number;
  aliases: string[];
  importKeys: number;
}
