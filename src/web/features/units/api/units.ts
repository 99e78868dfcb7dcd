import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AuditEntry } from '#shared/schemas/audit';
import type { UnitCreate, UnitDetail, UnitUpdate } from '#shared/schemas/units';
import { API_BASE, api, type Page, queryString } from '#web/lib/api';
import { currentLocale } from '#web/lib/i18n';
import { unitsQuery } from '#web/lib/reference';

/** The units list is the reference query every unit select reads; this feature adds details and writes. */
export const unitKeys = {
  detail: (id: number) => ['units', 'detail', id] as const,
  history: (id: number) => ['units', 'history', id] as const,
};

export const unitQuery = (id: number) =>
  queryOptions({ queryKey: unitKeys.detail(id), queryFn: () => api.get<UnitDetail>(`/units/${id}`) });

export const useUnit = (id: number) => useQuery(unitQuery(id));

export function useUnitHistory(id: number) {
  return useQuery({
    queryKey: unitKeys.history(id),
    queryFn: () => api.get<Page<AuditEntry>>(`/units/${id}/history`),
  });
}

export const exportUrl = () => `${API_BASE}/units/export.xlsx${queryString({ locale: currentLocale() })}`;

/** After a write: the unit as saved, and the reference list (every unit select) read again. */
function useSaved() {
  const queryClient = useQueryClient();
  return (unit?: UnitDetail) => {
    if (unit) queryClient.setQueryData(unitKeys.detail(unit.id), unit);
    void queryClient.invalidateQueries({ queryKey: unitsQuery.queryKey });
    if (unit) void queryClient.invalidateQueries({ queryKey: unitKeys.history(unit.id) });
  };
}

export function useCreateUnit() {
  const saved = useSaved();
  return useMutation({ mutationFn: (body: UnitCreate) => api.post<UnitDetail>('/units', body), onSuccess: saved });
}

export function useUpdateUnit(id: number) {
  const saved = useSaved();
  return useMutation({
    mutationFn: (body: UnitUpdate) => api.put<UnitDetail>(`/units/${id}`, body),
    onSuccess: saved,
  });
}

export function useSetUnitActive(id: number) {
  const saved = useSaved();
  return useMutation({
    mutationFn: ({ active, version }: { active: boolean; version: number }) =>
      api.post<UnitDetail>(`/units/${id}/${active ? 'reactivate' : 'deactivate'}`, { version }),
    onSuccess: saved,
  });
}

export function useDeleteUnit(id: number) {
  const saved = useSaved();
  return useMutation({
    mutationFn: (version: number) => api.delete<void>(`/units/${id}${queryString({ version })}`),
    onSuccess: () => saved(),
  });
}
