import { peopleParts } from '#shared/i18n/people-parts';
import { uiPeopleEn } from '#shared/i18n/ui.people.en';
import { uiPeopleZhTW } from '#shared/i18n/ui.people.zh-TW';
import { addCatalogs } from '#web/lib/i18n';

// The people/mobility modules' shared labels come with any of their features (not in the first page).
addCatalogs(peopleParts);
addCatalogs({ 'zh-TW': uiPeopleZhTW, en: uiPeopleEn });
