import { cohortsEn } from '#shared/i18n/cohorts.en';
import { cohortsZhTW } from '#shared/i18n/cohorts.zh-TW';
import { uiCohortsEn } from '#shared/i18n/ui.cohorts.en';
import { uiCohortsZhTW } from '#shared/i18n/ui.cohorts.zh-TW';
import { addCatalogs } from '#web/lib/i18n';

addCatalogs({ 'zh-TW': cohortsZhTW, en: cohortsEn });
addCatalogs({ 'zh-TW': uiCohortsZhTW, en: uiCohortsEn });
