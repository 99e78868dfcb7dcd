import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ApplicationSummary, CallSummary } from '#shared/schemas/calls';
import type { HomeTodos } from '#shared/schemas/home';
import type { MobilitySummary } from '#shared/schemas/mobility';
import { api } from '#web/lib/api';

interface Page<T> {
  items: T[];
  total: number;
}

/** A student's home reads the same lists the calls and mobility pages do (the server scopes them to the student). */
export function useOpenCalls() {
  return useQuery({
    queryKey: ['home', 'open-calls'],
    queryFn: () => api.get<Page<CallSummary>>('/calls', { status: 'open', pageSize: 20 }),
  });
}

export function useMyApplications() {
  return useQuery({
    queryKey: ['home', 'my-applications'],
    queryFn: () => api.get<Page<ApplicationSummary>>('/applications', { pageSize: 20 }),
  });
}

export function useMyMobility() {
  return useQuery({
    queryKey: ['home', 'my-mobility'],
    queryFn: () => api.get<Page<MobilitySummary>>('/mobilities', { pageSize: 20 }),
  });
}

/** The signed-in user's own to-dos (staff and coordinators: what waits on them; a student: documents, next steps). */
export const homeTodosQuery = queryOptions({
  queryKey: ['home', 'todos'],
  queryFn: () => api.get<HomeTodos>('/home/todos'),
});

export function useHomeTodos() {
  return useQuery(homeTodosQuery);
}
