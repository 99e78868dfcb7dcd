import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  ApiToken,
  ApiTokenCreated,
  ApiTokenInput,
  Webhook,
  WebhookDelivery,
  WebhookInput,
  WebhookWithSecret,
} from '#shared/schemas/integrations';
import { api } from '#web/lib/api';

const tokensKey = ['api-tokens'] as const;
const hooksKey = ['webhooks'] as const;

export const useTokens = () =>
  useQuery({ queryKey: tokensKey, queryFn: () => api.get<{ items: ApiToken[] }>('/api-tokens') });

export const useWebhooks = () =>
  useQuery({ queryKey: hooksKey, queryFn: () => api.get<{ items: Webhook[] }>('/webhooks') });

export const useDeliveries = (id: number | null) =>
  useQuery({
    queryKey: [...hooksKey, id, 'deliveries'],
    queryFn: () => api.get<{ items: WebhookDelivery[] }>(`/webhooks/${id}/deliveries`),
    enabled: id !== null,
  });

function useWrite<A, T>(key: readonly unknown[], send: (a: A) => Promise<T>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: send, onSuccess: () => void queryClient.invalidateQueries({ queryKey: key }) });
}

export const useCreateToken = () =>
  useWrite(tokensKey, (body: Omit<ApiTokenInput, 'expiresOn'> & { expiresOn: string | null }) =>
    api.post<ApiTokenCreated>('/api-tokens', body),
  );
export const useRevokeToken = () => useWrite(tokensKey, (id: number) => api.post<ApiToken>(`/api-tokens/${id}/revoke`));
export const useCreateWebhook = () =>
  useWrite(hooksKey, (body: WebhookInput) => api.post<WebhookWithSecret>('/webhooks', body));
export const useUpdateWebhook = () =>
  useWrite(hooksKey, ({ id, ...body }: WebhookInput & { id: number; version: number }) =>
    api.put<Webhook>(`/webhooks/${id}`, body),
  );
export const useRedeliver = () =>
  useWrite(hooksKey, ({ id, deliveryId }: { id: number; deliveryId: number }) =>
    api.post<{ ok: true }>(`/webhooks/${id}/deliveries/${deliveryId}/redeliver`),
  );
