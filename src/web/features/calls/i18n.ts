import { peopleParts } from '#shared/i18n/people-parts';
import { uiCallsEn } from '#shared/i18n/ui.calls.en';
import { uiCallsZhTW } from '#shared/i18n/ui.calls.zh-TW';
import { addCatalogs } from '#web/lib/i18n';

// The people/mobility modules' shared labels come with any of their features (not in the first page).
addCatalogs(peopleParts);
addCatalogs({ 'zh-TW': uiCallsZhTW, en: uiCallsEn });
