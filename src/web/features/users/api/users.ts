import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AuditEntry } from '#shared/schemas/audit';
import type { User, UserCreate, UserUpdate } from '#shared/schemas/users';
import { api, type Page } from '#web/lib/api';
import type { UserSearch } from '../search';

export const PAGE_SIZE = 25;

export const userKeys = {
  all: ['users'] as const,
  list: (search: UserSearch) => ['users', 'list', search] as const,
  detail: (id: number) => ['users', 'detail', id] as const,
  history: (id: number) => ['users', 'history', id] as const,
};

export function useUsers(search: UserSearch) {
  return useQuery({
    queryKey: userKeys.list(search),
    queryFn: () => api.get<Page<User>>('/users', { ...search, pageSize: PAGE_SIZE }),
    placeholderData: keepPreviousData,
  });
}

export const userQuery = (id: number) =>
  queryOptions({ queryKey: userKeys.detail(id), queryFn: () => api.get<User>(`/users/${id}`) });

export function useUser(id: number) {
  return useQuery(userQuery(id));
}

export function useUserHistory(id: number) {
  return useQuery({
    queryKey: userKeys.history(id),
    queryFn: () => api.get<Page<AuditEntry>>(`/users/${id}/history`),
  });
}

function useSaved() {
  const queryClient = useQueryClient();
  return (user: User) => {
    queryClient.setQueryData(userKeys.detail(user.id), user);
    void queryClient.invalidateQueries({ queryKey: userKeys.all });
  };
}

export function useCreateUser() {
  const saved = useSaved();
  return useMutation({ mutationFn: (body: UserCreate) => api.post<User>('/users', body), onSuccess: saved });
}

export function useUpdateUser(id: number) {
  const saved = useSaved();
  return useMutation({ mutationFn: (body: UserUpdate) => api.put<User>(`/users/${id}`, body), onSuccess: saved });
}

/** Mails the user a new invitation link to set their password. */
export function useInviteUser(id: number) {
  const saved = useSaved();
  return useMutation({ mutationFn: () => api.post<User>(`/users/${id}/invite`), onSuccess: saved });
}
