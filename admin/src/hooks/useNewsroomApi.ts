import { useMemo } from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import type {
  HistoryResponse,
  ImportJob,
  ImportReport,
  ImportRequest,
  ImportResponse,
  Pagination,
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
      async startJob(body: ImportRequest): Promise<ImportJob> {
        const { data } = await post<{ data: ImportJob }>('/newsroom/import-jobs', body);
        return data.data;
      },
      async job(id: string): Promise<ImportJob> {
        const { data } = await get<{ data: ImportJob }>(`/newsroom/import-jobs/${id}`);
        return data.data;
      },
      async jobs(page: number, pageSize: number): Promise<{ data: ImportJob[]; meta: { pagination: Pagination } }> {
        const { data } = await get<{ data: ImportJob[]; meta: { pagination: Pagination } }>('/newsroom/import-jobs', { params: { page, pageSize } });
        return data;
      },
    }),
    [get, post]
  );
};
