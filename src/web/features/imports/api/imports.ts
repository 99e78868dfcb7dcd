import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ImportAction, ImportKind, ImportSheet } from '#shared/enums';
import type { ImportBatch, ImportIssue, ImportRow, ImportValidated } from '#shared/schemas/imports';
import { API_BASE, api, type Page, queryString } from '#web/lib/api';
import { currentLocale } from '#web/lib/i18n';

export const REPORT_PAGE_SIZE = 25;

const keys = {
  batch: (id: number) => ['imports', id] as const,
  issues: (id: number, sheet: ImportSheet | undefined, page: number) =>
    ['imports', id, 'issues', currentLocale(), sheet, page] as const,
  rows: (id: number, sheet: ImportSheet | undefined, action: ImportAction | undefined, page: number) =>
    ['imports', id, 'rows', sheet, action, page] as const,
};

/** A download link cannot send the x-locale header: the drop-downs' language travels in the query. */
export const templateUrl = (kind: ImportKind) =>
  `${API_BASE}/imports/template.xlsx${queryString({ kind, locale: currentLocale() })}`;

/** The batch; polled every second while `polling` (a commit is running). */
export function useImportBatch(id: number | undefined, polling: boolean) {
  return useQuery({
    queryKey: keys.batch(id ?? 0),
    queryFn: () => api.get<ImportBatch>(`/imports/${id}`),
    enabled: id !== undefined,
    refetchInterval: polling ? 1000 : false,
  });
}

export function useImportIssues(id: number, sheet: ImportSheet | undefined, page: number) {
  return useQuery({
    queryKey: keys.issues(id, sheet, page),
    queryFn: () => api.get<Page<ImportIssue>>(`/imports/${id}/issues`, { sheet, page, pageSize: REPORT_PAGE_SIZE }),
    placeholderData: keepPreviousData,
  });
}

export function useImportRows(
  id: number,
  sheet: ImportSheet | undefined,
  action: ImportAction | undefined,
  page: number,
) {
  return useQuery({
    queryKey: keys.rows(id, sheet, action, page),
    queryFn: () => api.get<Page<ImportRow>>(`/imports/${id}/rows`, { sheet, action, page, pageSize: REPORT_PAGE_SIZE }),
    placeholderData: keepPreviousData,
  });
}

/** Uploads a workbook to be checked; nothing is written yet. */
export function useUploadImport(kind: ImportKind) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => {
      const form = new FormData();
      form.append('file', file);
      return api.upload<ImportValidated>(`/imports${queryString({ kind })}`, form);
    },
    onSuccess: (batch) => {
      const { issues: _firstPage, ...rest } = batch;
      queryClient.setQueryData(keys.batch(batch.id), rest);
    },
  });
}

export type CommitRequest = { mode: 'all' | 'validOnly'; sendInvites: boolean };

/** Writes the batch; the registry's lists are stale afterwards (and also when it was refused: re-read). */
export function useCommitImport(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CommitRequest) => api.post<ImportBatch>(`/imports/${id}/commit`, body),
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: ['imports', id] });
      void queryClient.invalidateQueries({ queryKey: ['partners'] });
      void queryClient.invalidateQueries({ queryKey: ['agreements'] });
      void queryClient.invalidateQueries({ queryKey: ['mobilities'] });
      void queryClient.invalidateQueries({ queryKey: ['people'] });
      void queryClient.invalidateQueries({ queryKey: ['users'] });
    },
  });
}
