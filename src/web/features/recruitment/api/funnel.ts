import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Funnel, FunnelQuery } from '#shared/schemas/recruitment';
import { API_BASE, api, queryString } from '#web/lib/api';

export const useFunnel = (q: FunnelQuery) =>
  useQuery({
    queryKey: ['recruitment', 'funnel', q],
    queryFn: () => api.get<Funnel>('/recruitment/funnel', q),
    placeholderData: keepPreviousData,
  });

/** The same table as a workbook (its headings in the reader's language: the request carries it). */
export const funnelXlsxUrl = (q: FunnelQuery) => `${API_BASE}/recruitment/funnel.xlsx${queryString(q)}`;
