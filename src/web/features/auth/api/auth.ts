import { api, setCsrfToken } from '../../../lib/api';
import { queryClient } from '../../../lib/query';
import { meQuery } from '../../../lib/session';

export async function login(email: string, password: string) {
  await api.post('/auth/login', { email, password });
  queryClient.removeQueries();
  return queryClient.fetchQuery(meQuery);
}

export async function logout() {
  try {
    await api.post('/auth/logout');
  } finally {
    setCsrfToken(null);
    queryClient.clear();
  }
}
