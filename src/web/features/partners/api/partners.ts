import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AuditEntry } from '#shared/schemas/audit';
import type { Partner, PartnerCreate, PartnerUpdate } from '#shared/schemas/partners';
import { API_BASE, api, type Page, queryString } from '#web/lib/api';
import { currentLocale } from '#web/lib/i18n';
import type { PartnerSearch } from '../search';
import { listQuery, partnerKeys, partnerStatsQuery, partnersListQuery } from './partner-queries';

export { listQuery, PAGE_SIZE, partnerKeys, partnerStatsQuery, partnersListQuery } from './partner-queries';

export function usePartners(search: PartnerSearch) {
  return useQuery({ ...partnersListQuery(search), placeholderData: keepPreviousData });
}

/** Totals of the registry (not archived): partners, countries, by country and by MoE region. */
export function usePartnerStats() {
  return useQuery(partnerStatsQuery);
}

/** A download link cannot send the x-locale header, so the language travels in the query. */
export const exportUrl = (search: PartnerSearch) =>
  `${API_BASE}/partners/export.xlsx${queryString({ ...listQuery(search), locale: currentLocale() })}`;

export const partnerQuery = (id: number) =>
  queryOptions({ queryKey: partnerKeys.detail(id), queryFn: () => api.get<Partner>(`/partners/${id}`) });

export function usePartner(id: number) {
  return useQuery(partnerQuery(id));
}

export function usePartnerHistory(id: number) {
  return useQuery({
    queryKey: partnerKeys.history(id),
    queryFn: () => api.get<Page<AuditEntry>>(`/partners/${id}/history`),
  });
}

function useSaved() {
  const queryClient = useQueryClient();
  return (partner: Partner) => {
    queryClient.setQueryData(partnerKeys.detail(partner.id), partner);
    void queryClient.invalidateQueries({ queryKey: partnerKeys.all });
  };
}

export function useCreatePartner() {
  const saved = useSaved();
  return useMutation({
    mutationFn: (body: PartnerCreate) => api.post<Partner>('/partners', body),
    onSuccess: saved,
  });
}

export function useUpdatePartner(id: number) {
  const saved = useSaved();
  return useMutation({
    mutationFn: (body: PartnerUpdate) => api.put<Partner>(`/partners/${id}`, body),
    onSuccess: saved,
  });
}

export function useArchivePartner(id: number) {
  const saved = useSaved();
  return useMutation({
    mutationFn: ({ archived, version }: { archived: boolean; version: number }) =>
      api.post<Partner>(`/partners/${id}/${archived ? 'archive' : 'restore'}`, { version }),
    onSuccess: saved,
  });
}
