import { activitiesEn } from './activities.en.js';
import { activitiesZhTW } from './activities.zh-TW.js';
import { executiveEn } from './executive.en.js';
import { executiveZhTW } from './executive.zh-TW.js';
import { indicatorsEn } from './indicators.en.js';
import { indicatorsZhTW } from './indicators.zh-TW.js';
import { mergeCatalogs } from './merge.js';
import { ministryEn } from './ministry.en.js';
import { ministryZhTW } from './ministry.zh-TW.js';

/**
 * The shared parts of indicators and reporting (indicators, periods and submissions; the Ministry's
 * tables and counting settings; college activities and the report builder; the executive dashboard and
 * status report): the server always has them; the browser loads them with any of those features.
 */
export const reportingParts = {
  'zh-TW': mergeCatalogs(activitiesZhTW, executiveZhTW, indicatorsZhTW, ministryZhTW),
  en: mergeCatalogs(activitiesEn, executiveEn, indicatorsEn, ministryEn),
};
