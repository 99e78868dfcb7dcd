import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LOCALES } from '#shared/roles';
import { languageName, languageTag } from '#web/lib/i18n';
import { useChangeLanguage, useLocale } from '#web/lib/locale';

/** 繁體中文 / English: always visible in the header (and on the login page); the current one is "pressed". */
export function LanguageSwitch({ size = 'xs' }: { size?: 'xs' | 'sm' }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const change = useChangeLanguage();
  return (
    <Group gap={0} role="group" aria-label={t('common.language')} wrap="nowrap">
      {LOCALES.map((l, i) => (
        <Button
          key={l}
          size={size}
          lang={languageTag(l)}
          variant={l === locale ? 'filled' : 'default'}
          aria-pressed={l === locale}
          onClick={() => void change(l)}
          px={8}
          style={{
            borderStartStartRadius: i === 0 ? undefined : 0,
            borderEndStartRadius: i === 0 ? undefined : 0,
            borderStartEndRadius: i === LOCALES.length - 1 ? undefined : 0,
            borderEndEndRadius: i === LOCALES.length - 1 ? undefined : 0,
          }}
        >
          {languageName(l)}
        </Button>
      ))}
    </Group>
  );
}
