import { uiAgreementsEn } from '#shared/i18n/ui.agreements.en';
import { uiAgreementsZhTW } from '#shared/i18n/ui.agreements.zh-TW';
import { uiEwpEn } from '#shared/i18n/ui.ewp.en';
import { uiEwpZhTW } from '#shared/i18n/ui.ewp.zh-TW';
import { addCatalogs } from '#web/lib/i18n';

addCatalogs({ 'zh-TW': uiAgreementsZhTW, en: uiAgreementsEn });
addCatalogs({ 'zh-TW': uiEwpZhTW, en: uiEwpEn });
