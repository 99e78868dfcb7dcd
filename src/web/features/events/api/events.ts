import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  Event,
  EventCreate,
  EventSummary,
  EventUpdate,
  PublicEvent,
  PublicRegistrationCreate,
  RegistrationCreate,
} from '#shared/schemas/events';
import type { PeopleUpdate } from '#shared/schemas/visits';
import { api, type Page } from '#web/lib/api';
import { type PageAt, pageParams } from '#web/lib/keysetPaging';

export const PAGE_SIZE = 25;

export const eventKeys = {
  all: ['events'] as const,
  list: (at: PageAt) => ['events', 'list', at] as const,
  detail: (id: number) => ['events', 'detail', id] as const,
};

export const useEvents = (at: PageAt) =>
  useQuery({
    queryKey: eventKeys.list(at),
    queryFn: () => api.get<Page<EventSummary>>('/events', { ...pageParams(at), pageSize: PAGE_SIZE }),
    placeholderData: keepPreviousData,
  });

export const eventQuery = (id: number) =>
  queryOptions({ queryKey: eventKeys.detail(id), queryFn: () => api.get<Event>(`/events/${id}`) });
export const useEvent = (id: number) => useQuery(eventQuery(id));

/** After any write: the answer replaces the cached record; lists refresh. */
function useWrite<B>(send: (body: B) => Promise<Event>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (e) => {
      queryClient.setQueryData(eventKeys.detail(e.id), e);
      void queryClient.invalidateQueries({ queryKey: eventKeys.all });
    },
  });
}

export const useCreateEvent = () => useWrite((body: Partial<EventCreate>) => api.post<Event>('/events', body));
export const useUpdateEvent = (id: number) => useWrite((body: EventUpdate) => api.put<Event>(`/events/${id}`, body));
/** Speakers, guests, staff and assistants on duty, replaced whole at the version read. */
export const useSetEventPeople = (id: number) =>
  useWrite((body: PeopleUpdate) => api.put<Event>(`/events/${id}/people`, body));
export const useRegister = (id: number) =>
  useWrite((body: RegistrationCreate) => api.post<Event>(`/events/${id}/registrations`, body));

export const useArchiveEvent = (id: number) =>
  useWrite(({ archived, version }: { archived: boolean; version: number }) =>
    api.post<Event>(`/events/${id}/${archived ? 'archive' : 'restore'}`, { version }),
  );

/** The public events not yet over (signed-out: the registration page finds its event among them). */
export const usePublicEvents = () =>
  useQuery({ queryKey: ['events', 'public'], queryFn: () => api.get<PublicEvent[]>('/public/events') });
export const registerPublic = (id: number, body: PublicRegistrationCreate) =>
  api.post<{ ok: true }>(`/public/events/${id}/registrations`, body);

/** The record as an update body: every field the form does not change is sent back as it was. */
export function toUpdate(e: Event, changes: Partial<EventUpdate> = {}): EventUpdate {
  return {
    kind: e.kind,
    unitId: e.unitId,
    titleZh: e.titleZh,
    titleEn: e.titleEn,
    startDate: e.startDate,
    endDate: e.endDate,
    venue: e.venue,
    language: e.language,
    budget: e.budget,
    isPublic: e.isPublic,
    participants: e.participants,
    foreignParticipants: e.foreignParticipants,
    programme: e.programme,
    people: e.people,
    checklist: e.checklist,
    photosUrl: e.photosUrl,
    newsZh: e.newsZh,
    newsEn: e.newsEn,
    version: e.version,
    ...changes,
  };
}
