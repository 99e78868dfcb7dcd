import { api, setCsrfToken } from '#web/lib/api';
import { queryClient } from '#web/lib/query';
import { meQuery } from '#web/lib/session';

/** Signs out; after a sign-in through a provider that can end its session too, returns where to go. */
export async function logout(): Promise<string | undefined> {
  try {
    const res = await api.post<{ ok: true; providerLogoutUrl?: string }>('/auth/logout');
    return res.providerLogoutUrl;
  } finally {
    setCsrfToken(null);
    queryClient.clear();
  }
}

/** Asks for a reset link; the answer is the same whether the e-mail has an account or not. */
export async function forgotPassword(email: string) {
  await api.post('/auth/forgot-password', { email });
}

/** Sets the password with a one-time link's token; the server signs the user in. */
export async function setPasswordWithToken(token: string, password: string) {
  await api.post('/auth/set-password', { token, password });
  queryClient.removeQueries();
  return queryClient.fetchQuery(meQuery);
}
