import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  ContactsUpdate,
  CoordinatorView,
  LinkCreate,
  NominationAccept,
  NominationLink,
  NominationReject,
  NominationWindow,
  NomineeInput,
  PartnerNominations,
  PublicFactsheet,
  PublicFactsheetUpdate,
  StaffNomination,
  WindowInput,
} from '#shared/schemas/nominations';
import { api } from '#web/lib/api';

type Issued = NominationLink & { url: string };

/** The coordinator's page, by the secret in their link (no session). */
const coordinatorKey = (token: string) => ['nominations', 'coordinator', token] as const;
export const useCoordinatorView = (token: string) =>
  useQuery({
    queryKey: coordinatorKey(token),
    queryFn: () => api.get<CoordinatorView>(`/public/nominations/${encodeURIComponent(token)}`),
    retry: false,
  });

function useCoordinatorWrite<B, R>(token: string, send: (base: string, body: B) => Promise<R>) {
  const queryClient = useQueryClient();
  const base = `/public/nominations/${encodeURIComponent(token)}`;
  return useMutation({
    mutationFn: (body: B) => send(base, body),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: coordinatorKey(token) }),
  });
}
export const useNominate = (token: string) =>
  useCoordinatorWrite(token, (base, body: NomineeInput) => api.post<{ ok: true }>(`${base}/nominees`, body));
export const useUpdateContacts = (token: string) =>
  useCoordinatorWrite(token, (base, body: ContactsUpdate) => api.put<{ items: unknown[] }>(`${base}/contacts`, body));
export const useUpdateFactsheet = (token: string) =>
  useCoordinatorWrite(token, (base, body: PublicFactsheetUpdate) =>
    api.put<PublicFactsheet>(`${base}/factsheet`, body),
  );

/** Staff: one partner's links, nominations and places. */
const partnerKey = (partnerId: number) => ['nominations', 'partner', partnerId] as const;
export const usePartnerNominations = (partnerId: number | null) =>
  useQuery({
    queryKey: partnerKey(partnerId ?? 0),
    queryFn: () => api.get<PartnerNominations>(`/partners/${partnerId}/nominations`),
    enabled: partnerId !== null,
  });

function useStaffWrite<B, R>(partnerId: number, send: (body: B) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: partnerKey(partnerId) }),
  });
}
export const useCreateLink = (partnerId: number) =>
  useStaffWrite(partnerId, (body: LinkCreate) => api.post<Issued>(`/partners/${partnerId}/nomination-links`, body));
export const useRevokeLink = (partnerId: number) =>
  useStaffWrite(partnerId, (id: number) => api.post<NominationLink>(`/nomination-links/${id}/revoke`));
export const useResendLink = (partnerId: number) =>
  useStaffWrite(partnerId, (id: number) => api.post<Issued>(`/nomination-links/${id}/resend`));
export const useAcceptNomination = (partnerId: number) =>
  useStaffWrite(partnerId, ({ id, ...body }: NominationAccept & { id: number }) =>
    api.post<StaffNomination>(`/nominations/${id}/accept`, body),
  );
export const useRejectNomination = (partnerId: number) =>
  useStaffWrite(partnerId, ({ id, ...body }: NominationReject & { id: number }) =>
    api.post<StaffNomination>(`/nominations/${id}/reject`, body),
  );

/** Staff: the nomination windows (every partner nominates in the same ones). */
const windowsKey = ['nominations', 'windows'] as const;
export const useNominationWindows = () =>
  useQuery({
    queryKey: windowsKey,
    queryFn: () => api.get<{ items: NominationWindow[] }>('/nomination-windows'),
  });
export function useCreateWindow() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: WindowInput) => api.post<NominationWindow>('/nomination-windows', body),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['nominations'] }),
  });
}
