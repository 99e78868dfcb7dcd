import { peopleParts } from '#shared/i18n/people-parts';
import { reportingParts } from '#shared/i18n/reporting-parts';
import { uiMinistryEn } from '#shared/i18n/ui.ministry.en';
import { uiMinistryZhTW } from '#shared/i18n/ui.ministry.zh-TW';
import { addCatalogs } from '#web/lib/i18n';

// The reporting modules' shared labels come with any of their features (not in the first page);
// level and kind labels come with the people parts.
addCatalogs(peopleParts);
addCatalogs(reportingParts);
addCatalogs({ 'zh-TW': uiMinistryZhTW, en: uiMinistryEn });
