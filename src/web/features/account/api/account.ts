import { useMutation } from '@tanstack/react-query';
import { api } from '#web/lib/api';

export function useChangePassword() {
  return useMutation({
    mutationFn: (body: { currentPassword: string; newPassword: string }) => api.post('/auth/password', body),
  });
}
