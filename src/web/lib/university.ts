import { queryOptions, useQuery } from '@tanstack/react-query';
import type { University } from '#shared/schemas/university';
import { api } from './api';
import { takeFirstData } from './first-data';
import { currentLocale } from './i18n';

/** The university's own details (public: the sign-in page shows the name and logo too). */
export const universityQuery = queryOptions({
  queryKey: ['university'],
  queryFn: () => api.get<University>('/university'),
  initialData: () => takeFirstData('university'),
  staleTime: 30 * 60_000,
});

export function useUniversity() {
  return useQuery(universityQuery);
}

/** The university's name in the current language (the other one when that is empty). */
export function universityName(u: Pick<University, 'nameZh' | 'nameEn'> | undefined): string {
  if (!u) return '';
  return currentLocale() === 'en' ? u.nameEn || u.nameZh : u.nameZh || u.nameEn;
}
