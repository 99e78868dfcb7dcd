import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  Factsheet,
  FactsheetUpdate,
  PartnerAgreements,
  Place,
  PlaceCreate,
  PlaceUpdate,
} from '#shared/schemas/agreements';
import { api } from '#web/lib/api';
import { currentLocale } from '#web/lib/i18n';
import { agreementKeys } from './agreements';

/** Exchange places of an agreement, and a partner's agreements, places and factsheet (partner page). */
export const placeKeys = {
  list: (agreementId: number) => ['agreements', 'places', agreementId] as const,
  partner: (partnerId: number) => ['agreements', 'partner', currentLocale(), partnerId] as const,
  factsheet: (partnerId: number) => ['agreements', 'factsheet', partnerId] as const,
};

export function usePlaces(agreementId: number) {
  return useQuery({
    queryKey: placeKeys.list(agreementId),
    queryFn: () => api.get<{ items: Place[] }>(`/agreements/${agreementId}/places`).then((r) => r.items),
  });
}

/** Places changed: this agreement's places and history, and partner pages, read again. */
function usePlacesChanged(agreementId: number) {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: placeKeys.list(agreementId) });
    void queryClient.invalidateQueries({ queryKey: agreementKeys.history(agreementId) });
    void queryClient.invalidateQueries({ queryKey: ['agreements', 'partner'] });
  };
}

export function useSavePlace(agreementId: number) {
  const changed = usePlacesChanged(agreementId);
  return useMutation({
    mutationFn: ({ placeId, body }: { placeId: number | null; body: PlaceCreate | PlaceUpdate }) =>
      placeId === null
        ? api.post<Place>(`/agreements/${agreementId}/places`, body)
        : api.put<Place>(`/agreements/${agreementId}/places/${placeId}`, body),
    onSuccess: changed,
    // A 409 (someone changed the row meanwhile) shows in the form; the table reads the current rows again.
    onError: changed,
  });
}

export function useRemovePlace(agreementId: number) {
  const changed = usePlacesChanged(agreementId);
  return useMutation({
    mutationFn: (place: Place) =>
      api.post<unknown>(`/agreements/${agreementId}/places/${place.id}/remove`, { version: place.version }),
    onSuccess: changed,
  });
}

/** Records a nomination against a row of places; the server refuses more than remain (over_allocation). */
export function useRecordUsage(agreementId: number) {
  const changed = usePlacesChanged(agreementId);
  return useMutation({
    mutationFn: ({ placeId, count, label }: { placeId: number; count: number; label: string }) =>
      api.post<unknown>(`/agreements/${agreementId}/places/${placeId}/usages`, { count, label }),
    onSuccess: changed,
  });
}

export function usePartnerAgreements(partnerId: number) {
  return useQuery({
    queryKey: placeKeys.partner(partnerId),
    queryFn: () => api.get<PartnerAgreements>(`/partners/${partnerId}/agreements`),
  });
}

/** A partner's factsheet; one nobody has written yet reads as empty with version 0 (saving it creates it). */
export function useFactsheet(partnerId: number) {
  return useQuery({
    queryKey: placeKeys.factsheet(partnerId),
    queryFn: () => api.get<Factsheet>(`/partners/${partnerId}/factsheet`),
  });
}

export function useSaveFactsheet(partnerId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: FactsheetUpdate) => api.put<Factsheet>(`/partners/${partnerId}/factsheet`, body),
    onSuccess: (factsheet) => queryClient.setQueryData(placeKeys.factsheet(partnerId), factsheet),
  });
}
