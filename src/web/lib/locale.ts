import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '#shared/roles';
import type { Me } from '#shared/schemas/auth';
import { api } from './api';
import { currentLocale, i18n } from './i18n';
import { notifyError } from './notify';
import { meQuery } from './session';

/** Switches the UI language; when signed in the choice is also saved to the user's profile. */
export function useChangeLanguage() {
  const queryClient = useQueryClient();
  return useCallback(
    async (locale: Locale) => {
      if (locale === currentLocale()) return;
      await i18n.changeLanguage(locale);
      const me = queryClient.getQueryData(meQuery.queryKey);
      if (!me) return;
      queryClient.setQueryData(meQuery.queryKey, (old: Me | undefined) => (old ? { ...old, locale } : old));
      try {
        await api.put('/auth/preferences', { locale });
      } catch (err) {
        notifyError(err);
      }
    },
    [queryClient],
  );
}

export function useLocale(): Locale {
  const { i18n: instance } = useTranslation();
  return instance.language === 'en' ? 'en' : 'zh-TW';
}
