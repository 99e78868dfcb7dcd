import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { plainValue } from '#web/lib/diff';
import { useUnitName } from '#web/lib/reference';

const FIELDS = ['code', 'nameZh', 'nameEn', 'kind', 'moeCode', 'programTypes', 'active'] as const;

/** Labels and readable values of a unit's fields (history, conflict notice). */
export function useUnitLabels() {
  const { t } = useTranslation();
  const unitName = useUnitName();
  const fieldLabel = useCallback(
    (key: string) => {
      if (key === 'parentId') return t('unitFields.parent');
      return (FIELDS as readonly string[]).includes(key) ? t(`unitFields.${key}`) : key;
    },
    [t],
  );
  const formatValue = useCallback(
    (key: string, value: unknown): string => {
      if (key === 'active') return value ? t('common.yes') : t('common.no');
      if (key === 'kind' && typeof value === 'string') return t(`unitKinds.${value}`);
      if (key === 'parentId') return typeof value === 'number' ? unitName(value) : '';
      if (key === 'programTypes' && Array.isArray(value)) return value.map((p) => t(`programTypes.${p}`)).join(', ');
      return plainValue(value);
    },
    [t, unitName],
  );
  return { fieldLabel, formatValue };
}
