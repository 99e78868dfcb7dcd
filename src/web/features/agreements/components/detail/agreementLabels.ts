import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { plainValue } from '#web/lib/diff';
import { useFormat } from '#web/lib/format';
import { useUnitName } from '#web/lib/reference';
import { formatDay } from '../list/agreementDisplay';

/** Fields labelled by the shared catalog (`agreementFields.*`, also used by the export). */
const SHARED = new Set([
  'code',
  'partnerCode',
  'kind',
  'titleZh',
  'titleEn',
  'status',
  'partners',
  'startDate',
  'endDate',
  'openEnded',
  'autoRenew',
  'noticeMonths',
  'noticeDate',
  'hasSignedFile',
  'updatedAt',
]);
/** Fields only these pages label (`agreementsUi.fields.*`). */
const PAGE = new Set([
  'renewalTerms',
  'notes',
  'people',
  'files',
  'generation',
  'renewalOfId',
  'renewedById',
  'terminatedOn',
  'terminationReason',
  'archivedAt',
  'statusChangedAt',
  'createdAt',
]);
const DAYS = new Set(['startDate', 'endDate', 'noticeDate', 'terminatedOn']);
const TIMES = new Set(['archivedAt', 'statusChangedAt', 'createdAt', 'updatedAt']);

type Named = { name?: string; nameEn?: string; nameZh?: string | null; fileName?: string };

/** Labels and readable values of an agreement's fields (for the history and the conflict notice). */
export function useAgreementLabels() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const unitName = useUnitName();
  const fieldLabel = useCallback(
    (key: string) => {
      if (key === 'owningUnitId') return t('agreementFields.owningUnit');
      if (SHARED.has(key)) return t(`agreementFields.${key}`);
      if (PAGE.has(key)) return t(`agreementsUi.fields.${key}`);
      return key;
    },
    [t],
  );
  const formatValue = useCallback(
    (key: string, value: unknown): string => {
      if (value === null || value === undefined || value === '') return '—';
      if (key === 'kind') return t(`agreementKinds.${String(value)}`);
      if (key === 'status') return t(`agreementStatuses.${String(value)}`);
      if (key === 'owningUnitId') return unitName(Number(value));
      if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no');
      if (DAYS.has(key)) return formatDay(fmt, String(value));
      if (TIMES.has(key)) return fmt.dateTime(String(value));
      // Lists of partners, people or files: their names.
      if (Array.isArray(value))
        return (
          value
            .map((v: Named) => v.fileName ?? v.name ?? fmt.name(v.nameZh ?? null, v.nameEn ?? null))
            .filter(Boolean)
            .join('; ') || '—'
        );
      return plainValue(value);
    },
    [t, fmt, unitName],
  );
  return { fieldLabel, formatValue };
}
