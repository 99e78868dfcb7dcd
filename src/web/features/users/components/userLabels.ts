import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoleAssignment } from '#shared/schemas/auth';
import { plainValue } from '#web/lib/diff';
import { languageName } from '#web/lib/i18n';
import { useUnitName } from '#web/lib/reference';

/** Labels and readable values of a user's fields (history, conflict notice). */
export function useUserLabels() {
  const { t } = useTranslation();
  const unitName = useUnitName();
  const fieldLabel = useCallback(
    (key: string) => {
      switch (key) {
        case 'email':
          return t('users.fields.email');
        case 'nameZh':
          return t('users.fields.nameZh');
        case 'nameEn':
          return t('users.fields.nameEn');
        case 'locale':
          return t('users.fields.locale');
        case 'active':
          return t('users.fields.active');
        case 'roles':
          return t('users.form.roles');
        case 'personId':
          return t('users.fields.person');
        default:
          return key;
      }
    },
    [t],
  );
  const formatValue = useCallback(
    (key: string, value: unknown): string => {
      if (key === 'active') return value ? t('common.yes') : t('common.no');
      if (key === 'locale') return languageName(value === 'en' ? 'en' : 'zh-TW');
      if (key === 'roles' && Array.isArray(value))
        return (value as RoleAssignment[]).map((r) => `${t(`roles.${r.role}`)} · ${unitName(r.unitId)}`).join('; ');
      return plainValue(value);
    },
    [t, unitName],
  );
  return { fieldLabel, formatValue };
}
