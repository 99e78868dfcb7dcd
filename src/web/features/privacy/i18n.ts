import { privacyEn } from '#shared/i18n/privacy.en';
import { privacyZhTW } from '#shared/i18n/privacy.zh-TW';
import { uiPrivacyEn } from '#shared/i18n/ui.privacy.en';
import { uiPrivacyZhTW } from '#shared/i18n/ui.privacy.zh-TW';
import { addCatalogs } from '#web/lib/i18n';

addCatalogs({ 'zh-TW': privacyZhTW, en: privacyEn });
addCatalogs({ 'zh-TW': uiPrivacyZhTW, en: uiPrivacyEn });
