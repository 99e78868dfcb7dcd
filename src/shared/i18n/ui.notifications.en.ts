import type { DeepStrings } from './merge.js';
import type { uiNotificationsZhTW } from './ui.notifications.zh-TW.js';

export const uiNotificationsEn: DeepStrings<typeof uiNotificationsZhTW> = {
  notificationsUi: { title: 'Notifications' },
};
