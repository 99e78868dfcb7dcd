import { buddyEn } from '#shared/i18n/buddy.en';
import { buddyZhTW } from '#shared/i18n/buddy.zh-TW';
import { uiBuddyEn } from '#shared/i18n/ui.buddy.en';
import { uiBuddyZhTW } from '#shared/i18n/ui.buddy.zh-TW';
import { addCatalogs } from '#web/lib/i18n';

addCatalogs({ 'zh-TW': buddyZhTW, en: buddyEn });
addCatalogs({ 'zh-TW': uiBuddyZhTW, en: uiBuddyEn });
