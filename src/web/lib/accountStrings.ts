import { uiAccountsEn } from '#shared/i18n/ui.accounts.en';
import { uiAccountsZhTW } from '#shared/i18n/ui.accounts.zh-TW';
import { addCatalogs } from '#web/lib/i18n';

// The account pages' strings (set/forgot password, the user admin's person link and invitations) load with them.
addCatalogs({ 'zh-TW': uiAccountsZhTW, en: uiAccountsEn });
