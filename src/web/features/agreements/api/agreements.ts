import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AgreementTransition } from '#shared/enums';
import type {
  Agreement,
  AgreementCreate,
  AgreementFile,
  AgreementSummary,
  AgreementUpdate,
} from '#shared/schemas/agreements';
import type { AuditEntry } from '#shared/schemas/audit';
import { API_BASE, api, type Page, queryString } from '#web/lib/api';
import { currentLocale } from '#web/lib/i18n';
import type { AgreementSearch } from '../search';

export const PAGE_SIZE = 25;

/** The list query the API takes for the URL's filters (the same one the export uses). */
export function listQuery(search: AgreementSearch) {
  const { page: _page, cursor: _cursor, count: _count, ...filters } = search;
  return filters;
}

export const agreementKeys = {
  all: ['agreements'] as const,
  // Partner names sort in the reader's language, so the language is part of the key.
  list: (search: AgreementSearch) => ['agreements', 'list', currentLocale(), search] as const,
  detail: (id: number) => ['agreements', 'detail', id] as const,
  history: (id: number) => ['agreements', 'history', id] as const,
};

export function useAgreements(search: AgreementSearch) {
  return useQuery({
    queryKey: agreementKeys.list(search),
    queryFn: () =>
      api.get<Page<AgreementSummary>>('/agreements', {
        ...listQuery(search),
        page: search.page ?? 1,
        pageSize: PAGE_SIZE,
        cursor: search.cursor,
        count: search.count,
      }),
    placeholderData: keepPreviousData,
  });
}

/** A download link cannot send the x-locale header, so the language travels in the query. */
export const exportUrl = (search: AgreementSearch) =>
  `${API_BASE}/agreements/export.xlsx${queryString({ ...listQuery(search), locale: currentLocale() })}`;

export const fileUrl = (agreementId: number, fileId: number) =>
  `${API_BASE}/agreements/${agreementId}/files/${fileId}${queryString({ locale: currentLocale() })}`;

/** The agreement as an Erasmus Without Paper IIAs v7 file (ewp module). */
export const ewpIiaUrl = (agreementId: number) => `${API_BASE}/agreements/${agreementId}/ewp-iia.xml`;

export const agreementQuery = (id: number) =>
  queryOptions({ queryKey: agreementKeys.detail(id), queryFn: () => api.get<Agreement>(`/agreements/${id}`) });

export function useAgreement(id: number) {
  return useQuery(agreementQuery(id));
}

export function useAgreementHistory(id: number) {
  return useQuery({
    queryKey: agreementKeys.history(id),
    queryFn: () => api.get<Page<AuditEntry>>(`/agreements/${id}/history`),
  });
}

/** After any write: the answer replaces the cached record; lists, history and partner pages refresh. */
export function useSaved() {
  const queryClient = useQueryClient();
  return (agreement: Agreement) => {
    queryClient.setQueryData(agreementKeys.detail(agreement.id), agreement);
    void queryClient.invalidateQueries({ queryKey: agreementKeys.all });
  };
}

export function useCreateAgreement() {
  const saved = useSaved();
  return useMutation({
    mutationFn: (body: AgreementCreate) => api.post<Agreement>('/agreements', body),
    onSuccess: saved,
  });
}

export function useUpdateAgreement(id: number) {
  const saved = useSaved();
  return useMutation({
    mutationFn: (body: AgreementUpdate) => api.put<Agreement>(`/agreements/${id}`, body),
    onSuccess: saved,
  });
}

export function useArchiveAgreement(id: number) {
  const saved = useSaved();
  return useMutation({
    mutationFn: ({ archived, version }: { archived: boolean; version: number }) =>
      api.post<Agreement>(`/agreements/${id}/${archived ? 'archive' : 'restore'}`, { version }),
    onSuccess: saved,
  });
}

export type TransitionInput = {
  action: AgreementTransition;
  version: number;
  comment?: string;
  date?: string;
  signedCopyToFollow?: boolean;
};

/** A lifecycle step; `renew` answers with the new draft (a different id), every other one with this agreement. */
export function useTransition(id: number) {
  const saved = useSaved();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TransitionInput) => api.post<Agreement>(`/agreements/${id}/transitions`, body),
    onSuccess: (agreement) => {
      saved(agreement);
      if (agreement.id !== id) void queryClient.invalidateQueries({ queryKey: agreementKeys.detail(id) });
    },
  });
}

export const FILE_KINDS = ['signed', 'draft', 'other'] as const satisfies readonly AgreementFile['kind'][];
export type FileKind = (typeof FILE_KINDS)[number];

/** Refetches the agreement (its files, hasSignedFile, history) after a file changes. */
function useRefresh(id: number) {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: agreementKeys.detail(id) });
    void queryClient.invalidateQueries({ queryKey: agreementKeys.history(id) });
    void queryClient.invalidateQueries({ queryKey: [...agreementKeys.all, 'list'] });
  };
}

export function useUploadFile(id: number) {
  const refresh = useRefresh(id);
  return useMutation({
    mutationFn: ({ kind, file }: { kind: FileKind; file: File }) => {
      // The server reads the fields in order: the kind first, then the file.
      const form = new FormData();
      form.append('kind', kind);
      form.append('file', file, file.name);
      return api.upload<AgreementFile>(`/agreements/${id}/files`, form);
    },
    onSuccess: refresh,
  });
}

export function useRemoveFile(id: number) {
  const refresh = useRefresh(id);
  return useMutation({
    mutationFn: (fileId: number) => api.post<unknown>(`/agreements/${id}/files/${fileId}/remove`, {}),
    onSuccess: refresh,
  });
}

/** Partners to pick from (search in either language), for the agreement form. */
export function usePartnerOptions(q: string) {
  return useQuery({
    queryKey: ['agreements', 'partner-options', currentLocale(), q],
    queryFn: () =>
      api.get<Page<{ id: number; nameEn: string; nameZh: string | null; country: string }>>('/partners', {
        q: q || undefined,
        pageSize: 20,
      }),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}

/** One partner to start a new agreement with (the create page opened from a partner's page). */
export function usePartnerToStart(partnerId: number | undefined) {
  return useQuery({
    queryKey: ['agreements', 'partner-option', partnerId],
    queryFn: () =>
      api.get<{ id: number; nameEn: string; nameZh: string | null; country: string }>(`/partners/${partnerId}`),
    enabled: partnerId !== undefined,
  });
}
