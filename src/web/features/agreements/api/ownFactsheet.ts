import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { OwnFactsheet, OwnFactsheetUpdate } from '#shared/schemas/ewp-factsheet';
import { API_BASE, api } from '#web/lib/api';

/** Our own factsheet for partners, and its EWP file. */
const key = ['ewp', 'own-factsheet'] as const;
export const ownFactsheetXmlUrl = () => `${API_BASE}/ewp/factsheet.xml`;

export function useOwnFactsheet() {
  return useQuery({ queryKey: key, queryFn: () => api.get<OwnFactsheet>('/ewp/factsheet') });
}

export function useSaveOwnFactsheet() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: OwnFactsheetUpdate) => api.put<OwnFactsheet>('/ewp/factsheet', body),
    onSuccess: (saved) => qc.setQueryData(key, saved),
  });
}
