import { uiHomeEn } from '#shared/i18n/ui.home.en';
import { uiHomeZhTW } from '#shared/i18n/ui.home.zh-TW';
import { addCatalogs } from '#web/lib/i18n';

addCatalogs({ 'zh-TW': uiHomeZhTW, en: uiHomeEn });
