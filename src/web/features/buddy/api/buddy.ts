import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { BuddyWeights } from '#shared/buddy';
import type {
  BuddyRound,
  BuddyRoundCreate,
  BuddyRoundDetail,
  MeetingCreate,
  MyPair,
  PairFeedback,
  Profile,
  ProfileCreate,
  ProfileUpdate,
} from '#shared/schemas/buddy';
import { api } from '#web/lib/api';

const root = ['buddy'] as const;

export const useBuddyRounds = () =>
  useQuery({ queryKey: [...root, 'rounds'], queryFn: () => api.get<{ items: BuddyRound[] }>('/buddy-rounds') });
export const useBuddyRound = (id: number) =>
  useQuery({ queryKey: [...root, 'round', id], queryFn: () => api.get<BuddyRoundDetail>(`/buddy-rounds/${id}`) });
export const useMyPairs = () =>
  useQuery({ queryKey: [...root, 'mine'], queryFn: () => api.get<{ items: MyPair[] }>('/buddy/mine') });

function useChange<A>(fn: (args: A) => Promise<unknown>) {
  const qc = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => qc.invalidateQueries({ queryKey: root }) });
}

export const useCreateBuddyRound = () =>
  useChange((body: BuddyRoundCreate) => api.post<BuddyRoundDetail>('/buddy-rounds', body));
export const useAddProfile = () =>
  useChange(({ roundId, body }: { roundId: number; body: ProfileCreate }) =>
    api.post<Profile>(`/buddy-rounds/${roundId}/profiles`, body),
  );
export const useUpdateProfile = () =>
  useChange(({ id, body }: { id: number; body: ProfileUpdate }) => api.put<Profile>(`/buddy-profiles/${id}`, body));
export const usePropose = () =>
  useChange((r: { id: number; version: number }) =>
    api.post<BuddyRoundDetail>(`/buddy-rounds/${r.id}/propose`, { version: r.version }),
  );
export const useSetWeights = () =>
  useChange((r: { id: number; weights: BuddyWeights | null; version: number }) =>
    api.put<BuddyRoundDetail>(`/buddy-rounds/${r.id}/weights`, { weights: r.weights, version: r.version }),
  );
export const usePublish = () =>
  useChange((r: { id: number; version: number }) =>
    api.post<BuddyRoundDetail>(`/buddy-rounds/${r.id}/publish`, { version: r.version }),
  );
export const useAddPair = () =>
  useChange(({ roundId, internationalId, localId }: { roundId: number; internationalId: number; localId: number }) =>
    api.post(`/buddy-rounds/${roundId}/pairs`, { internationalId, localId }),
  );
export const useRemovePair = () => useChange((pairId: number) => api.delete(`/buddy-pairs/${pairId}`));
export const useFirstContact = () =>
  useChange(({ pairId, on }: { pairId: number; on: string }) =>
    api.post<MyPair>(`/buddy-pairs/${pairId}/first-contact`, { on }),
  );
export const useLogMeeting = () =>
  useChange(({ pairId, body }: { pairId: number; body: MeetingCreate }) =>
    api.post<MyPair>(`/buddy-pairs/${pairId}/meetings`, body),
  );
export const usePairFeedback = () =>
  useChange(({ pairId, body }: { pairId: number; body: PairFeedback }) =>
    api.post<MyPair>(`/buddy-pairs/${pairId}/feedback`, body),
  );
