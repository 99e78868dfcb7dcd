import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { AuditEntry } from '#shared/schemas/audit';
import type { User } from '#shared/schemas/users';
import { api, type Page } from '#web/lib/api';
import type { AuditSearch } from '../search';

export const PAGE_SIZE = 50;

export function useAuditLog(search: AuditSearch) {
  return useQuery({
    queryKey: ['audit', search],
    queryFn: () => api.get<Page<AuditEntry>>('/audit', { ...search, pageSize: PAGE_SIZE }),
    placeholderData: keepPreviousData,
  });
}

/** Accounts to pick an actor from (only for those who may list users; others filter by clicking an actor). */
export function useActors(enabled: boolean) {
  return useQuery({
    queryKey: ['audit', 'actors'],
    queryFn: () => api.get<Page<User>>('/users', { pageSize: 200 }).then((r) => r.items),
    enabled,
    staleTime: 5 * 60_000,
  });
}
