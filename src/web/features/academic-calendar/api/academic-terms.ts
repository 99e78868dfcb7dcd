import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  AcademicTermCreate,
  AcademicTermDetail,
  AcademicTermList,
  AcademicTermUpdate,
} from '#shared/schemas/academic-calendar';
import { api, queryString } from '#web/lib/api';

const termsKey = ['academic-terms'] as const;

export const useAcademicTerms = () =>
  useQuery({ queryKey: termsKey, queryFn: () => api.get<AcademicTermList>('/academic-terms') });

/** Every write reads the list again (a year has two rows; the list is small). */
function useRefresh() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: termsKey });
}

/** Creates the semester's dates, or updates them when the semester already has a row. */
export function useSaveAcademicTerm() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ id, body }: { id: number | null; body: AcademicTermCreate | AcademicTermUpdate }) =>
      id === null
        ? api.post<AcademicTermDetail>('/academic-terms', body)
        : api.put<AcademicTermDetail>(`/academic-terms/${id}`, body),
    onSettled: refresh,
  });
}

export function useDeleteAcademicTerm() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ id, version }: { id: number; version: number }) =>
      api.delete<void>(`/academic-terms/${id}${queryString({ version })}`),
    onSettled: refresh,
  });
}
