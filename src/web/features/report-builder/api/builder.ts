import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ReportEntity } from '#shared/reporting';
import type { BuilderFilter, BuilderResult, SavedReport, SavedReportCreate } from '#shared/schemas/report-builder';
import { API_BASE, ApiRequestError, api } from '#web/lib/api';
import { currentLocale } from '#web/lib/i18n';

/** What the page edits: the definition the server runs, exports and saves. */
export type Definition = { entity: ReportEntity; filters: BuilderFilter[]; columns: string[]; groupBy: string[] };

export const PAGE_SIZE = 25;

export function useReportRun(definition: Definition, page: number) {
  return useQuery({
    queryKey: ['report-builder', 'run', currentLocale(), definition, page],
    queryFn: () => api.post<BuilderResult>('/reports/builder/run', { ...definition, page, pageSize: PAGE_SIZE }),
    placeholderData: keepPreviousData,
  });
}

/**
 * The xlsx of the definition (rows or counts): a POST (a link cannot carry the definition), so the file
 * is fetched with the session's CSRF token and handed to the browser as a download.
 */
export async function downloadReport(definition: Definition, part: 'rows' | 'groups', csrfToken: string) {
  const res = await fetch(`${API_BASE}/reports/builder/export.xlsx`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-locale': currentLocale(), 'x-csrf-token': csrfToken },
    body: JSON.stringify({ ...definition, part }),
    credentials: 'same-origin',
  });
  if (!res.ok) {
    const body = await res.json().catch(() => null);
    throw new ApiRequestError(res.status, body?.error ?? { code: 'INTERNAL', message: res.statusText });
  }
  const name = /filename\*=UTF-8''([^;]+)/.exec(res.headers.get('content-disposition') ?? '')?.[1];
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = name ? decodeURIComponent(name) : 'report.xlsx';
  a.click();
  URL.revokeObjectURL(url);
}

const savedKey = ['report-builder', 'saved'] as const;

export function useSavedReports() {
  return useQuery({ queryKey: savedKey, queryFn: () => api.get<{ items: SavedReport[] }>('/reports/saved') });
}

function useSavedWrite<B, R>(send: (body: B) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: send, onSuccess: () => void queryClient.invalidateQueries({ queryKey: savedKey }) });
}

export const useCreateSaved = () =>
  useSavedWrite((body: SavedReportCreate) => api.post<SavedReport>('/reports/saved', body));
export const useUpdateSaved = () =>
  useSavedWrite(({ id, ...body }: SavedReportCreate & { id: number; version: number }) =>
    api.put<SavedReport>(`/reports/saved/${id}`, body),
  );
export const useDeleteSaved = () =>
  useSavedWrite(({ id, version }: { id: number; version: number }) =>
    api.delete<{ ok: true }>(`/reports/saved/${id}?version=${version}`),
  );
