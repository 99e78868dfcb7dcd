import { uiSsoEn } from '#shared/i18n/ui.sso.en';
import { uiSsoZhTW } from '#shared/i18n/ui.sso.zh-TW';
import { addCatalogs } from '#web/lib/i18n';

addCatalogs({ 'zh-TW': uiSsoZhTW, en: uiSsoEn });
