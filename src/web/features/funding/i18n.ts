import { peopleParts } from '#shared/i18n/people-parts';
import { uiFundingEn } from '#shared/i18n/ui.funding.en';
import { uiFundingZhTW } from '#shared/i18n/ui.funding.zh-TW';
import { addCatalogs } from '#web/lib/i18n';

// The people/mobility modules' shared labels come with any of their features (not in the first page).
addCatalogs(peopleParts);
addCatalogs({ 'zh-TW': uiFundingZhTW, en: uiFundingEn });
