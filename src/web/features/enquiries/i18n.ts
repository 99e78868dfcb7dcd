import { deskEn } from '#shared/i18n/desk.en';
import { deskZhTW } from '#shared/i18n/desk.zh-TW';
import { uiEnquiriesEn } from '#shared/i18n/ui.enquiries.en';
import { uiEnquiriesZhTW } from '#shared/i18n/ui.enquiries.zh-TW';
import { addCatalogs } from '#web/lib/i18n';

addCatalogs({ 'zh-TW': deskZhTW, en: deskEn });
addCatalogs({ 'zh-TW': uiEnquiriesZhTW, en: uiEnquiriesEn });
