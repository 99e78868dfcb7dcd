import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { EwpApproveBody, EwpImportResult, EwpResolveBody, EwpStatus } from '#shared/schemas/ewp';
import { api } from '#web/lib/api';
import { agreementKeys } from './agreements';

/** The agreement's Erasmus Without Paper copies: ours, the partner's, the differences, the approval. */
export const ewpKey = (id: number) => ['agreements', 'ewp', id] as const;

export function useEwpStatus(id: number) {
  return useQuery({ queryKey: ewpKey(id), queryFn: () => api.get<EwpStatus>(`/agreements/${id}/ewp`) });
}

/** Taking their value changes the agreement or its places: everything on the page is read again. */
function useRefreshAll(id: number) {
  const qc = useQueryClient();
  return async () => {
    await qc.invalidateQueries({ queryKey: agreementKeys.all });
    await qc.invalidateQueries({ queryKey: ewpKey(id) });
  };
}

export function useImportEwpCopy(id: number) {
  const refresh = useRefreshAll(id);
  return useMutation({
    mutationFn: ({ file, agreementId }: { file: File; agreementId?: number }) => {
      // The server reads the fields before the file.
      const form = new FormData();
      if (agreementId) form.append('agreementId', String(agreementId));
      form.append('file', file, file.name);
      return api.upload<EwpImportResult>(`/agreements/${id}/ewp/copies`, form);
    },
    onSuccess: refresh,
  });
}

export function useResolveEwp(id: number) {
  const refresh = useRefreshAll(id);
  return useMutation({
    mutationFn: (body: EwpResolveBody) => api.post<EwpStatus>(`/agreements/${id}/ewp/resolve`, body),
    onSuccess: refresh,
  });
}

export function useApproveEwp(id: number) {
  const refresh = useRefreshAll(id);
  return useMutation({
    mutationFn: (body: EwpApproveBody) => api.post<EwpStatus>(`/agreements/${id}/ewp/approval`, body),
    onSuccess: refresh,
  });
}
