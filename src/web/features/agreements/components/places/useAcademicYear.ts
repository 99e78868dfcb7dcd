import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { academicYearLabelParams } from '#shared/calendar';

/** "114 學年度（2025–2026）" / "Academic year 2025–2026": Taiwan counts academic years in ROC years. */
export function useAcademicYear(): (year: number) => string {
  const { t } = useTranslation();
  return useCallback((year: number) => t('agreementsUi.places.yearLabel', academicYearLabelParams(year)), [t]);
}
