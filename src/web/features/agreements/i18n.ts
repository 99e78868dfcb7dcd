import { uiAgreementsEn } from '#shared/i18n/ui.agreements.en';
import { uiAgreementsZhTW } from '#shared/i18n/ui.agreements.zh-TW';
import { addCatalogs } from '#web/lib/i18n';

addCatalogs({ 'zh-TW': uiAgreementsZhTW, en: uiAgreementsEn });
