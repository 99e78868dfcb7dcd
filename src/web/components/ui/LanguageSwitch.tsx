import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isLocale, languageName } from '../../lib/i18n';
import { useChangeLanguage, useLocale } from '../../lib/locale';

/** 中文 / English: always visible in the header (and on the login page). */
export function LanguageSwitch({ size = 'xs' }: { size?: 'xs' | 'sm' }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const change = useChangeLanguage();
  return (
    <SegmentedControl
      size={size}
      radius="xl"
      aria-label={t('common.language')}
      value={locale}
      onChange={(value) => {
        if (isLocale(value)) void change(value);
      }}
      data={[
        { value: 'zh-TW', label: <span lang="zh-Hant-TW">{languageName('zh-TW')}</span> },
        { value: 'en', label: <span lang="en">{languageName('en')}</span> },
      ]}
    />
  );
}
