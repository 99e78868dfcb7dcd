import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Grouping } from '#shared/ministry';
import type { MinistryTable } from '#shared/reporting';
import type { CountryRow, CountryUpdate } from '#shared/schemas/countries';
import type { DrillDown } from '#shared/schemas/drilldown';
import type { CountingSettingsResult, CountingSettingsUpdate, MinistryTableResult } from '#shared/schemas/ministry';
import type { FilingCheck, FilingCreate, FilingProblem, MinistryFiling } from '#shared/schemas/ministry-filing';
import { API_BASE, api, queryString } from '#web/lib/api';

/** What a table is computed for: a reporting period, or explicit dates (with a reference date). */
export type TableQuery = { periodId?: number; from?: string; to?: string; referenceDate?: string; grouping?: Grouping };
export type PeriodOption = {
  id: number;
  kind: string;
  nameZh: string;
  nameEn: string;
  coversFrom: string;
  coversTo: string;
  referenceDate: string | null;
  opensOn: string;
  closesOn: string;
  projection: boolean;
};

export const ministryKeys = {
  periods: ['ministry', 'periods'] as const,
  table: (table: MinistryTable, q: TableQuery) => ['ministry', 'table', table, q] as const,
  cell: (table: MinistryTable, q: TableQuery, cell: string, page: number) =>
    ['ministry', 'cell', table, q, cell, page] as const,
  settings: ['ministry', 'settings'] as const,
};

/** Custom dates the page can already tell are wrong (ISO dates compare as text): the field and why. */
export const rangeProblem = (q: TableQuery): 'to' | null =>
  !q.periodId && q.from && q.to && q.to < q.from ? 'to' : null;
/** A period, or both dates in order: only then are the tables (and the xlsx) asked for. */
export const ready = (q: TableQuery) => Boolean(q.periodId || (q.from && q.to && !rangeProblem(q)));

export function usePeriodOptions() {
  return useQuery({
    queryKey: ministryKeys.periods,
    queryFn: () => api.get<{ items: PeriodOption[]; defaultId: number | null }>('/reports/ministry/periods'),
  });
}

export function useFilingCheck(periodId: number | undefined) {
  return useQuery({
    queryKey: ['ministry', 'check', periodId] as const,
    queryFn: () => api.get<FilingCheck>('/reports/ministry/checks', { periodId }),
    enabled: Boolean(periodId),
  });
}

export function useFileMinistry() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: FilingCreate) => api.post<MinistryFiling>('/reports/ministry/filings', body),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['ministry', 'check'] }),
  });
}

export function useMinistryTable(table: MinistryTable, q: TableQuery) {
  return useQuery({
    queryKey: ministryKeys.table(table, q),
    queryFn: () => api.get<MinistryTableResult>(`/reports/ministry/${table}`, q),
    enabled: ready(q),
    placeholderData: keepPreviousData,
  });
}

export const CELL_PAGE_SIZE = 25;

export function useMinistryCell(table: MinistryTable, q: TableQuery, cell: string | null, page: number) {
  return useQuery({
    queryKey: ministryKeys.cell(table, q, cell ?? '', page),
    queryFn: () =>
      api.get<DrillDown>(`/reports/ministry/${table}/cells`, { ...q, cell, page, pageSize: CELL_PAGE_SIZE }),
    enabled: Boolean(cell) && ready(q),
    placeholderData: keepPreviousData,
  });
}

/** The workbook of every table (always in Chinese, like the Ministry's templates). */
export const exportUrl = (q: TableQuery & { filingId?: number }) => {
  const { grouping: _g, ...rest } = q;
  return `${API_BASE}/reports/ministry/export.xlsx${queryString(rest)}`;
};

export function useCountingSettings() {
  return useQuery({
    queryKey: ministryKeys.settings,
    queryFn: () => api.get<CountingSettingsResult>('/reports/settings'),
  });
}

export function useSaveSettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CountingSettingsUpdate) => api.put<CountingSettingsResult>('/reports/settings', body),
    onSuccess: (data) => {
      client.setQueryData(ministryKeys.settings, data);
      void client.invalidateQueries({ queryKey: ['ministry', 'table'] });
      void client.invalidateQueries({ queryKey: ['ministry', 'cell'] });
    },
  });
}

export function useCountries() {
  return useQuery({
    queryKey: ['reference', 'country-regions', 'full'] as const,
    queryFn: () => api.get<{ items: CountryRow[] }>('/country-regions').then((r) => r.items),
  });
}

export function useSaveCountry() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ country, ...body }: CountryUpdate & { country: string }) =>
      api.put<CountryRow>(`/country-regions/${country}`, body),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['reference', 'country-regions'] }),
  });
}

export function useIdentityCheck() {
  return useQuery({
    queryKey: ['ministry', 'identity'] as const,
    queryFn: () => api.get<{ items: FilingProblem[] }>('/reports/ministry/identity-check'),
  });
}
