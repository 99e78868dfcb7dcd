import { peopleParts } from '#shared/i18n/people-parts';
import { uiChecklistEn } from '#shared/i18n/ui.checklist.en';
import { uiChecklistZhTW } from '#shared/i18n/ui.checklist.zh-TW';
import { addCatalogs } from '#web/lib/i18n';

// The people/mobility modules' shared labels come with any of their features (not in the first page).
addCatalogs(peopleParts);
addCatalogs({ 'zh-TW': uiChecklistZhTW, en: uiChecklistEn });
