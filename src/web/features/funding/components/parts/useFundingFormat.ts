import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { academicYearLabelParams } from '#shared/calendar';
import { useFormat } from '#web/lib/format';

/** "114 學年度（2025–2026）" / "Academic year 2025–26", and whole New Taiwan dollars. */
export function useFundingFormat() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const yearLabel = useCallback((year: number) => t('fundingUi.yearLabel', academicYearLabelParams(year)), [t]);
  return useMemo(
    () => ({ ...fmt, yearLabel, money: (n: number | null | undefined) => (n == null ? '—' : `NT$${fmt.number(n)}`) }),
    [fmt, yearLabel],
  );
}
