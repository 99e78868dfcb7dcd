import { peopleParts } from '#shared/i18n/people-parts';
import { uiHomeEn } from '#shared/i18n/ui.home.en';
import { uiHomeZhTW } from '#shared/i18n/ui.home.zh-TW';
import { addCatalogs } from '#web/lib/i18n';

// Application and mobility status labels come with the people/mobility modules' shared labels.
addCatalogs(peopleParts);
addCatalogs({ 'zh-TW': uiHomeZhTW, en: uiHomeEn });
