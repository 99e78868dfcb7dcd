import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '#web/lib/format';

/** The academic year today (Taiwan's starts on 1 August), by the browser's clock. */
export function academicYearNow(today = new Date()): number {
  return today.getMonth() >= 7 ? today.getFullYear() : today.getFullYear() - 1;
}

/** "114 學年度（2025–2026）" / "Academic year 2025–26", and whole New Taiwan dollars. */
export function useFundingFormat() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const yearLabel = useCallback(
    (year: number) => t('fundingUi.yearLabel', { roc: year - 1911, from: year, to: year + 1 }),
    [t],
  );
  return useMemo(
    () => ({ ...fmt, yearLabel, money: (n: number | null | undefined) => (n == null ? '—' : `NT$${fmt.number(n)}`) }),
    [fmt, yearLabel],
  );
}
