import { uiResourcesEn } from '#shared/i18n/ui.resources.en';
import { uiResourcesZhTW } from '#shared/i18n/ui.resources.zh-TW';
import { addCatalogs } from '#web/lib/i18n';

addCatalogs({ 'zh-TW': uiResourcesZhTW, en: uiResourcesEn });
