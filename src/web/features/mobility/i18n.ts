import { peopleParts } from '#shared/i18n/people-parts';
import { uiMobilityEn } from '#shared/i18n/ui.mobility.en';
import { uiMobilityZhTW } from '#shared/i18n/ui.mobility.zh-TW';
import { addCatalogs } from '#web/lib/i18n';

// The people/mobility modules' shared labels come with any of their features (not in the first page).
addCatalogs(peopleParts);
addCatalogs({ 'zh-TW': uiMobilityZhTW, en: uiMobilityEn });
