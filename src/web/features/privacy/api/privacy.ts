import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { RetentionKind } from '#shared/privacy';
import type {
  AccessReport,
  Consent,
  ConsentCreate,
  ConsentList,
  NoticeCreate,
  NoticeList,
  PrivacyNotice,
  RetentionPolicy,
  RetentionRun,
  SubjectAccess,
} from '#shared/schemas/privacy';
import { API_BASE, api, queryString } from '#web/lib/api';
import { currentLocale } from '#web/lib/i18n';

const keys = {
  notices: ['privacy', 'notices'] as const,
  consents: (personId: number) => ['privacy', 'consents', personId] as const,
  policies: ['privacy', 'retention', 'policies'] as const,
  runs: ['privacy', 'retention', 'runs'] as const,
};

export const useNotices = () =>
  useQuery({ queryKey: keys.notices, queryFn: () => api.get<NoticeList>('/privacy/notices') });

export function usePublishNotice() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: NoticeCreate) => api.post<PrivacyNotice>('/privacy/notices', body),
    onSuccess: () => qc.invalidateQueries({ queryKey: keys.notices }),
  });
}

export const useConsents = (personId: number) =>
  useQuery({
    queryKey: keys.consents(personId),
    queryFn: () => api.get<ConsentList>(`/privacy/people/${personId}/consents`),
    retry: false,
  });

export function useRecordConsent(personId: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: ConsentCreate) => api.post<Consent>(`/privacy/people/${personId}/consents`, body),
    onSuccess: () => qc.invalidateQueries({ queryKey: keys.consents(personId) }),
  });
}

export function useWithdrawConsent(personId: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (c: Consent) =>
      api.post<Consent>(`/privacy/people/${personId}/consents/${c.id}/withdraw`, { version: c.version }),
    onSuccess: () => qc.invalidateQueries({ queryKey: keys.consents(personId) }),
  });
}

export const usePolicies = () =>
  useQuery({
    queryKey: keys.policies,
    queryFn: () => api.get<{ items: RetentionPolicy[] }>('/privacy/retention/policies'),
  });

export function useUpdatePolicy() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (p: { kind: RetentionKind; years: number; enabled: boolean; version: number }) =>
      api.put<RetentionPolicy>(`/privacy/retention/policies/${p.kind}`, {
        years: p.years,
        enabled: p.enabled,
        version: p.version,
      }),
    onSuccess: () => qc.invalidateQueries({ queryKey: keys.policies }),
  });
}

export const useRuns = () =>
  useQuery({
    queryKey: keys.runs,
    queryFn: () => api.get<{ items: RetentionRun[] }>('/privacy/retention/runs'),
  });

export function useRunRetention() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (dryRun: boolean) => api.post<RetentionRun>('/privacy/retention/runs', { dryRun }),
    onSuccess: () => qc.invalidateQueries({ queryKey: keys.runs }),
  });
}

/** Asked for on purpose (each report is audited), so never refetched on its own. */
export const useSubjectAccess = (personId: number | null) =>
  useQuery({
    queryKey: ['privacy', 'subject-access', personId],
    queryFn: () => api.get<SubjectAccess>(`/privacy/people/${personId}/subject-access`),
    enabled: personId !== null,
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });

export const useAccessReport = (range: { from: string; to: string } | null) =>
  useQuery({
    queryKey: ['privacy', 'access-report', range],
    queryFn: () => api.get<AccessReport>('/privacy/access-report', range ?? undefined),
    enabled: range !== null,
    staleTime: Number.POSITIVE_INFINITY,
    placeholderData: keepPreviousData,
    retry: false,
  });

/** Download links cannot send the x-locale header: the language travels in the query. */
export const subjectAccessXlsx = (personId: number) =>
  `${API_BASE}/privacy/people/${personId}/subject-access.xlsx${queryString({ locale: currentLocale() })}`;
export const accessReportXlsx = (range: { from: string; to: string }) =>
  `${API_BASE}/privacy/access-report.xlsx${queryString({ ...range, locale: currentLocale() })}`;
export const consentsXlsx = () => `${API_BASE}/privacy/consents/export.xlsx${queryString({ locale: currentLocale() })}`;
