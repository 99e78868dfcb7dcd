import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { plainValue } from '#web/lib/diff';
import { useFormat } from '#web/lib/format';
import { useUnitName } from '#web/lib/reference';

const FIELD_KEYS: Record<string, string> = { owningUnitId: 'owningUnit' };
const KNOWN = new Set([
  'id',
  'code',
  'nameZh',
  'nameEn',
  'country',
  'region',
  'city',
  'cityZh',
  'website',
  'schac',
  'type',
  'status',
  'owningUnit',
  'notes',
  'contacts',
  'updatedAt',
  'createdAt',
  'archivedAt',
]);

/** Labels and readable values of a partner's fields (for the history and the conflict notice). */
export function usePartnerLabels() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const unitName = useUnitName();
  const fieldLabel = useCallback(
    (key: string) => {
      const k = FIELD_KEYS[key] ?? key;
      return KNOWN.has(k) ? t(`partnerFields.${k}`) : key;
    },
    [t],
  );
  const formatValue = useCallback(
    (key: string, value: unknown): string => {
      if (value === null || value === undefined || value === '') return '—';
      switch (key) {
        case 'type':
          return t(`partnerTypes.${String(value)}`);
        case 'status':
          return t(`partnerStatuses.${String(value)}`);
        case 'region':
          return t(`regions.${String(value)}`);
        case 'country':
          return fmt.country(String(value));
        case 'owningUnitId':
          return unitName(Number(value));
        case 'archivedAt':
          return fmt.dateTime(String(value));
        case 'contacts':
          return Array.isArray(value)
            ? value
                .map((c: { name?: string; email?: string | null }) => [c.name, c.email].filter(Boolean).join(' '))
                .join('; ') || '—'
            : plainValue(value);
        default:
          return plainValue(value);
      }
    },
    [t, fmt, unitName],
  );
  return { fieldLabel, formatValue };
}
