import { assistantsEn } from '#shared/i18n/assistants.en';
import { assistantsZhTW } from '#shared/i18n/assistants.zh-TW';
import { cohortsEn } from '#shared/i18n/cohorts.en';
import { cohortsZhTW } from '#shared/i18n/cohorts.zh-TW';
import { reportingParts } from '#shared/i18n/reporting-parts';
import { uiActivitiesEn } from '#shared/i18n/ui.activities.en';
import { uiActivitiesZhTW } from '#shared/i18n/ui.activities.zh-TW';
import { addCatalogs } from '#web/lib/i18n';

// The reporting modules' shared labels come with any of their features (not in the first page).
addCatalogs(reportingParts);
// The student-assistant entity's field labels (issue 18).
addCatalogs({ 'zh-TW': assistantsZhTW, en: assistantsEn });
// The cohort applications' entity: stage and source labels, field labels (issue 18).
addCatalogs({ 'zh-TW': cohortsZhTW, en: cohortsEn });
addCatalogs({ 'zh-TW': uiActivitiesZhTW, en: uiActivitiesEn });
