import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Me } from '#shared/schemas/auth';
import { api, setCsrfToken } from './api';
import { takeFirstData } from './first-data';

/** The signed-in user (401 when nobody is); also hands the session's CSRF token to the API client. */
export const meQuery = queryOptions({
  queryKey: ['auth', 'me'],
  queryFn: async () => {
    const me = await api.get<Me>('/auth/me');
    setCsrfToken(me.csrfToken);
    return me;
  },
  // Sent inside the page when there is a session (lib/first-data.ts): no round trip before the first page.
  initialData: () => {
    const me = takeFirstData('me');
    if (me) setCsrfToken(me.csrfToken);
    return me;
  },
  staleTime: 5 * 60_000,
  retry: false,
});

export function useMe(): Me | undefined {
  return useQuery(meQuery).data;
}

/** May the user do this at all (on at least some records)? Drives which links and buttons are shown. */
export function can(me: Me | undefined, resource: string, action: string): boolean {
  return me?.capabilities[resource]?.[action] === true;
}

export function useCan(resource: string, action: string): boolean {
  return can(useMe(), resource, action);
}
