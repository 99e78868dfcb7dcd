import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ChecklistItem, ChecklistItemUpdate, ChecklistPage, MobilityChecklist } from '#shared/schemas/checklist';
import { API_BASE, api, queryString } from '#web/lib/api';
import { currentLocale } from '#web/lib/i18n';
import type { ChecklistSearch } from '../search';

export const PAGE_SIZE = 25;

export const checklistKeys = {
  all: ['checklist'] as const,
  mobility: (mobilityId: number) => ['checklist', 'mobility', mobilityId] as const,
  queue: (search: ChecklistSearch) => ['checklist', 'queue', search] as const,
};

/** The mobility's checklist (the server creates the default items on first read; 403 → nothing to show). */
export function useMobilityChecklist(mobilityId: number) {
  return useQuery({
    queryKey: checklistKeys.mobility(mobilityId),
    queryFn: () => api.get<MobilityChecklist>(`/mobilities/${mobilityId}/checklist`),
    enabled: Number.isInteger(mobilityId) && mobilityId > 0,
    retry: false,
  });
}

export function useChecklistQueue(search: ChecklistSearch) {
  const { page, cursor, count, ...filters } = search;
  return useQuery({
    queryKey: checklistKeys.queue(search),
    queryFn: () =>
      api.get<ChecklistPage>('/checklist', { ...filters, page: page ?? 1, cursor, count, pageSize: PAGE_SIZE }),
    placeholderData: keepPreviousData,
  });
}

/** Download links cannot send the x-locale header, so the language travels in the query. */
export const fileUrl = (itemId: number) =>
  `${API_BASE}/checklist/items/${itemId}/file${queryString({ locale: currentLocale() })}`;
export const letterUrl = (mobilityId: number) =>
  `${API_BASE}/mobilities/${mobilityId}/acceptance-letter.pdf${queryString({ locale: currentLocale() })}`;

/** After any change of an item: every checklist view refetches. */
function useChanged() {
  const queryClient = useQueryClient();
  return () => void queryClient.invalidateQueries({ queryKey: checklistKeys.all });
}

export type ReviewInput = { version: number; decision: 'approve' | 'reject'; reason?: string };

export function useReviewItem(itemId: number) {
  const changed = useChanged();
  return useMutation({
    mutationFn: (body: ReviewInput) => api.post<ChecklistItem>(`/checklist/items/${itemId}/review`, body),
    onSuccess: changed,
  });
}

export function useUpdateItem(itemId: number) {
  const changed = useChanged();
  return useMutation({
    mutationFn: (body: ChecklistItemUpdate) => api.put<ChecklistItem>(`/checklist/items/${itemId}`, body),
    onSuccess: changed,
  });
}

/** The fields go first (the server reads them before the file). */
export function useUploadItem(itemId: number) {
  const changed = useChanged();
  return useMutation({
    mutationFn: ({ version, expiresOn, file }: { version: number; expiresOn?: string; file: File }) => {
      const form = new FormData();
      form.append('version', String(version));
      if (expiresOn) form.append('expiresOn', expiresOn);
      form.append('file', file);
      return api.upload<ChecklistItem>(`/checklist/items/${itemId}/file`, form);
    },
    onSuccess: changed,
  });
}
