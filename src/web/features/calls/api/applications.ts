import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  Application,
  ApplicationDocument,
  ApplicationSummary,
  ApplicationUpdate,
  PartnerDecisionBody,
  ScoresBody,
} from '#shared/schemas/calls';
import { API_BASE, api, type Page, queryString } from '#web/lib/api';
import { currentLocale } from '#web/lib/i18n';
import { type PageAt, pageParams } from '#web/lib/keysetPaging';

export const applicationKeys = {
  all: ['applications'] as const,
  mine: (at: PageAt) => ['applications', 'list', at] as const,
  detail: (id: number) => ['applications', 'detail', id] as const,
};

/** Students: their own applications; staff: the applications in their scope. */
export function useMyApplications(at: PageAt) {
  return useQuery({
    queryKey: applicationKeys.mine(at),
    queryFn: () => api.get<Page<ApplicationSummary>>('/applications', { ...pageParams(at), pageSize: 25 }),
    placeholderData: keepPreviousData,
  });
}

export function useApplication(id: number | null) {
  return useQuery({
    queryKey: applicationKeys.detail(id ?? 0),
    queryFn: () => api.get<Application>(`/applications/${id}`),
    enabled: id !== null,
  });
}

/** After a write: the answer replaces the cached application; lists (and the call's counts) read again. */
function useApplicationSaved() {
  const queryClient = useQueryClient();
  return (application: Application) => {
    queryClient.setQueryData(applicationKeys.detail(application.id), application);
    void queryClient.invalidateQueries({ queryKey: ['applications', 'list'] });
    void queryClient.invalidateQueries({ queryKey: ['calls'] });
  };
}

/** Starts the student's draft for a call (201 with the new application). */
export function useStartApplication(callId: number) {
  const saved = useApplicationSaved();
  return useMutation({
    mutationFn: () => api.post<Application>(`/calls/${callId}/applications`, {}),
    onSuccess: saved,
  });
}

export function useSaveApplication(id: number) {
  const saved = useApplicationSaved();
  return useMutation({
    mutationFn: (body: ApplicationUpdate) => api.put<Application>(`/applications/${id}`, body),
    onSuccess: saved,
  });
}

export function useApplicationStep(id: number, step: 'submit' | 'withdraw') {
  const saved = useApplicationSaved();
  return useMutation({
    mutationFn: (version: number) => api.post<Application>(`/applications/${id}/${step}`, { version }),
    onSuccess: saved,
  });
}

/** The document and the application's checklist change together: read the application again. */
function useRefresh(id: number) {
  const queryClient = useQueryClient();
  return () => void queryClient.invalidateQueries({ queryKey: applicationKeys.detail(id) });
}

export function useUploadDocument(id: number) {
  const refresh = useRefresh(id);
  return useMutation({
    mutationFn: ({ code, file }: { code: string; file: File }) => {
      // The server reads the fields in order: the document's code first, then the file.
      const form = new FormData();
      form.append('code', code);
      form.append('file', file, file.name);
      return api.upload<ApplicationDocument>(`/applications/${id}/documents`, form);
    },
    onSuccess: refresh,
  });
}

export function useRemoveDocument(id: number) {
  const refresh = useRefresh(id);
  return useMutation({
    mutationFn: (docId: number) => api.post<unknown>(`/applications/${id}/documents/${docId}/remove`, {}),
    onSuccess: refresh,
  });
}

export const documentUrl = (applicationId: number, docId: number) =>
  `${API_BASE}/applications/${applicationId}/documents/${docId}${queryString({ locale: currentLocale() })}`;

export function useSaveScores(id: number) {
  const saved = useApplicationSaved();
  return useMutation({
    mutationFn: (body: ScoresBody) => api.put<Application>(`/applications/${id}/scores`, body),
    onSuccess: saved,
  });
}

export function usePartnerDecision(id: number) {
  const saved = useApplicationSaved();
  return useMutation({
    mutationFn: (body: PartnerDecisionBody) => api.post<Application>(`/applications/${id}/partner-decision`, body),
    onSuccess: saved,
  });
}
