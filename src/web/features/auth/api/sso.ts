import { queryOptions, useQuery } from '@tanstack/react-query';
import type { LoginOptions } from '#shared/schemas/sso';
import { api } from '#web/lib/api';

/** The sign-in providers the login page offers (public; a short list that rarely changes). */
export const loginOptionsQuery = queryOptions({
  queryKey: ['sso-providers'],
  queryFn: () => api.get<LoginOptions>('/sso/providers'),
  staleTime: 5 * 60_000,
});

export const useLoginOptions = () => useQuery(loginOptionsQuery);
