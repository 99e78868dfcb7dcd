import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

/** "114 學年度（2025–2026）" / "Academic year 2025–2026": Taiwan counts academic years in ROC years (year − 1911). */
export function useAcademicYear(): (year: number) => string {
  const { t } = useTranslation();
  return useCallback(
    (year: number) => t('agreementsUi.places.yearLabel', { roc: year - 1911, from: year, to: year + 1 }),
    [t],
  );
}
