import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AuditEntry } from '#shared/schemas/audit';
import type {
  AccessLogEntry,
  Person,
  PersonCreate,
  PersonSummary,
  PersonUpdate,
  PiiField,
  RevealResult,
} from '#shared/schemas/people';
import { API_BASE, api, type Page, queryString } from '#web/lib/api';
import { currentLocale } from '#web/lib/i18n';
import { type PageAt, pageParams } from '#web/lib/keysetPaging';
import type { PeopleSearch } from '../search';

export const PAGE_SIZE = 25;

/** The list query the API takes for the URL's filters (the same one the export uses). */
export function listQuery(search: PeopleSearch) {
  return {
    q: search.q,
    kind: search.kind,
    unitId: search.unitId,
    nationality: search.nationality,
    origin: search.origin,
    degreeLevel: search.degreeLevel,
    archived: search.archived,
    sort: search.sort,
    order: search.order,
  };
}

export const peopleKeys = {
  all: ['people'] as const,
  // The server sorts names in the reader's language, so the language is part of the key.
  list: (search: PeopleSearch) => ['people', 'list', currentLocale(), search] as const,
  detail: (id: number) => ['people', 'detail', id] as const,
  history: (id: number) => ['people', 'history', id] as const,
  accessLog: (id: number) => ['people', 'access-log', id] as const,
  accessLogPage: (id: number, at: PageAt) => ['people', 'access-log', id, at] as const,
};

export function usePeople(search: PeopleSearch) {
  return useQuery({
    queryKey: peopleKeys.list(search),
    queryFn: () =>
      api.get<Page<PersonSummary>>('/people', {
        ...listQuery(search),
        page: search.page ?? 1,
        pageSize: PAGE_SIZE,
        cursor: search.cursor,
        count: search.count,
      }),
    placeholderData: keepPreviousData,
  });
}

/** A download link cannot send the x-locale header, so the language travels in the query. */
export const exportUrl = (search: PeopleSearch, includePersonalData = false) =>
  `${API_BASE}/people/export.xlsx${queryString({
    ...listQuery(search),
    includePersonalData: includePersonalData ? 'true' : undefined,
    locale: currentLocale(),
  })}`;

export const personQuery = (id: number) =>
  queryOptions({ queryKey: peopleKeys.detail(id), queryFn: () => api.get<Person>(`/people/${id}`) });

export function usePerson(id: number) {
  return useQuery(personQuery(id));
}

export function usePersonHistory(id: number) {
  return useQuery({
    queryKey: peopleKeys.history(id),
    queryFn: () => api.get<Page<AuditEntry>>(`/people/${id}/history`),
  });
}

export const ACCESS_LOG_PAGE_SIZE = 50;

/** One page of a person's access log, newest first (keyset-paged, ADR 0035). */
export function useAccessLog(id: number, at: PageAt) {
  return useQuery({
    queryKey: peopleKeys.accessLogPage(id, at),
    queryFn: () =>
      api.get<Page<AccessLogEntry>>(`/people/${id}/access-log`, { ...pageParams(at), pageSize: ACCESS_LOG_PAGE_SIZE }),
    placeholderData: keepPreviousData,
  });
}

/** Reveals one number; the server logs the access, so the access log is refreshed too. */
export function useReveal(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (field: PiiField) => api.post<RevealResult>(`/people/${id}/reveal`, { field }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: peopleKeys.accessLog(id) }),
  });
}

function useSaved() {
  const queryClient = useQueryClient();
  return (person: Person) => {
    queryClient.setQueryData(peopleKeys.detail(person.id), person);
    void queryClient.invalidateQueries({ queryKey: peopleKeys.all });
  };
}

export function useCreatePerson() {
  const saved = useSaved();
  return useMutation({
    mutationFn: (body: PersonCreate) => api.post<Person>('/people', body),
    onSuccess: saved,
  });
}

export function useUpdatePerson(id: number) {
  const saved = useSaved();
  return useMutation({
    mutationFn: (body: PersonUpdate) => api.put<Person>(`/people/${id}`, body),
    onSuccess: saved,
  });
}

export function useArchivePerson(id: number) {
  const saved = useSaved();
  return useMutation({
    mutationFn: ({ archived, version }: { archived: boolean; version: number }) =>
      api.post<Person>(`/people/${id}/${archived ? 'archive' : 'restore'}`, { version }),
    onSuccess: saved,
  });
}
