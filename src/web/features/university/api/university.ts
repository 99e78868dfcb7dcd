import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { University, UniversityUpdate } from '#shared/schemas/university';
import { api } from '#web/lib/api';
import { universityQuery } from '#web/lib/university';

/** Saving the details or a new logo refreshes the one cached copy (header, sign-in page, this page). */
function useSaved() {
  const qc = useQueryClient();
  return (u: University) => qc.setQueryData(universityQuery.queryKey, u);
}

export function useUpdateUniversity() {
  const saved = useSaved();
  return useMutation({
    mutationFn: (body: UniversityUpdate) => api.put<University>('/university', body),
    onSuccess: saved,
  });
}

export function useUploadLogo() {
  const saved = useSaved();
  return useMutation({
    mutationFn: (file: File) => {
      const form = new FormData();
      form.append('file', file);
      return api.upload<University>('/university/logo', form);
    },
    onSuccess: saved,
  });
}
