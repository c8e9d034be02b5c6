import { useMemo } from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import type {
  MergeOutcome,
  MergeRequest,
  MergeSuggestionsResponse,
  PeopleSearchResponse,
  PersonOption,
  ReviewItem,
  ReviewQueueQuery,
  ReviewQueueResponse,
  QuoteReview,
} from '../review-types';

const quotePath = (documentId: string) => `/newsroom/review/quotes/${encodeURIComponent(documentId)}`;

/** The review and merge admin routes (`/newsroom/review/...`, `/newsroom/people/...`). */
export const useReviewApi = () => {
  const { get, post } = useFetchClient();

  return useMemo(
    () => ({
      async queue(query: ReviewQueueQuery): Promise<ReviewQueueResponse> {
        const { data } = await get<ReviewQueueResponse>('/newsroom/review/quotes', { params: query });
        return data;
      },
      async quote(documentId: string): Promise<QuoteReview> {
        const { data } = await get<QuoteReview>(quotePath(documentId));
        return data;
      },
      async setSpeaker(documentId: string, personDocumentId: string): Promise<ReviewItem> {
        const { data } = await post<ReviewItem>(`${quotePath(documentId)}/speaker`, { personDocumentId });
        return data;
      },
      async acceptDivergence(documentId: string): Promise<ReviewItem> {
        const { data } = await post<ReviewItem>(`${quotePath(documentId)}/accept`, {});
        return data;
      },
      async searchPeople(q: string, limit = 10): Promise<PersonOption[]> {
        const { data } = await get<PeopleSearchResponse>('/newsroom/people/search', { params: { q, limit } });
        return data.results;
      },
      async mergeSuggestions(): Promise<MergeSuggestionsResponse> {
        const { data } = await get<MergeSuggestionsResponse>('/newsroom/people/merge-suggestions');
        return data;
      },
      async mergePreview(body: MergeRequest): Promise<MergeOutcome> {
        const { data } = await post<MergeOutcome>('/newsroom/people/merge/preview', body);
        return data;
      },
      async merge(body: MergeRequest): Promise<MergeOutcome> {
        const { data } = await post<MergeOutcome>('/newsroom/people/merge', body);
        return data;
      },
    }),
    [get, post]
  );
};
