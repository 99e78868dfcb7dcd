import { reportingParts } from '#shared/i18n/reporting-parts';
import { uiExecutiveEn } from '#shared/i18n/ui.executive.en';
import { uiExecutiveZhTW } from '#shared/i18n/ui.executive.zh-TW';
import { addCatalogs } from '#web/lib/i18n';

// The reporting modules' shared labels come with any of their features (not in the first page).
addCatalogs(reportingParts);
addCatalogs({ 'zh-TW': uiExecutiveZhTW, en: uiExecutiveEn });
