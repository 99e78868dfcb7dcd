import { reportingParts } from '#shared/i18n/reporting-parts';
import { uiIndicatorsEn } from '#shared/i18n/ui.indicators.en';
import { uiIndicatorsZhTW } from '#shared/i18n/ui.indicators.zh-TW';
import { addCatalogs } from '#web/lib/i18n';

// The reporting modules' shared labels come with any of their features (not in the first page).
addCatalogs(reportingParts);
addCatalogs({ 'zh-TW': uiIndicatorsZhTW, en: uiIndicatorsEn });
