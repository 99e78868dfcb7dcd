import { uiNotificationsEn } from '#shared/i18n/ui.notifications.en';
import { uiNotificationsZhTW } from '#shared/i18n/ui.notifications.zh-TW';
import { addCatalogs } from '#web/lib/i18n';

addCatalogs({ 'zh-TW': uiNotificationsZhTW, en: uiNotificationsEn });
