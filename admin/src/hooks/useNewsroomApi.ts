import { useMemo } from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import type {
  HistoryResponse,
  ImportReport,
  ImportRequest,
  ImportResponse,
  PreviewItem,
  PreviewRequest,
  PreviewResponse,
} from '../types';

/** The plugin's admin routes (`/newsroom/...`), through Strapi's authenticated fetch client. */
export const useNewsroomApi = () => {
  const { get, post } = useFetchClient();

  return useMemo(
    () => ({
      async preview(body: PreviewRequest): Promise<PreviewItem[]> {
        const { data } = await post<PreviewResponse>('/newsroom/preview', body);
        return data.data;
      },
      async importDocuments(body: ImportRequest): Promise<ImportReport> {
        const { data } = await post<ImportResponse>('/newsroom/imports', body);
        return data.data;
      },
      async history(page: number, pageSize: number): Promise<HistoryResponse> {
        const { data } = await get<HistoryResponse>('/newsroom/imports', { params: { page, pageSize } });
        return data;
      },
    }),
    [get, post]
  );
};
