import type { DayKind } from './working-days.js';

/**
 * Taiwan's national holidays and make-up workdays, the table the enquiry desk's service levels count
 * working days with (working-days.ts). Weekends need no row; a row is a weekday off (放假日, 補假) or a
 * Saturday worked (補行上班).
 *
 * Source, 2026: 行政院人事行政總處「115年政府行政機關辦公日曆表」(https://www.dgpa.gov.tw/, 行事曆),
 * under the 紀念日及節日實施條例 as amended in 2025 (小年夜, 勞動節, 教師節, 臺灣光復暨金門古寧頭大捷紀念日
 * and 行憲紀念日 are days off; a holiday on Saturday is made up the Friday before, on Sunday the Monday
 * after). 2026 has no make-up workday.
 * 2027: computed with the same rules from the lunar dates (春節 初一 2027-02-06, 清明 04-05, 端午 06-09,
 * 中秋 09-15), because the DGPA's「116年政府行政機關辦公日曆表」 may adjust it: check each year against
 * the published calendar and edit these rows (status: 'computed' until checked).
 */
export type HolidayRow = { date: string; kind: DayKind; zh: string; en: string };

export const TAIWAN_CALENDAR_SOURCES = {
  2026: { status: 'published', source: '行政院人事行政總處 115年政府行政機關辦公日曆表' },
  2027: { status: 'computed', source: '紀念日及節日實施條例 rules; verify against 行政院人事行政總處 116年辦公日曆表' },
} as const;

const off = (date: string, zh: string, en: string): HolidayRow => ({ date, kind: 'holiday', zh, en });

export const TAIWAN_HOLIDAYS: readonly HolidayRow[] = [
  // 2026 (民國115年)
  off('2026-01-01', '開國紀念日', 'Founding Day of the Republic of China'),
  off('2026-02-16', '農曆除夕', 'Lunar New Year’s Eve'),
  off('2026-02-17', '春節（初一）', 'Lunar New Year'),
  off('2026-02-18', '春節（初二）', 'Lunar New Year'),
  off('2026-02-19', '春節（初三）', 'Lunar New Year'),
  off('2026-02-20', '小年夜補假', 'Day off for the eve of New Year’s Eve (on a Sunday)'),
  off('2026-02-27', '和平紀念日補假', 'Day off for Peace Memorial Day (on a Saturday)'),
  off('2026-04-03', '兒童節補假', 'Day off for Children’s Day (on a Saturday)'),
  off('2026-04-06', '民族掃墓節補假', 'Day off for Tomb Sweeping Day (on a Sunday)'),
  off('2026-05-01', '勞動節', 'Labour Day'),
  off('2026-06-19', '端午節', 'Dragon Boat Festival'),
  off('2026-09-25', '中秋節', 'Mid-Autumn Festival'),
  off('2026-09-28', '教師節（孔子誕辰紀念日）', 'Teachers’ Day'),
  off('2026-10-09', '國慶日補假', 'Day off for National Day (on a Saturday)'),
  off('2026-10-26', '臺灣光復暨金門古寧頭大捷紀念日補假', 'Day off for Taiwan Retrocession Day (on a Sunday)'),
  off('2026-12-25', '行憲紀念日', 'Constitution Day'),
  // 2027 (民國116年), computed: see above
  off('2027-01-01', '開國紀念日', 'Founding Day of the Republic of China'),
  off('2027-02-04', '小年夜', 'Eve of Lunar New Year’s Eve'),
  off('2027-02-05', '農曆除夕', 'Lunar New Year’s Eve'),
  off('2027-02-08', '春節（初三）', 'Lunar New Year'),
  off('2027-02-09', '春節補假', 'Day off for Lunar New Year (on a Saturday)'),
  off('2027-02-10', '春節補假', 'Day off for Lunar New Year (on a Sunday)'),
  off('2027-03-01', '和平紀念日補假', 'Day off for Peace Memorial Day (on a Sunday)'),
  off('2027-04-05', '民族掃墓節', 'Tomb Sweeping Day'),
  off('2027-04-06', '兒童節補假', 'Day off for Children’s Day (on a Sunday)'),
  off('2027-04-30', '勞動節補假', 'Day off for Labour Day (on a Saturday)'),
  off('2027-06-09', '端午節', 'Dragon Boat Festival'),
  off('2027-09-15', '中秋節', 'Mid-Autumn Festival'),
  off('2027-09-28', '教師節（孔子誕辰紀念日）', 'Teachers’ Day'),
  off('2027-10-11', '國慶日補假', 'Day off for National Day (on a Sunday)'),
  off('2027-10-25', '臺灣光復暨金門古寧頭大捷紀念日', 'Taiwan Retrocession Day'),
  off('2027-12-24', '行憲紀念日補假', 'Day off for Constitution Day (on a Saturday)'),
];
