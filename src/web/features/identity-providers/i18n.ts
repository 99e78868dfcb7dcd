import { uiIdentityProvidersEn } from '#shared/i18n/ui.identity-providers.en';
import { uiIdentityProvidersZhTW } from '#shared/i18n/ui.identity-providers.zh-TW';
import { addCatalogs } from '#web/lib/i18n';

addCatalogs({ 'zh-TW': uiIdentityProvidersZhTW, en: uiIdentityProvidersEn });
