import { peopleParts } from '#shared/i18n/people-parts';
import { uiUnitsEn } from '#shared/i18n/ui.units.en';
import { uiUnitsZhTW } from '#shared/i18n/ui.units.zh-TW';
import { addCatalogs } from '#web/lib/i18n';

// Program type labels (學制班別) come with the people parts.
addCatalogs(peopleParts);
addCatalogs({ 'zh-TW': uiUnitsZhTW, en: uiUnitsEn });
