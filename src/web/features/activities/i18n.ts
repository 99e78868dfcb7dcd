import { reportingParts } from '#shared/i18n/reporting-parts';
import { uiActivitiesEn } from '#shared/i18n/ui.activities.en';
import { uiActivitiesZhTW } from '#shared/i18n/ui.activities.zh-TW';
import { addCatalogs } from '#web/lib/i18n';

// The reporting modules' shared labels come with any of their features (not in the first page).
addCatalogs(reportingParts);
addCatalogs({ 'zh-TW': uiActivitiesZhTW, en: uiActivitiesEn });
