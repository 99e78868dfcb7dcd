import { academicYearLabelParams } from '#shared/calendar';

/** The params of `assistantsUi.term`: ROC year in Chinese, Western years in English. */
export const termParams = (academicYear: number, semester: number) => ({
  ...academicYearLabelParams(academicYear),
  semester,
});

/** Minutes as hours with up to two decimals (150 → 2.5). */
export const hoursOf = (minutes: number) => Math.round((minutes / 60) * 100) / 100;
