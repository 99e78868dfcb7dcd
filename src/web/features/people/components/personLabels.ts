import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { plainValue } from '#web/lib/diff';
import { useFormat } from '#web/lib/format';

/** Record keys shown under another field's label (the unit's names are the unit). */
const FIELD_KEYS: Record<string, string> = { unitId: 'unit', unitNameZh: 'unit', unitNameEn: 'unit' };
const KNOWN = new Set([
  'kind',
  'nameZh',
  'nameEn',
  'studentNo',
  'staffNo',
  'unit',
  'degreeLevel',
  'programType',
  'studyTime',
  'nationality',
  'gender',
  'birthDate',
  'email',
  'phone',
  'gpa',
  'notes',
  'passportNo',
  'passportExpiry',
  'arcNo',
  'arcExpiry',
  'workPermitExpiry',
]);
/** Enum fields and the catalog group of their labels. */
const ENUMS: Record<string, string> = {
  kind: 'personKinds',
  degreeLevel: 'degreeLevels',
  programType: 'programTypes',
  studyTime: 'studyTimes',
  gender: 'genders',
};

/** Labels and readable values of a person's fields (for the history and the conflict notice). */
export function usePersonLabels() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const fieldLabel = useCallback(
    (key: string) => {
      const k = FIELD_KEYS[key] ?? key;
      if (k === 'archivedAt') return t('peopleUi.archivedBadge');
      if (k === 'userId') return t('peopleUi.detail.account');
      return KNOWN.has(k) ? t(`personFields.${k}`) : key;
    },
    [t],
  );
  const formatValue = useCallback(
    (key: string, value: unknown): string => {
      if (value === null || value === undefined || value === '') return '—';
      const group = ENUMS[key];
      if (group) return t(`${group}.${String(value)}`);
      if (key === 'nationality') return fmt.country(String(value));
      if (key === 'archivedAt') return fmt.dateTime(String(value));
      return plainValue(value);
    },
    [t, fmt],
  );
  return { fieldLabel, formatValue };
}
