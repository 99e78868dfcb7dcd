import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { APPLICANT_TOKEN_HEADER } from '#shared/admissions';
import type { AdmissionApplication, AdmissionRound } from '#shared/schemas/admissions';
import { apiWithHeaders, downloadFile } from '#web/lib/api';
import { currentLocale } from '#web/lib/i18n';

/**
 * The applicant's API: their session token lives in this tab's sessionStorage (closing the tab signs
 * them out) and goes in a header, never a cookie, so the staff app's session and CSRF are not involved.
 */
const KEY = 'meridian.applicant';
type Session = { token: string; email: string; expiresAt: string };

export function session(): Session | null {
  try {
    const s = JSON.parse(sessionStorage.getItem(KEY) ?? 'null') as Session | null;
    return s && new Date(s.expiresAt) > new Date() ? s : null;
  } catch {
    return null;
  }
}
export const signOut = () => sessionStorage.removeItem(KEY);
const client = () => apiWithHeaders({ [APPLICANT_TOKEN_HEADER]: session()?.token ?? '' });
const BASE = '/public/admissions';

export const requestCode = (email: string, website: string) =>
  client().post<{ ok: true }>(`${BASE}/code`, { email, locale: currentLocale(), website: website || undefined });
export async function verify(email: string, code: string) {
  const s = await client().post<Session>(`${BASE}/session`, { email, code });
  sessionStorage.setItem(KEY, JSON.stringify(s));
  return s;
}

export const useOpenRounds = () =>
  useQuery({
    queryKey: ['portal', 'rounds'],
    queryFn: () => client().get<{ items: AdmissionRound[] }>(`${BASE}/rounds`),
  });
export const useMyApplications = (enabled: boolean) =>
  useQuery({
    queryKey: ['portal', 'mine'],
    enabled,
    queryFn: () => client().get<{ items: AdmissionApplication[] }>(`${BASE}/applications`),
  });
export const useMyApplication = (id: number) =>
  useQuery({
    queryKey: ['portal', 'app', id],
    queryFn: () => client().get<AdmissionApplication>(`${BASE}/applications/${id}`),
  });

export const startApplication = (roundId: number, programId: number | null) =>
  client().post<AdmissionApplication>(`${BASE}/applications`, { roundId, programId });

/** Save, upload, submit, respond: each answers the application as it now is. */
export function useApplicationWrite(id: number) {
  const qc = useQueryClient();
  const done = (app: AdmissionApplication) => qc.setQueryData(['portal', 'app', id], app);
  const path = `${BASE}/applications/${id}`;
  return {
    save: useMutation({
      mutationFn: (body: object) => client().put<AdmissionApplication>(path, body),
      onSuccess: done,
    }),
    upload: useMutation({
      mutationFn: ({ code, file }: { code: string; file: File }) => {
        const form = new FormData();
        form.append('code', code);
        form.append('file', file);
        return client().upload<AdmissionApplication>(`${path}/documents`, form);
      },
      onSuccess: done,
    }),
    submit: useMutation({
      mutationFn: (version: number) => client().post<AdmissionApplication>(`${path}/submit`, { version }),
      onSuccess: done,
    }),
    withdraw: useMutation({
      mutationFn: (version: number) => client().post<AdmissionApplication>(`${path}/withdraw`, { version }),
      onSuccess: done,
    }),
    respond: useMutation({
      mutationFn: (body: { accept: boolean; version: number }) =>
        client().post<AdmissionApplication>(`${path}/response`, body),
      onSuccess: done,
    }),
  };
}

export const downloadLetter = (id: number) =>
  downloadFile(`/api/v1${BASE}/applications/${id}/letter.pdf`, { [APPLICANT_TOKEN_HEADER]: session()?.token ?? '' });
