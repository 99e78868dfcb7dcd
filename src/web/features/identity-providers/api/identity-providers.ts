import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  ProviderDetail,
  ProviderInput,
  ProviderList,
  ProviderUpdate,
  SignInSettings,
  SignInSettingsUpdate,
} from '#shared/schemas/sso';
import { api } from '#web/lib/api';

const providersKey = ['identity-providers'] as const;
const settingsKey = ['sign-in-settings'] as const;

export const useProviders = () =>
  useQuery({ queryKey: providersKey, queryFn: () => api.get<ProviderList>('/identity-providers') });

export const useSignInSettings = () =>
  useQuery({ queryKey: settingsKey, queryFn: () => api.get<SignInSettings>('/sign-in-settings') });

/** Creates a provider, or updates it when it has an id; the login page's buttons follow. */
export function useSaveProvider() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: number | null; body: ProviderInput | ProviderUpdate }) =>
      id === null
        ? api.post<ProviderDetail>('/identity-providers', body)
        : api.put<ProviderDetail>(`/identity-providers/${id}`, body),
    onSettled: () =>
      Promise.all([
        qc.invalidateQueries({ queryKey: providersKey }),
        qc.invalidateQueries({ queryKey: ['sso-providers'] }),
      ]),
  });
}

export function useSaveSignInSettings() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: SignInSettingsUpdate) => api.put<SignInSettings>('/sign-in-settings', body),
    onSuccess: (s) => qc.setQueryData(settingsKey, s),
  });
}
